/**
 * A budget over time (issue 14 items 3-5): three earlier years across the change to the Permendagri 90/2019
 * nomenclature, the Renstra envelope per line and for the period, and the monthly plan. Figures from the computed
 * report of tests/fixtures/anggaran/content/laporan/riwayat-nomenklatur (worked out by hand in its anggaran.yaml),
 * and every check of the checker on scratch copies.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { berkasData } from '../src/domain/tampilan/unduhan.ts';
import { salinData, ubahData, hapusSalinan } from './salinan.ts';

const ROOT = 'tests/fixtures/anggaran';
const ID = 'riwayat-nomenklatur';
afterAll(hapusSalinan);

/** The checker's messages on a copy of the fixture after `ubah`, as "path: message". */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function pesanSetelah(berkas: string, ubah: (d: any) => void): string[] {
  const root = salinData(ROOT);
  ubahData(root, ID, berkas, ubah);
  return periksaSatu(root, ID).masalah.map((m) => `${m.tingkat} ${m.jalur}: ${m.pesan}`);
}

describe('budget history across a nomenclature change', () => {
  const r = periksaSatu(ROOT, ID);
  const l = r.laporan!;
  const [p1, p2] = l.program;
  it('the fixture is valid and every typed total agrees', () => {
    expect(r.masalah).toEqual([]);
  });
  it('each year’s totals are the sums of the lines carrying that year, at whatever level', () => {
    expect(l.berkalaAnggaran!.riwayat.map((h) => [h.tahun, h.pagu, h.realisasi])).toEqual([
      [2019, 980_000_000, 957_000_000],
      [2020, 1_002_000_000, 930_400_000],
      [2021, 1_084_000_000, 1_065_500_000],
    ]);
    // Program 1 in 2019: pagu typed on the program (830 juta) equals its sub kegiatan; realisasi from them (27 + 790 juta).
    expect(p1.berkala.riwayat.map((h) => [h.tahun, h.pagu, h.realisasi])).toEqual([
      [2019, 830_000_000, 817_000_000],
      [2020, 882_000_000, 830_400_000],
      [2021, 924_000_000, 912_500_000],
    ]);
    // Program 2 before 2021: amounts on the old program only; 2021 from its sub kegiatan (the typed 160 juta is their sum).
    expect(p2.berkala.riwayat.map((h) => [h.tahun, h.pagu, h.realisasi])).toEqual([
      [2019, 150_000_000, 140_000_000],
      [2020, 120_000_000, 100_000_000],
      [2021, 160_000_000, 153_000_000],
    ]);
    const h = l.berkalaAnggaran!.riwayat[0].penyerapan;
    expect(h.ok && h.nilai).toBeCloseTo(97.653, 3);
  });
  it('earlier names and kode are kept per year, consecutive equal years joined', () => {
    expect(p1.berkala.nomenklaturLama).toEqual([
      { tahun: '2019–2020', kode: '4.01.4.01.01.01', nama: 'Program Pelayanan Administrasi Perkantoran' },
    ]);
    const sub = l.semuaBaris.find((b) => b.kode === '7.01.01.2.01.01')!;
    expect(sub.berkala.nomenklaturLama).toEqual([
      { tahun: '2019–2020', kode: '4.01.4.01.01.21.01', nama: 'Penyusunan Rencana Kerja SKPD' },
    ]);
    expect(l.semuaBaris.find((b) => b.kode === '7.01.01.2.01.02')!.berkala.nomenklaturLama).toEqual([]);
  });
  it('a parent’s typed total of an earlier year that disagrees with its children is reported', () => {
    expect(pesanSetelah('anggaran.yaml', (d) => (d.program[1].riwayat[2].pagu = 165_000_000))).toEqual([
      'peringatan program[1].riwayat[2].pagu: pagu 2021 7.01.02 tertulis 165.000.000, tetapi jumlah rinciannya 160.000.000 (selisih 5.000.000)',
    ]);
  });
  it('typed yearly totals are compared, and one that cannot be is reported', () => {
    const pesan = pesanSetelah('anggaran.yaml', (d) => {
      d.riwayatTertulis[1].realisasi = 930_000_000;
      d.riwayatTertulis[2].persen = 98.1;
      d.riwayatTertulis.push({ tahun: 2018, pagu: 1 });
    });
    expect(pesan).toEqual([
      'peringatan riwayatTertulis[1].realisasi: jumlah realisasi 2020 di Tabel 3.10 tertulis 930.000.000, tetapi jumlah riwayat seluruh program 930.400.000 (selisih -400.000)',
      'peringatan riwayatTertulis[2].persen: penyerapan 2021 tertulis 98,10 di Tabel 3.10, tetapi realisasi ÷ pagu = 98,29',
      'peringatan riwayatTertulis[3].pagu: jumlah pagu 2018 tertulis 1, tetapi tidak dapat dibandingkan: tidak ada baris dengan pagu 2018 (riwayat)',
    ]);
  });
  it('a history year that is not before the report’s year is reported as unused; a year twice is refused', () => {
    expect(pesanSetelah('anggaran.yaml', (d) => d.program[0].kegiatan[0].subKegiatan[1].riwayat.push({ tahun: 2022, pagu: 1 }))).toEqual([
      'peringatan program[0].kegiatan[0].subKegiatan[1].riwayat[1].tahun: riwayat 7.01.01.2.01.02 tahun 2022 diisi, tetapi riwayat hanya untuk tahun sebelum 2022: nilainya tidak dipakai',
    ]);
    expect(pesanSetelah('anggaran.yaml', (d) => d.program[0].kegiatan[0].subKegiatan[1].riwayat.push({ tahun: 2021, pagu: 1 }))).toEqual([
      'galat program[0].kegiatan[0].subKegiatan[1].riwayat[1].tahun: tahun 2021 tertulis dua kali',
    ]);
  });
});

describe('Renstra envelope', () => {
  const l = periksaSatu(ROOT, ID).laporan!;
  const [p1, p2] = l.program;
  it('per line: the entered period amount, else its years summed; the total sums the programs', () => {
    expect(p1.berkala.renstra.amplop).toEqual({ ok: true, nilai: 6_160_000_000 });
    expect(p2.berkala.renstra.amplop).toEqual({ ok: true, nilai: 1_000_000_000 });
    expect(l.berkalaAnggaran!.renstra.amplop).toEqual({ ok: true, nilai: 7_160_000_000 });
    expect(l.berkalaAnggaran!.terhadapRenstra.paguTahunIni).toBe(1_140_000_000);
  });
  it('realisasi of the period so far: 2021 from the history plus this year, against the envelope', () => {
    // Program 1: 912,5 juta (2021) + 937 juta (2022) = 1.849,5 juta of 6.160 juta = 30,024%.
    expect(p1.berkala.terhadapRenstra.realisasiKumulatif).toEqual({ ok: true, nilai: 1_849_500_000 });
    const p = p1.berkala.terhadapRenstra.persen;
    expect(p.ok && p.nilai).toBeCloseTo(30.0244, 4);
    const t = l.berkalaAnggaran!.terhadapRenstra;
    expect(t.realisasiKumulatif).toEqual({ ok: true, nilai: 2_168_500_000 });
    expect(t.persen.ok && t.persen.nilai).toBeCloseTo(30.2863, 4);
  });
  it('a missing history year makes the period realisasi not computable, with the year named', () => {
    const root = salinData(ROOT);
    ubahData(root, ID, 'anggaran.yaml', (d) => delete d.program[1].kegiatan[0].subKegiatan[1].riwayat[0].realisasi);
    const b = periksaSatu(root, ID).laporan!.program[1].berkala;
    // Program 2's 2021 realisasi is still that of its other sub kegiatan (95 juta): the missing one counts as not entered.
    expect(b.riwayat.find((h) => h.tahun === 2021)?.realisasi).toBe(95_000_000);
    const root2 = salinData(ROOT);
    ubahData(root2, ID, 'anggaran.yaml', (d) => {
      for (const s of d.program[1].kegiatan[0].subKegiatan) delete s.riwayat;
      delete d.program[1].riwayat[2];
      d.program[1].riwayat = d.program[1].riwayat.filter(Boolean);
      d.riwayatTertulis = d.riwayatTertulis.slice(0, 2);
    });
    expect(periksaSatu(root2, ID).laporan!.program[1].berkala.terhadapRenstra.persen).toEqual({
      ok: false,
      alasan: 'realisasi 2021 belum diisi (riwayat)',
    });
  });
  it('a period amount against its years, a parent’s against its children, a year outside the period: each reported', () => {
    expect(pesanSetelah('anggaran.yaml', (d) => (d.program[0].renstra.jumlah = 6_000_000_000))).toEqual([
      'peringatan program[0].renstra.jumlah: pagu Renstra periode 7.01.01 tertulis 6.000.000.000, tetapi jumlah pagu Renstra per tahunnya 6.160.000.000 (selisih -160.000.000)',
    ]);
    expect(
      pesanSetelah('anggaran.yaml', (d) => {
        d.program[1].kegiatan[0].renstra = { jumlah: 900_000_000 };
        d.program[1].renstra.pagu['2019'] = 5;
      }),
    ).toEqual([
      'peringatan program[1].renstra.pagu.2019: pagu Renstra 7.01.02 tahun 2019 diisi, tetapi periode Renstra 2021–2026 (laporan.yaml): nilainya tidak dipakai',
      'peringatan program[1].renstra.jumlah: pagu Renstra periode 7.01.02 tertulis 1.000.000.000, tetapi jumlah rinciannya 900.000.000 (selisih 100.000.000)',
    ]);
  });
  it('Renstra amounts without a Renstra period are reported', () => {
    expect(pesanSetelah('laporan.yaml', (d) => delete d.renstra)).toContain(
      'peringatan renstra: anggaran.yaml memuat pagu Renstra, tetapi periode Renstra belum diisi (renstra: { mulai, akhir }): pagu Renstra periode dan realisasi terhadapnya tidak dapat dihitung',
    );
  });
});

describe('monthly budget (rencana aksi anggaran)', () => {
  const l = periksaSatu(ROOT, ID).laporan!;
  it('per month and cumulative, for the whole budget and per line', () => {
    const b = l.berkalaAnggaran!.bulanan;
    expect(b).toHaveLength(12);
    // January: 2 + 10 juta target, 1,5 + 10 juta realisasi.
    expect([b[0].target, b[0].realisasi]).toEqual([12_000_000, 11_500_000]);
    expect([b[11].targetSampai, b[11].realisasiSampai]).toEqual([
      { ok: true, nilai: 150_000_000 },
      { ok: true, nilai: 138_000_000 },
    ]);
    expect(b[11].capaianSampai).toEqual({ ok: true, nilai: 92 });
    // Only two lines have months: no penyerapan against the whole pagu.
    expect(b[11].penyerapanSampai).toEqual({ ok: false, alasan: 'rencana bulanan hanya diisi untuk sebagian baris anggaran' });
    const sub = l.semuaBaris.find((x) => x.kode === '7.01.01.2.01.01')!.berkala.bulanan;
    expect(sub[11].penyerapanSampai).toEqual({ ok: true, nilai: 95 });
  });
  it('an indicator gets the monthly budget of its sasaran’s lines, shares applied', () => {
    const ind = l.indikator.find((i) => i.input.kode === 'IKU-1')!;
    // S1: sub 7.01.01.2.01.01 (whole) + 60% of program 7.01.02's sub 7.01.02.2.01.01: 2 + 6 juta in January.
    expect(ind.anggaranBulanan[0].target).toBeCloseTo(8_000_000, 6);
    expect(ind.anggaranBulanan[0].realisasi).toBeCloseTo(7_500_000, 6);
    expect(l.porsiAnggaran.map((p) => [p.baris.kode, p.sasaran])).toEqual([
      [
        '7.01.02',
        [
          { kode: 'S1', persen: 60 },
          { kode: 'S2', persen: 40 },
        ],
      ],
    ]);
  });
  it('months that do not add up to the line, a parent’s typed month, incomplete months, months after the period: reported', () => {
    expect(pesanSetelah('anggaran.yaml', (d) => (d.program[0].kegiatan[0].subKegiatan[0].bulanan.realisasi['12'] = 4_500_000))).toEqual([
      'peringatan program[0].kegiatan[0].subKegiatan[0].bulanan.realisasi: jumlah realisasi bulanan 7.01.01.2.01.01 tertulis 38.500.000, tetapi realisasi barisnya 38.000.000 (selisih 500.000)',
    ]);
    expect(pesanSetelah('anggaran.yaml', (d) => (d.program[0].kegiatan[0].subKegiatan[0].bulanan.target['1'] = 2_500_000))).toEqual([
      'peringatan program[0].kegiatan[0].subKegiatan[0].bulanan.target: jumlah target bulanan 7.01.01.2.01.01 tertulis 40.500.000, tetapi pagu barisnya 40.000.000 (selisih 500.000)',
    ]);
    expect(pesanSetelah('anggaran.yaml', (d) => (d.program[0].kegiatan[0].bulanan = { realisasi: { '1': 9 } }))).toEqual([
      'peringatan program[0].kegiatan[0].bulanan.realisasi.1: realisasi anggaran Januari 7.01.01.2.01 tertulis 9, tetapi jumlah rinciannya 1.500.000 (selisih -1.499.991)',
    ]);
    expect(pesanSetelah('anggaran.yaml', (d) => delete d.program[0].kegiatan[0].subKegiatan[0].bulanan.realisasi['5'])).toEqual([
      'peringatan program[0].kegiatan[0].subKegiatan[0].bulanan.realisasi: realisasi anggaran bulanan 7.01.01.2.01.01 belum lengkap (Mei kosong): jumlahnya tidak dapat dibandingkan dengan realisasi 38.000.000',
    ]);
    const tw2 = salinData(ROOT);
    ubahData(tw2, ID, 'laporan.yaml', (d) => (d.periode = { jenis: 'triwulan', ke: 2 }));
    ubahData(tw2, ID, 'realisasi.yaml', (d) => {
      for (const m of ['7', '8', '9', '10', '11', '12']) delete d['IKU-1'].bulanan[m];
    });
    ubahData(tw2, ID, 'anggaran.yaml', (d) => {
      const s = d.program[1].kegiatan[0].subKegiatan[0];
      s.realisasi = 60_000_000;
    });
    const pesan = periksaSatu(tw2, ID).masalah.map((m) => `${m.jalur}: ${m.pesan}`);
    expect(pesan).toContain(
      'program[1].kegiatan[0].subKegiatan[0].bulanan.realisasi: realisasi anggaran 7.01.02.2.01.01 untuk bulan Juli, Agustus, September, Oktober, November, Desember diisi, tetapi laporan ini hanya sampai bulan Juni: nilainya tidak dipakai',
    );
    // Its first six months (6 × 10 juta) are the line's realisasi: no disagreement reported.
    expect(pesan.filter((p) => p.startsWith('program[1].kegiatan[0].subKegiatan[0]'))).toHaveLength(1);
  });
});

describe('open data', () => {
  const l = periksaSatu(ROOT, ID).laporan!;
  it('anggaran.csv carries each earlier year’s kode, name and amounts, the Renstra amounts and the months', () => {
    const csv = berkasData(l).find((b) => b.nama === 'anggaran.csv')!.isi;
    const [kepala, ...baris] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const kolom = kepala.split(',');
    for (const k of [
      'kode_2019',
      'nama_2019',
      'pagu_2019',
      'realisasi_2021',
      'renstra_pagu_2026',
      'renstra_pagu_periode',
      'realisasi_sejak_awal_renstra',
      'persen_terhadap_renstra',
      'target_bulan_1',
      'realisasi_bulan_12',
    ])
      expect(kolom).toContain(k);
    const p1 = baris[0].split(',');
    const sel = (k: string) => p1[kolom.indexOf(k)];
    expect([sel('kode_2019'), sel('pagu_2019'), sel('realisasi_2019'), sel('renstra_pagu_periode')]).toEqual([
      '4.01.4.01.01.01',
      '830000000',
      '817000000',
      '6160000000',
    ]);
    const json = JSON.parse(berkasData(l).find((b) => b.nama === 'anggaran.json')!.isi);
    expect(json.baris[2].target_bulan_5).toBe(4_000_000);
    expect(json.kamus.map((k: { nama: string }) => k.nama)).toEqual(kolom);
  });
});
