/**
 * The authoring workflow as staff run it, through the real commands: a new report, a new period from
 * an existing one, the Excel workbook out and back in (numbers typed the Indonesian way), refusals,
 * backups, and the round trip to a built website and PDF.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import readXlsxFile from 'read-excel-file/node';
import { salinProyek, hapusSalinan } from './salinan.ts';
import { folderLaporan } from '../src/data/folder.ts';
import { jalankan as jalankanPerintah } from './komando.ts';
import { lembarBernama, hurufKolom, type Lembar } from '../scripts/lib/lembar/kolom.ts';
import { halamanTeks } from './built/pdf.ts';
import { bukaPeramban } from '../scripts/lib/peramban.ts';

afterAll(hapusSalinan);

const proyek = (...laporan: string[]) => salinProyek(laporan.map((id) => ({ dari: id, id })));

function jalankan(dir: string, skrip: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [`scripts/${skrip}.ts`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, keluaran: r.stdout + r.stderr };
}

const BARU = [
  '--id',
  'sukodono-2025',
  '--instansi',
  'Sukodono',
  '--kabupaten',
  'Lumajang',
  '--provinsi',
  'Jawa Timur',
  '--tahun',
  '2025',
  '--periode',
  'tw2',
  '--tempat',
  'Lumajang',
  '--camat',
  'Drs. BUDI SANTOSO',
  '--nip',
  '19700101 199503 1 001',
  '--skala',
  'lumajang-5',
];
const baca = (dir: string, id: string, f: string) => readFileSync(join(folderLaporan(dir, id), f), 'utf8');
const lembar = (nama: string): Lembar => lembarBernama(nama)!;
/** Column letter of a field in a sheet written by isiBuku (columns reversed). */
const hurufTerbalik = (l: Lembar, kunci: string) => hurufKolom([...l.kolom].reverse().findIndex((k) => k.kunci === kunci));

/** A workbook as a staff member fills it: headers in a different order, numbers typed as Indonesian text. */
async function isiBuku(berkas: string, lembar: { l: Lembar; baris: Record<string, string | number>[] }[]) {
  await writeXlsxFile(
    lembar.map(({ l, baris }) => {
      const kolom = [...l.kolom].reverse();
      const data: Row[] = [kolom.map((c) => c.judul), ...baris.map((b) => kolom.map((c) => b[c.kunci] ?? null))];
      return { sheet: l.nama, data };
    }),
  ).toFile(berkas);
}

describe('a new report', () => {
  it('npm run baru creates identity, BAB I-IV skeletons and placeholder data that validate, as a draft', () => {
    const dir = proyek();
    const r = jalankan(dir, 'baru', ...BARU);
    expect(r.status, r.keluaran).toBe(0);
    const bab = readdirSync(join(dir, 'content/laporan/sukodono-2025/bab'));
    expect(bab).toEqual([
      '00-kata-pengantar.mdx',
      '01-pendahuluan.mdx',
      '02-perencanaan-kinerja.mdx',
      '03-akuntabilitas-kinerja.mdx',
      '04-penutup.mdx',
    ]);
    const l = parse(baca(dir, 'sukodono-2025', 'laporan.yaml'));
    expect(l).toMatchObject({
      draf: true,
      instansi: 'Kecamatan Sukodono',
      periode: { jenis: 'triwulan', ke: 2 },
      tahun: 2025,
      tanggal: '2025-06-30',
    });
    expect(l.penandatangan).toMatchObject({ nama: 'Drs. BUDI SANTOSO', jabatan: 'Camat Sukodono', nip: '19700101 199503 1 001' });
    expect(baca(dir, 'sukodono-2025', 'bab/03-akuntabilitas-kinerja.mdx')).toMatch(/Petunjuk:/);
    const c = jalankan(dir, 'check');
    expect(c.status, c.keluaran).toBe(0);
  });

  it('never overwrites an existing report, and says so', () => {
    const dir = proyek('candipuro-2023-tw2');
    const sebelum = baca(dir, 'candipuro-2023-tw2', 'laporan.yaml');
    const r = jalankan(dir, 'baru', ...BARU.map((a) => (a === 'sukodono-2025' ? 'candipuro-2023-tw2' : a)));
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/sudah ada; laporan yang ada tidak ditimpa/);
    expect(baca(dir, 'candipuro-2023-tw2', 'laporan.yaml')).toBe(sebelum);
    expect(jalankan(dir, 'baru', '--id', 'x-2025', '--tanpa-tanya').keluaran).toMatch(/isian --instansi belum diberikan/);
  });
});

describe('answers piped into npm run baru', () => {
  const JAWABAN = [
    'sukodono-2025',
    'Sukodono',
    'kabupaten',
    'Lumajang',
    '',
    '2025',
    'tw2',
    '',
    'Drs. BUDI SANTOSO',
    '19700101 199503 1 001',
    '2',
  ];
  const pipa = (dir: string, jawaban: string[], ...args: string[]) =>
    jalankanPerintah('baru', args, { cwd: dir, masukan: `${jawaban.join('\n')}\n` });

  it('are taken as typed, one per question; the predikat scale is asked for from the list in content/skala/', async () => {
    const dir = proyek();
    const r = await pipa(dir, JAWABAN);
    expect(r.status, r.keluaran).toBe(0);
    expect(r.stdout).toMatch(/ {2}1\. lumajang-5 — [^\n]+\n {2}2\. malang-4 — /);
    const l = parse(baca(dir, 'sukodono-2025', 'laporan.yaml'));
    expect(l).toMatchObject({
      instansi: 'Kecamatan Sukodono',
      skalaPredikat: 'malang-4',
      periode: { jenis: 'triwulan', ke: 2 },
      tahun: 2025,
      provinsi: 'Jawa Timur',
    });
    expect(l.penandatangan.nip).toBe('19700101 199503 1 001');
  });

  it('are checked with the rules of npm run check: a 19-digit NIP is refused and nothing is written', async () => {
    const dir = proyek();
    const salah = JAWABAN.map((j) => (j === '19700101 199503 1 001' ? '1970010119950310011' : j));
    const r = await pipa(dir, salah);
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/Tidak dibuat: .*NIP harus 18 angka, tertulis 19 angka/);
    expect(existsSync(folderLaporan(dir, 'sukodono-2025'))).toBe(false);
    const f = jalankan(dir, 'baru', ...BARU.map((a) => (a === '19700101 199503 1 001' ? '1970010119950310011' : a)));
    expect(f.status).toBe(1);
    expect(f.keluaran).toMatch(/--nip: NIP harus 18 angka, tertulis 19 angka/);
  });

  it('no scale is assumed: without --skala and nobody to ask, the command says which scales exist', () => {
    const dir = proyek();
    const r = jalankan(dir, 'baru', ...BARU.slice(0, -2), '--tanpa-tanya');
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/skala predikat belum dipilih: tulis --skala dengan salah satu dari lumajang-5, malang-4/);
    expect(existsSync(folderLaporan(dir, 'sukodono-2025'))).toBe(false);
  });
});

describe('a new period from an existing report (--dari)', () => {
  it('a new year: definitions and budget structure kept, last result moved into history, the rest cleared', () => {
    const dir = proyek('candipuro-2023-tw2');
    const r = jalankan(dir, 'baru', '--dari', 'candipuro-2023-tw2', '--id', 'candipuro-2024', '--periode', 'tahunan', '--tahun', '2024');
    expect(r.status, r.keluaran).toBe(0);
    const kin = parse(baca(dir, 'candipuro-2024', 'kinerja.yaml'));
    const s1 = kin.tujuan[0].sasaran[0].indikator[0];
    expect(s1.kode).toBe('IKU-S1');
    expect(s1.riwayat.at(-1)).toEqual({ tahun: 2023, target: 91.5, realisasi: 54.9 });
    expect(s1.tertulis).toBeUndefined();
    expect(parse(baca(dir, 'candipuro-2024', 'realisasi.yaml'))).toEqual({});
    const ang = parse(baca(dir, 'candipuro-2024', 'anggaran.yaml'));
    expect(ang.program[0]).toMatchObject({ kode: '7.01.01', sasaran: ['S1'] });
    expect(ang.program[0].pagu).toBeUndefined();
    expect(ang.program[0].kegiatan[0].subKegiatan[0].realisasi).toBeUndefined();
    expect(parse(baca(dir, 'candipuro-2024', 'laporan.yaml'))).toMatchObject({ tahun: 2024, periode: { jenis: 'tahunan' }, draf: true });
    // The original is untouched.
    expect(baca(dir, 'candipuro-2023-tw2', 'kinerja.yaml')).toBe(readFileSync('content/laporan/candipuro-2023-tw2/kinerja.yaml', 'utf8'));
    expect(jalankan(dir, 'check', 'candipuro-2024').status).toBe(0);
  });

  it('the next quarter of the same year keeps the quarters entered so far', () => {
    const dir = proyek('candipuro-2023-tw2');
    expect(
      jalankan(dir, 'baru', '--dari', 'candipuro-2023-tw2', '--id', 'candipuro-2023-tw3', '--periode', 'tw3', '--tahun', '2023').status,
    ).toBe(0);
    const real = parse(baca(dir, 'candipuro-2023-tw3', 'realisasi.yaml'));
    expect(real['IKU-S1']).toEqual({ tw2: 54.9 });
    expect(parse(baca(dir, 'candipuro-2023-tw3', 'anggaran.yaml')).program[0].kegiatan[0].subKegiatan[0].pagu).toBe(3000000);
  });
});

describe('the Excel workbook', () => {
  it('out and back in unchanged: every sample report round-trips without a change', () => {
    const dir = proyek('candipuro-2023-tw2', 'jatiroto-2024', 'kedungkandang-2022');
    for (const id of ['candipuro-2023-tw2', 'jatiroto-2024', 'kedungkandang-2022']) {
      const buku = join(dir, `${id}.xlsx`);
      expect(jalankan(dir, 'templat', id, '--keluar', buku).status).toBe(0);
      const r = jalankan(dir, 'impor', id, buku);
      expect(r.status, r.keluaran).toBe(0);
      expect(r.keluaran).toMatch(/Tidak ada perubahan/);
    }
    // An existing workbook is not overwritten.
    expect(jalankan(dir, 'templat', 'jatiroto-2024', '--keluar', join(dir, 'jatiroto-2024.xlsx')).keluaran).toMatch(/tidak ditimpa/);
  }, 600_000);

  it('an empty required cell (satuan) is refused with its sheet and cell, and nothing is written', async () => {
    const dir = proyek('candipuro-2023-tw2');
    const buku = join(dir, 'c.xlsx');
    expect(jalankan(dir, 'templat', 'candipuro-2023-tw2', '--keluar', buku).status).toBe(0);
    const sheets = (await readXlsxFile(buku)) as { sheet: string; data: Row[] }[];
    const ind = sheets.find((l) => l.sheet === 'Indikator')!;
    const kolom = ind.data[0].indexOf('satuan');
    ind.data.slice(2).forEach((r) => (r[kolom] = null));
    await writeXlsxFile(sheets.map((l) => ({ sheet: l.sheet, data: l.data })) as never).toFile(buku);
    const sebelum = baca(dir, 'candipuro-2023-tw2', 'kinerja.yaml');
    const r = jalankan(dir, 'impor', 'candipuro-2023-tw2', buku, '--tulis');
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/Indikator baris 3: kolom "satuan" wajib diisi/);
    expect(baca(dir, 'candipuro-2023-tw2', 'kinerja.yaml')).toBe(sebelum);
  });

  it('an older workbook over a hand edit: the import says so first, shows the value it would put back, and refuses', () => {
    const dir = proyek('candipuro-2023-tw2');
    const buku = join(dir, 'lama.xlsx');
    expect(jalankan(dir, 'templat', 'candipuro-2023-tw2', '--keluar', buku).status).toBe(0);
    const f = join(dir, 'content/laporan/candipuro-2023-tw2/realisasi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('tw2: 54.90', 'tw2: 56.10'));
    const r = jalankan(dir, 'impor', 'candipuro-2023-tw2', buku);
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/^Lembar kerja ini dibuat dari data yang lebih lama/);
    expect(r.keluaran).toMatch(/realisasi\.yaml IKU-S1\.tw2: 56\.1 → 54\.9/);
    expect(r.keluaran).toMatch(/Tidak ada yang ditulis/);
    expect(readFileSync(f, 'utf8')).toContain('tw2: 56.10');
  });

  it('a filled workbook becomes the data, hand edits survive, the old files are backed up; the report builds and prints', async () => {
    const dir = proyek();
    expect(jalankan(dir, 'baru', ...BARU).status).toBe(0);
    // A hand edit the workbook does not hold: history typed into kinerja.yaml with a comment.
    const kinerjaAwal = baca(dir, 'sukodono-2025', 'kinerja.yaml').replace(
      '              pkAwal: 100\n',
      '              pkAwal: 100\n            # dari laporan 2024\n            riwayat:\n              - { tahun: 2024, target: 80, realisasi: 78 }\n',
    );
    writeFileSync(join(dir, 'content/laporan/sukodono-2025/kinerja.yaml'), kinerjaAwal);
    const buku = join(dir, 'isi.xlsx');
    await isiBuku(buku, [
      {
        l: lembar('Tujuan dan sasaran'),
        baris: [
          { '(tingkat)': 'tujuan', kode: 'T1', nama: 'Meningkatnya kualitas pelayanan publik' },
          { '(tingkat)': 'sasaran', kode: 'S1', nama: 'Meningkatnya kepuasan masyarakat' },
        ],
      },
      {
        l: lembar('Indikator'),
        baris: [
          { '(induk)': '1.1', kode: 'IKU-1', nama: 'Indeks Kepuasan Masyarakat', satuan: 'indeks', 'target.pkAwal': '82,50' },
          { '(induk)': '1.1', kode: 'IKU-2', nama: 'Persentase pengaduan yang ditindaklanjuti', satuan: 'persen', 'target.pkAwal': 90 },
        ],
      },
      {
        l: lembar('Realisasi'),
        baris: [
          { '(kunci)': 'IKU-1', tw1: '80,10', tw2: '84,15' },
          { '(kunci)': 'IKU-2', tw2: '72,00' },
        ],
      },
      {
        l: lembar('Anggaran'),
        baris: [
          { '(tingkat)': 'program', kode: '7.01.01', nama: 'Program Penunjang Urusan Pemerintahan' },
          { '(tingkat)': 'kegiatan', kode: '7.01.01.2.01', nama: 'Perencanaan dan Evaluasi Kinerja' },
          {
            '(tingkat)': 'sub kegiatan',
            kode: ' 7.01.01.2.01.01 ',
            nama: 'Penyusunan Dokumen Perencanaan',
            pagu: 'Rp 12.500.000',
            realisasi: '6.250.000',
          },
          { '(tingkat)': 'sub kegiatan', kode: '7.01.01.2.01.02.', nama: 'Evaluasi Kinerja', pagu: 7500000, realisasi: '1,500,000.00' },
        ],
      },
      { l: lembar('Anggaran sasaran'), baris: [{ '(induk)': '1', '': 'S1' }] },
    ]);
    const coba = jalankan(dir, 'impor', 'sukodono-2025', buku);
    expect(coba.status, coba.keluaran).toBe(0);
    expect(coba.keluaran).toMatch(/Belum ditulis/);
    expect(baca(dir, 'sukodono-2025', 'kinerja.yaml')).toBe(kinerjaAwal); // shown, not written
    expect(coba.keluaran).toMatch(/~ tujuan\[0\]\.sasaran\[0\]\.indikator\[0\]\.target\.pkAwal: 100 → 82\.5/);

    const r = jalankan(dir, 'impor', 'sukodono-2025', buku, '--tulis');
    expect(r.status, r.keluaran).toBe(0);
    const kin = baca(dir, 'sukodono-2025', 'kinerja.yaml');
    expect(kin).toContain('# dari laporan 2024');
    expect(parse(kin).tujuan[0].sasaran[0].indikator[0]).toMatchObject({
      kode: 'IKU-1',
      target: { pkAwal: 82.5 },
      riwayat: [{ tahun: 2024, target: 80, realisasi: 78 }],
    });
    expect(parse(baca(dir, 'sukodono-2025', 'realisasi.yaml'))).toEqual({ 'IKU-1': { tw1: 80.1, tw2: 84.15 }, 'IKU-2': { tw2: 72 } });
    const ang = parse(baca(dir, 'sukodono-2025', 'anggaran.yaml'));
    expect(
      ang.program[0].kegiatan[0].subKegiatan.map((s: { kode: string; pagu: number; realisasi: number }) => [s.kode, s.pagu, s.realisasi]),
    ).toEqual([
      ['7.01.01.2.01.01', 12500000, 6250000],
      ['7.01.01.2.01.02', 7500000, 1500000],
    ]);
    const cadangan = readdirSync(join(dir, 'content/laporan/sukodono-2025/cadangan'));
    expect(cadangan.length).toBe(1);
    expect(readFileSync(join(dir, 'content/laporan/sukodono-2025/cadangan', cadangan[0], 'kinerja.yaml'), 'utf8')).toBe(kinerjaAwal);

    // The report as published: drafts are built on request; web page and PDF carry the computed figures.
    writeFileSync(
      join(dir, 'content/laporan/sukodono-2025/laporan.yaml'),
      baca(dir, 'sukodono-2025', 'laporan.yaml').replace(/^draf: true\n/m, ''),
    );
    const b = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
    expect(b.status, b.stdout + b.stderr).toBe(0);
    const html = readFileSync(join(dir, 'dist/sukodono-2025/bab-3/index.html'), 'utf8');
    expect(html).toContain('102,00%'); // 84,15 / 82,50
    expect(html).toContain('80,00%'); // 72 / 90
    expect(readFileSync(join(dir, 'dist/sukodono-2025/index.html'), 'utf8')).toContain('38,75%'); // 7.750.000 / 20.000.000
    const pdf = halamanTeks(join(dir, 'dist/sukodono-2025/sukodono-2025.pdf')).join('\n');
    expect(pdf).toContain('102,00%');
    expect(pdf).toContain('Drs. BUDI SANTOSO');
  }, 180_000);

  it('refuses ambiguous and malformed cells with sheet, row, column and text, and writes nothing', async () => {
    const dir = proyek('candipuro-2023-tw2');
    const sebelum = baca(dir, 'candipuro-2023-tw2', 'anggaran.yaml');
    const buku = join(dir, 'salah.xlsx');
    await isiBuku(buku, [
      {
        l: lembar('Anggaran'),
        baris: [
          { '(tingkat)': 'kegiatan', kode: '7.01.01.2.01', nama: 'Kegiatan tanpa program' },
          { '(tingkat)': 'program', kode: '7.01.01', nama: 'Program' },
          { '(tingkat)': 'sub kegiatan', kode: '7.01.01.2.01.01', nama: 'Sub', pagu: '1.234' },
          { '(tingkat)': 'program', kode: 7.01, nama: 'Kode sebagai angka', pagu: 'seratus' },
        ],
      },
    ]);
    const r = jalankan(dir, 'impor', 'candipuro-2023-tw2', buku, '--tulis');
    expect(r.status).toBe(1);
    // Columns are reversed in this workbook.
    const pagu = hurufTerbalik(lembar('Anggaran'), 'pagu');
    const kode = hurufTerbalik(lembar('Anggaran'), 'kode');
    expect(r.keluaran).toContain(`Anggaran!${pagu}4 (kolom "pagu"): "1.234" dapat dibaca dua cara`);
    expect(r.keluaran).toContain(`Anggaran!${pagu}5 (kolom "pagu"): "seratus" bukan angka`);
    expect(r.keluaran).toContain(`Anggaran!${kode}5 (kolom "kode"): kode 7.01 tersimpan sebagai angka`);
    expect(r.keluaran).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(baca(dir, 'candipuro-2023-tw2', 'anggaran.yaml')).toBe(sebelum);
    expect(existsSync(join(dir, 'content/laporan/candipuro-2023-tw2/cadangan'))).toBe(false);
  });

  it('refuses a workbook whose result would be invalid (a kegiatan outside any program, an unknown sasaran)', async () => {
    const dir = proyek('candipuro-2023-tw2');
    const buku = join(dir, 'salah.xlsx');
    await isiBuku(buku, [
      { l: lembar('Anggaran'), baris: [{ '(tingkat)': 'kegiatan', kode: '7.01.01.2.01', nama: 'Kegiatan tanpa program' }] },
    ]);
    expect(jalankan(dir, 'impor', 'candipuro-2023-tw2', buku, '--tulis').keluaran).toMatch(
      /Anggaran baris 2: kegiatan tidak berada di bawah program mana pun/,
    );
    await isiBuku(buku, [
      { l: lembar('Anggaran'), baris: [{ '(tingkat)': 'program', kode: '7.01.01', nama: 'Program', pagu: 5 }] },
      { l: lembar('Anggaran sasaran'), baris: [{ '(induk)': '1', '': 'S9' }] },
    ]);
    const r = jalankan(dir, 'impor', 'candipuro-2023-tw2', buku, '--tulis');
    expect(r.status).toBe(1);
    expect(r.keluaran).toMatch(/anggaran\.yaml.*\n.*program\[0\]\.sasaran/);
  });

  it('imports one sheet as CSV saved by Excel with Indonesian settings (semicolons, decimal commas)', () => {
    const dir = proyek();
    expect(jalankan(dir, 'baru', ...BARU).status).toBe(0);
    const csv = join(dir, 'anggaran.csv');
    writeFileSync(
      csv,
      '\uFEFFTingkat;kode;nama;pagu;realisasi\nprogram;7.01.01;Program Penunjang;;\nsub kegiatan;7.01.01.2.01.01;Salah tingkat;1.000.000,00;500.000\n',
    );
    expect(jalankan(dir, 'impor', 'sukodono-2025', csv, '--tulis').keluaran).toMatch(
      /Anggaran baris 3: sub kegiatan tidak berada di bawah kegiatan/,
    );
    writeFileSync(
      csv,
      'Tingkat;kode;nama;pagu;realisasi\nprogram;7.01.01;Program Penunjang;;\nkegiatan;7.01.01.2.01;Kegiatan;;\nsub kegiatan;7.01.01.2.01.01;"Sub; dengan titik koma";1.000.000,00;500.000\n',
    );
    const r = jalankan(dir, 'impor', 'sukodono-2025', csv, '--tulis');
    expect(r.status, r.keluaran).toBe(0);
    const sub = parse(baca(dir, 'sukodono-2025', 'anggaran.yaml')).program[0].kegiatan[0].subKegiatan[0];
    expect(sub).toMatchObject({ nama: 'Sub; dengan titik koma', pagu: 1000000, realisasi: 500000 });

    // Several files are applied together; a sheet found in two of them is refused, and nothing is written.
    const sarana = join(dir, 'sarana.csv');
    writeFileSync(sarana, 'nama;satuan;jumlah;kondisi;keterangan\nMeja rapat;buah;4;baik;\n');
    const identitas = join(dir, 'identitas.csv');
    writeFileSync(identitas, 'Berkas;Isian;Nilai\nsarana.yaml;perTanggal;2025-06-30\n');
    const dua = jalankan(dir, 'impor', 'sukodono-2025', csv, sarana, identitas, '--tulis');
    expect(dua.status, dua.keluaran).toBe(0);
    expect(baca(dir, 'sukodono-2025', 'sarana.yaml')).toContain('Meja rapat');
    mkdirSync(join(dir, 'lagi'));
    copyFileSync(csv, join(dir, 'lagi', 'anggaran.csv'));
    const sebelum = baca(dir, 'sukodono-2025', 'anggaran.yaml');
    const ganda = jalankan(dir, 'impor', 'sukodono-2025', csv, join(dir, 'lagi', 'anggaran.csv'), '--tulis');
    expect(ganda.status).toBe(1);
    expect(ganda.keluaran).toMatch(/lembar Anggaran ada di \S+anggaran\.csv dan di \S+lagi\/anggaran\.csv: impor satu saja/);
    expect(baca(dir, 'sukodono-2025', 'anggaran.yaml')).toBe(sebelum);
  });
});

describe('live preview (npm run dev)', () => {
  it('bad data does not stop it: the errors are in the terminal and on the page, and a fix shows at once', async () => {
    const dir = proyek('candipuro-2023-tw2');
    const berkas = join(dir, 'content/laporan/candipuro-2023-tw2/anggaran.yaml');
    const asli = readFileSync(berkas, 'utf8');
    writeFileSync(berkas, asli.replace('    pagu: 3000000\n', '    pagu: "tiga juta"\n'));
    const port = 4700 + Math.floor(Math.random() * 200);
    const { spawn } = await import('node:child_process');
    // As a user starts it: without the test runner's variables (Astro behaves differently under Vitest).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'),
    );
    const p = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    try {
      for (let i = 0; i < 120 && !/ready in/.test(log); i++) await new Promise((ok) => setTimeout(ok, 250));
      expect(log).toMatch(
        /GALAT content\/laporan\/candipuro-2023-tw2\/anggaran\.yaml:\d+\n  isian: program\[0\]\.kegiatan\[0\]\.subKegiatan\[0\]\.pagu\n  harus berupa angka/,
      );
      // The server answers before its routes are ready ("Cannot GET /"): ask again until the site answers.
      let beranda = '';
      for (let i = 0; i < 40 && !beranda.includes('lang="id"'); i++) {
        await new Promise((ok) => setTimeout(ok, 250));
        beranda = await (await fetch(`http://localhost:${port}/`)).text();
      }
      expect(beranda).toMatch(/Pratinjau: 1 laporan belum dapat ditampilkan/);
      expect(beranda).toMatch(
        /anggaran\.yaml:\d+<\/code> — isian <code>program\[0\]\.kegiatan\[0\]\.subKegiatan\[0\]\.pagu<\/code>: harus berupa angka/,
      );
      writeFileSync(berkas, asli);
      let h = '';
      for (let i = 0; i < 40 && !h.includes('53,89%'); i++) {
        await new Promise((ok) => setTimeout(ok, 250));
        h = await (await fetch(`http://localhost:${port}/candipuro-2023-tw2/`)).text();
      }
      expect(h).toContain('53,89%');
      expect(h).not.toContain('belum dapat ditampilkan');
      // The print preview: Paged.js lays out the pages in the browser, as for the PDF.
      const browser = await bukaPeramban();
      try {
        const page = await browser.newPage();
        await page.goto(`http://localhost:${port}/candipuro-2023-tw2/cetak/`, { waitUntil: 'networkidle' }).catch(() => undefined);
        await page.waitForFunction(() => (window as unknown as { __lkjip?: { selesai: boolean } }).__lkjip?.selesai, undefined, {
          timeout: 300_000,
        });
        const status = await page.evaluate(() => (window as unknown as { __lkjip: { halaman?: number; galat?: string } }).__lkjip);
        expect(status.galat).toBeUndefined();
        // Paginated like the PDF (24 pages today): a preview that did not paginate shows one long page.
        expect(status.halaman).toBeGreaterThanOrEqual(20);
      } finally {
        await browser.close();
      }
      expect(log).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    } finally {
      p.kill();
    }
  }, 600_000);
});
