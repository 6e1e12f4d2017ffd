/**
 * Bad input: each case breaks one thing in a valid report and asserts the message names
 * the file, the field path and the reason, in plain Indonesian.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { salinData, hapusSalinan } from './salinan.ts';

type Obj = any; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Kasus {
  nama: string;
  berkas: string;
  ubah: ((d: Obj) => void) | { teks: (t: string) => string } | 'hapus';
  jalur: string;
  pesan: RegExp;
}

const ind = (d: Obj) => d.tujuan[0].sasaran[0].indikator[0];

const KASUS: Kasus[] = [
  {
    nama: 'a letter grade typed for an indicator without a grade scale',
    berkas: 'realisasi.yaml',
    ubah: (d) => (d['IKU-1'].tw1 = 'B'),
    jalur: 'IKU-1.tw1',
    pesan: /harus berupa angka/,
  },
  // laporan.yaml: identity
  {
    nama: 'typed predikat written as a number',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.tertulis = [{ besaran: 'predikat', nilai: 90, sumber: 'Bab I' }]),
    jalur: 'tertulis[0].nilai',
    pesan: /predikat ditulis sebagai kata/,
  },
  {
    nama: 'typed count written as a word',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.tertulis = [{ besaran: 'jumlahSasaran', nilai: 'tiga', sumber: 'Bab I' }]),
    jalur: 'tertulis[0].nilai',
    pesan: /harus berupa angka/,
  },
  { nama: 'instansi missing', berkas: 'laporan.yaml', ubah: (d) => delete d.instansi, jalur: 'instansi', pesan: /wajib diisi/ },
  { nama: 'instansi is a number', berkas: 'laporan.yaml', ubah: (d) => (d.instansi = 12), jalur: 'instansi', pesan: /harus berupa teks/ },
  { nama: 'tahun written as text', berkas: 'laporan.yaml', ubah: (d) => (d.tahun = 'dua ribu'), jalur: 'tahun', pesan: /tahun/ },
  {
    nama: 'tahun with thousands separator',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.tahun = '2.024'),
    jalur: 'tahun',
    pesan: /tanpa pemisah ribuan.*2024/,
  },
  {
    nama: 'impossible date',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.tanggal = '2025-02-30'),
    jalur: 'tanggal',
    pesan: /tanggal yang ada di kalender/,
  },
  {
    nama: 'date in Indonesian words',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.tanggal = '15 Januari 2025'),
    jalur: 'tanggal',
    pesan: /YYYY-MM-DD/,
  },
  {
    nama: 'NIP too short',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.penandatangan.nip = '19680407 198903 1 00'),
    jalur: 'penandatangan.nip',
    pesan: /18 angka/,
  },
  {
    nama: 'NIP with impossible birth date',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.penandatangan.nip = '19681332 198903 1 006'),
    jalur: 'penandatangan.nip',
    pesan: /tanggal lahir/,
  },
  {
    nama: 'NIP with letters',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.penandatangan.nip = '1968O407 198903 1 006'),
    jalur: 'penandatangan.nip',
    pesan: /hanya boleh berisi angka/,
  },
  {
    nama: 'NIP with sex digit 3',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.penandatangan.nip = '19680407 198903 3 006'),
    jalur: 'penandatangan.nip',
    pesan: /jenis kelamin/,
  },
  // An unquoted NIP is read as typed (src/data/muat.ts ISIAN_KODE): tests/korpus.ts accepts it.
  {
    nama: 'signatory name missing',
    berkas: 'laporan.yaml',
    ubah: (d) => delete d.penandatangan.nama,
    jalur: 'penandatangan.nama',
    pesan: /wajib diisi/,
  },
  {
    nama: 'unknown periode kind',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.periode = { jenis: 'bulanan' }),
    jalur: 'periode.jenis',
    pesan: /tahunan, triwulan, semester/,
  },
  {
    nama: 'triwulan 5',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.periode = { jenis: 'triwulan', ke: 5 }),
    jalur: 'periode.ke',
    pesan: /paling besar 4/,
  },
  {
    nama: 'kabupaten misspelt',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.pemerintah.jenis = 'kab'),
    jalur: 'pemerintah.jenis',
    pesan: /"kabupaten" atau "kota"/,
  },
  {
    nama: 'unknown predikat scale',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.skalaPredikat = 'jember-5'),
    jalur: 'skalaPredikat',
    pesan: /"jember-5" tidak ada.*lumajang-5/,
  },
  {
    nama: 'unknown rounding mode',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.pembulatan.cara = 'bulat'),
    jalur: 'pembulatan.cara',
    pesan: /potong/,
  },
  {
    nama: 'unknown efisiensi rule',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.efisiensi = 'bagi'),
    jalur: 'efisiensi',
    pesan: /"selisih" atau "rasio"/,
  },
  {
    nama: 'misspelt field name',
    berkas: 'laporan.yaml',
    ubah: (d) => ((d.tempatt = d.tempat), delete d.tempat),
    jalur: '(seluruh berkas)',
    pesan: /tidak dikenal: tempatt/,
  },
  {
    nama: 'broken YAML',
    berkas: 'laporan.yaml',
    ubah: { teks: (t) => t.replace('instansi: Kecamatan Contoh', 'instansi: "Kecamatan Contoh') },
    jalur: '(penulisan YAML)',
    pesan: /tidak dapat dibaca/,
  },
  { nama: 'laporan.yaml missing', berkas: 'laporan.yaml', ubah: 'hapus', jalur: '(seluruh berkas)', pesan: /tidak ditemukan/ },
  // kinerja.yaml
  { nama: 'no tujuan', berkas: 'kinerja.yaml', ubah: (d) => (d.tujuan = []), jalur: 'tujuan', pesan: /sedikitnya 1 tujuan/ },
  {
    nama: 'target as Indonesian number',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).target.pkAwal = '87,72'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].target.pkAwal',
    pesan: /titik desimal: 87.72/,
  },
  {
    nama: 'target with thousands and decimals "1.234,5"',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).target.pkAwal = '1.234,5'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].target.pkAwal',
    pesan: /1234.5/,
  },
  {
    nama: 'target with percent sign',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).target.pkAwal = '87.72%'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].target.pkAwal',
    pesan: /tanpa tanda persen/,
  },
  {
    nama: 'indicator without any target',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).target = {}),
    jalur: 'tujuan[0].sasaran[0].indikator[0].target',
    pesan: /sedikitnya satu target/,
  },
  {
    nama: 'unknown polarity',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).polaritas = 'naik'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].polaritas',
    pesan: /"positif" atau "negatif"/,
  },
  {
    nama: 'unknown aggregation',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).agregasi = 'rata-rata'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].agregasi',
    pesan: /kumulatif/,
  },
  {
    nama: 'indicator code with a space',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).kode = 'IKU 1'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].kode',
    pesan: /tanpa spasi/,
  },
  {
    nama: 'duplicate indicator code',
    berkas: 'kinerja.yaml',
    ubah: (d) => (d.tujuan[0].sasaran[1].indikator[0].kode = 'IKU-1'),
    jalur: 'tujuan[0].sasaran[1].indikator[0].kode',
    pesan: /sudah dipakai/,
  },
  {
    nama: 'duplicate sasaran code',
    berkas: 'kinerja.yaml',
    ubah: (d) => (d.tujuan[0].sasaran[1].kode = 'S1'),
    jalur: 'tujuan[0].sasaran[1].kode',
    pesan: /sudah dipakai/,
  },
  {
    nama: 'sasaran without indicator',
    berkas: 'kinerja.yaml',
    ubah: (d) => (d.tujuan[0].sasaran[1].indikator = []),
    jalur: 'tujuan[0].sasaran[1].indikator',
    pesan: /sedikitnya 1 indikator/,
  },
  {
    nama: 'history year twice',
    berkas: 'kinerja.yaml',
    ubah: (d) => ind(d).riwayat.push({ tahun: 2023, realisasi: 1 }),
    jalur: 'tujuan[0].sasaran[0].indikator[0].riwayat[1].tahun',
    pesan: /dua kali/,
  },
  {
    nama: 'unknown benchmark kind',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).pembanding[0].jenis = 'desa'),
    jalur: 'tujuan[0].sasaran[0].indikator[0].pembanding[0].jenis',
    pesan: /kecamatan, kabupaten/,
  },
  {
    nama: 'renstra year key not a year',
    berkas: 'kinerja.yaml',
    ubah: (d) => (ind(d).target.renstra = { akhir: 91 }),
    jalur: 'tujuan[0].sasaran[0].indikator[0].target.renstra.akhir',
    pesan: /tahun/,
  },
  // realisasi.yaml
  {
    nama: 'realisasi for an unknown indicator',
    berkas: 'realisasi.yaml',
    ubah: (d) => (d['IKU-9'] = { tw1: 3 }),
    jalur: 'IKU-9',
    pesan: /"IKU-9" yang tidak ada/,
  },
  {
    nama: 'quarter value as text',
    berkas: 'realisasi.yaml',
    ubah: (d) => (d['IKU-1'].tw2 = 'empat belas'),
    jalur: 'IKU-1.tw2',
    pesan: /harus berupa angka/,
  },
  { nama: 'quarter tw5', berkas: 'realisasi.yaml', ubah: (d) => (d['IKU-1'].tw5 = 1), jalur: 'IKU-1', pesan: /tidak dikenal: tw5/ },
  {
    nama: 'month 13',
    berkas: 'realisasi.yaml',
    ubah: (d) => (d['IKU-1'].bulanan = { '13': 5 }),
    jalur: 'IKU-1.bulanan.13',
    pesan: /1 s.d. 12/,
  },
  {
    nama: 'counting with zero terms',
    berkas: 'realisasi.yaml',
    ubah: (d) => (d['IKU-1'].perhitungan = { pembilang: [], penyebut: { uraian: 'x', nilai: 1 } }),
    jalur: 'IKU-1.perhitungan.pembilang',
    pesan: /sedikitnya 1/,
  },
  // anggaran.yaml
  {
    nama: 'kelurahan named without a wilayah list',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].unit = 'Buring'),
    jalur: 'program[1].unit',
    pesan: /unit "Buring" tidak dikenal.*wilayah\.daftar/,
  },
  {
    nama: 'program indicator tied to an unknown sasaran',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].indikator = [{ nama: 'x', sasaran: 'S9' }]),
    jalur: 'program[1].indikator[0].sasaran',
    pesan: /sasaran "S9" tidak ada di kinerja\.yaml/,
  },
  {
    nama: 'typed capaian of a program indicator written "100%"',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].indikator = [{ nama: 'x', target: 5, capaianTertulis: '100%' }]),
    jalur: 'program[1].indikator[0].capaianTertulis',
    pesan: /angka/,
  },
  {
    nama: 'wilayah called "dusun"',
    berkas: 'laporan.yaml',
    ubah: (d) => (d.wilayah = { sebutan: 'dusun', daftar: ['A'] }),
    jalur: 'wilayah.sebutan',
    pesan: /"kelurahan" atau "desa"/,
  },
  {
    nama: 'negative pagu',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].pagu = -5),
    jalur: 'program[1].pagu',
    pesan: /tidak boleh negatif/,
  },
  {
    nama: 'pagu written "15.990.000"',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].pagu = '15.990.000'),
    jalur: 'program[1].pagu',
    pesan: /15990000/,
  },
  {
    nama: 'duplicate kode rekening',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].kode = '7.01.01'),
    jalur: 'program[1].kode',
    pesan: /sudah dipakai/,
  },
  {
    nama: 'duplicate kode after removing stray spaces',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].kode = '7.01. 01'),
    jalur: 'program[1].kode',
    pesan: /sudah dipakai/,
  },
  {
    nama: 'kode with a comma',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].kode = '7,01,06'),
    jalur: 'program[1].kode',
    pesan: /dipisah titik/,
  },
  {
    nama: 'link to an unknown sasaran',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].sasaran = ['S9']),
    jalur: 'program[1].sasaran[0]',
    pesan: /"S9" tidak ada/,
  },
  {
    nama: 'share above 1',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[1].sasaran = [{ kode: 'S2', porsi: 1.5 }]),
    jalur: 'program[1].sasaran[0].porsi',
    pesan: /paling besar 1/,
  },
  {
    nama: 'kegiatan is not a list',
    berkas: 'anggaran.yaml',
    ubah: (d) => (d.program[0].kegiatan = 'banyak'),
    jalur: 'program[0].kegiatan',
    pesan: /daftar/,
  },
  {
    nama: 'budget line without name',
    berkas: 'anggaran.yaml',
    ubah: (d) => delete d.program[0].kegiatan[0].subKegiatan[0].nama,
    jalur: 'program[0].kegiatan[0].subKegiatan[0].nama',
    pesan: /wajib diisi/,
  },
  // sdm.yaml, sarana.yaml, lainnya.yaml
  {
    nama: 'fractional staff count',
    berkas: 'sdm.yaml',
    ubah: (d) => (d.baris[0].lakiLaki = 1.5),
    jalur: 'baris[0].lakiLaki',
    pesan: /bilangan bulat/,
  },
  {
    nama: 'negative staff count',
    berkas: 'sdm.yaml',
    ubah: (d) => (d.baris[1].status.Kontrak = -1),
    jalur: 'baris[1].status.Kontrak',
    pesan: /tidak boleh negatif/,
  },
  // struktur.yaml: the organisation chart's data
  {
    nama: 'unit under an unknown superior',
    berkas: 'struktur.yaml',
    ubah: (d) => (d.unit[2].atasan = 'sekcamm'),
    jalur: 'unit[2].atasan',
    pesan: /atasan "sekcamm" tidak ada; kode yang ada: camat, sekcam, seksi/,
  },
  {
    nama: 'two units without a superior',
    berkas: 'struktur.yaml',
    ubah: (d) => delete d.unit[2].atasan,
    jalur: 'unit[2].atasan',
    pesan: /hanya satu unit boleh tanpa atasan/,
  },
  {
    nama: 'holder NIP too short',
    berkas: 'struktur.yaml',
    ubah: (d) => (d.unit[1].pemangku.nip = '19750312 200003 1'),
    jalur: 'unit[1].pemangku.nip',
    pesan: /18 angka/,
  },
  {
    nama: 'unknown unit kind',
    berkas: 'struktur.yaml',
    ubah: (d) => (d.unit[2].jenis = 'teknis'),
    jalur: 'unit[2].jenis',
    pesan: /struktural.*fungsional.*wilayah/,
  },
  {
    nama: 'unknown Pejabat unit in a chapter',
    berkas: 'bab/03-akuntabilitas.mdx',
    ubah: { teks: (t) => `${t}\n<Pejabat unit="lurah" />\n` },
    jalur: '<Pejabat unit>',
    pesan: /unit "lurah" tidak ada di struktur.yaml/,
  },
  {
    nama: 'unknown facility condition',
    berkas: 'sarana.yaml',
    ubah: (d) => (d.barang[0].kondisi = 'lumayan'),
    jalur: 'barang[0].kondisi',
    pesan: /baik, kurang baik, rusak ringan, rusak berat/,
  },
  {
    nama: 'activity list for an unknown indicator',
    berkas: 'lainnya.yaml',
    ubah: (d) => (d.aktivitas[0].indikator = 'IKU-7'),
    jalur: 'aktivitas[0].indikator',
    pesan: /"IKU-7" tidak ada/,
  },
  {
    nama: 'innovation without result',
    berkas: 'lainnya.yaml',
    ubah: (d) => delete d.inovasi[0].hasil,
    jalur: 'inovasi[0].hasil',
    pesan: /wajib diisi/,
  },
];

const SKALA: { nama: string; ubah: (d: Obj) => void; jalur: string; pesan: RegExp }[] = [
  { nama: 'overlapping bands', ubah: (d) => (d.pita[1].lebihDari = 45), jalur: 'pita[1]', pesan: /tumpang tindih/ },
  { nama: 'gap between bands', ubah: (d) => (d.pita[2].lebihDari = 70), jalur: 'pita[2]', pesan: /celah/ },
  {
    nama: 'a value in two bands',
    ubah: (d) => ((d.pita[1].minimal = 50), delete d.pita[1].lebihDari),
    jalur: 'pita[1]',
    pesan: /dua pita/,
  },
  { nama: 'highest band capped', ubah: (d) => (d.pita[4].maksimal = 100), jalur: 'pita[4]', pesan: /di atas 100%/ },
  { nama: 'bad colour', ubah: (d) => (d.pita[0].warna = 'merah'), jalur: 'pita[0].warna', pesan: /kode warna/ },
  // A pale band colour on the white page: the badge border (its only colour) would not be seen.
  { nama: 'pale colour', ubah: (d) => (d.pita[2].warna = '#ffcc00'), jalur: 'pita[2].warna', pesan: /terlalu pucat.*1,33:1.*3:1/ },
];

afterAll(hapusSalinan);

describe('the valid fixture is valid', () => {
  it('has no problem at all', () => {
    expect(periksaSatu('tests/fixtures/valid', 'contoh').masalah).toEqual([]);
  });
});

describe('bad input is reported with file, field path and reason', () => {
  it(`covers at least 40 cases (${KASUS.length + SKALA.length})`, () => {
    expect(KASUS.length + SKALA.length).toBeGreaterThanOrEqual(40);
  });

  it.each(KASUS)('$berkas: $nama', (k) => {
    const root = salinData();
    const file = join(root, 'content/laporan/contoh', k.berkas);
    if (k.ubah === 'hapus') unlinkSync(file);
    else if ('teks' in k.ubah) writeFileSync(file, k.ubah.teks(readFileSync(file, 'utf8')));
    else {
      const d = parse(readFileSync(file, 'utf8'));
      k.ubah(d);
      writeFileSync(file, stringify(d));
    }
    const { masalah, laporan } = periksaSatu(root, 'contoh');
    expect(laporan, 'an invalid report must not be computed').toBeUndefined();
    const galat = masalah.filter((m) => m.tingkat === 'galat');
    const hit = galat.find((m) => m.berkas === `content/laporan/contoh/${k.berkas}` && m.jalur === k.jalur);
    expect(
      hit,
      `no error at ${k.berkas} ${k.jalur}; got:\n${galat.map((m) => `${m.berkas} ${m.jalur}: ${m.pesan}`).join('\n')}`,
    ).toBeDefined();
    expect(hit!.pesan).toMatch(k.pesan);
    if (k.ubah !== 'hapus') expect(hit!.baris).toBeGreaterThan(0);
  });

  it.each(SKALA)('content/skala: $nama', (k) => {
    const root = salinData();
    const file = join(root, 'content/skala/lumajang-5.yaml');
    const d = parse(readFileSync(file, 'utf8'));
    k.ubah(d);
    writeFileSync(file, stringify(d));
    const galat = periksaSatu(root, 'contoh').masalah.filter((m) => m.tingkat === 'galat');
    const hit = galat.find((m) => m.berkas === 'content/skala/lumajang-5.yaml' && m.jalur === k.jalur);
    expect(hit, galat.map((m) => `${m.berkas} ${m.jalur}: ${m.pesan}`).join('\n')).toBeDefined();
    expect(hit!.pesan).toMatch(k.pesan);
    if (k.jalur.endsWith('.warna')) expect(hit!.baris).toBeGreaterThan(0);
  });
});

describe('chapters: front matter and references to data, with file and line', () => {
  const BAB = 'content/laporan/contoh/bab/03-akuntabilitas.mdx';
  const kasus: { nama: string; ganti: [string, string]; jalur: string; pesan: RegExp }[] = [
    { nama: 'unknown component', ganti: ['<TabelCapaian label', '<TabelCapain label'], jalur: '<TabelCapain>', pesan: /tidak dikenal/ },
    {
      nama: 'reference to an unknown label',
      ganti: ['<Rujuk ke="tabel-capaian"', '<Rujuk ke="tabel-3-1"'],
      jalur: '<Rujuk ke>',
      pesan: /"tabel-3-1".*tabel-capaian/,
    },
    {
      nama: 'figure of an unknown indicator',
      ganti: ['indikator="IKU-1"', 'indikator="IKU-9"'],
      jalur: '<Nilai indikator>',
      pesan: /"IKU-9" tidak ada/,
    },
    {
      nama: 'unknown budget code',
      ganti: ['anggaran="7.01.01"', 'anggaran="7.01.09"'],
      jalur: '<Nilai anggaran>',
      pesan: /"7.01.09" tidak ada/,
    },
    {
      nama: 'unknown activity list',
      ganti: ['daftar="contoh"', 'daftar="lain"'],
      jalur: '<TabelAktivitas daftar>',
      pesan: /"lain" tidak ada/,
    },
    {
      nama: 'table without label',
      ganti: ['<TabelCapaian label="tabel-capaian" />', '<TabelCapaian />'],
      jalur: '<TabelCapaian label>',
      pesan: /label wajib diisi/,
    },
    { nama: 'unknown chapter kind', ganti: ['jenis: bab', 'jenis: bagian'], jalur: 'jenis', pesan: /kata-pengantar/ },
    { nama: 'BAB without number', ganti: ['bab: 3\n', ''], jalur: 'bab', pesan: /nomor bab/ },
  ];
  it.each(kasus)('$nama', (k) => {
    const root = salinData();
    const file = join(root, BAB);
    writeFileSync(file, readFileSync(file, 'utf8').replace(k.ganti[0], k.ganti[1]));
    const r = periksaSatu(root, 'contoh');
    expect(r.laporan).toBeUndefined();
    const hit = r.masalah.find((m) => m.tingkat === 'galat' && m.berkas === BAB && m.jalur === k.jalur);
    expect(hit, r.masalah.map((m) => `${m.berkas} ${m.jalur}: ${m.pesan}`).join('\n')).toBeDefined();
    expect(hit!.pesan).toMatch(k.pesan);
    expect(hit!.baris).toBeGreaterThan(0);
  });
});
