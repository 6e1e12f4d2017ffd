/** The checker compares every typed figure with the computed one; each kind is exercised here. */
import { afterAll, describe, expect, it } from 'vitest';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { salinData, ubahData, hapusSalinan } from './salinan.ts';

type Obj = any; // eslint-disable-line @typescript-eslint/no-explicit-any

afterAll(hapusSalinan);
/** Checks the valid fixture with some of its files edited as data. */
function denganData(ubah: Record<string, (d: Obj) => void>) {
  const root = salinData();
  for (const [f, u] of Object.entries(ubah)) ubahData(root, 'contoh', f, u);
  return periksaSatu(root, 'contoh');
}
const iku1 = (d: Obj) => d.tujuan[0].sasaran[0].indikator[0];

describe('checker', () => {
  it('typed figures that agree (truncated or rounded at their precision) raise nothing', () => {
    const r = denganData({
      'kinerja.yaml': (d) => {
        // IKU-2: 100 / 94.44 = 105.887...: "105" (truncated) and "105,89" (rounded) both agree.
        d.tujuan[0].sasaran[1].indikator[0].tertulis = [
          { besaran: 'capaian', nilai: 105, sumber: 'Tabel 3.2' },
          { besaran: 'capaian', nilai: 105.89, sumber: 'Tabel 3.3' },
        ];
      },
    });
    expect(r.masalah).toEqual([]);
  });

  it.each([
    ['target', 88.5, /target indikator IKU-1 88,50, sedangkan data menghasilkan 87,72/],
    ['realisasi', 94.44, /realisasi indikator IKU-1 94,44, sedangkan data menghasilkan 87,72/],
    ['capaian', 112, /capaian indikator IKU-1 112,00, sedangkan data menghasilkan 100,00/],
    ['capaianTargetAkhir', 100, /capaianTargetAkhir indikator IKU-1 100,00, sedangkan data menghasilkan 96,15/],
    ['penyerapan', 96.45, /penyerapan indikator IKU-1 96,45, sedangkan data menghasilkan 36,00/],
    ['efisiensi', 3.55, /efisiensi indikator IKU-1 3,55, sedangkan data menghasilkan 64,00/],
  ])('a typed %s that disagrees is reported with both values', (besaran, nilai, pesan) => {
    const r = denganData({ 'kinerja.yaml': (d) => (iku1(d).tertulis = [{ besaran, nilai, sumber: 'Tabel X' }]) });
    const w = r.masalah.filter((m) => m.tingkat === 'peringatan');
    expect(w).toHaveLength(1);
    expect(w[0].jalur).toBe('tujuan[0].sasaran[0].indikator[0].tertulis[0]');
    expect(w[0].pesan).toMatch(/^Tabel X mencetak /);
    expect(w[0].pesan).toMatch(pesan);
  });

  it('a year total that disagrees with the quarters', () => {
    const r = denganData({ 'realisasi.yaml': (d) => (d['IKU-1'].tahunan = 100) });
    expect(r.masalah.map((m) => m.pesan)).toEqual([
      'realisasi tahunan indikator IKU-1 tertulis 100,00, tetapi dari triwulan (terakhir) hasilnya 87,72',
    ]);
  });

  it('a counting that disagrees with the realisasi', () => {
    const r = denganData({
      'realisasi.yaml': (d) => (d['IKU-1'].perhitungan = { pembilang: [{ uraian: 'a', nilai: 28 }], penyebut: { uraian: 'b', nilai: 51 } }),
    });
    expect(r.masalah.map((m) => m.pesan)).toEqual([
      'perhitungan indikator IKU-1 menghasilkan 54,90, tetapi realisasi tertulis 87,72',
      'daftar "Aktivitas yang ditindaklanjuti" berisi 2 aktivitas, tetapi pembilang indikator IKU-1 tertulis 28',
    ]);
  });

  it('a history capaian that does not compute', () => {
    const r = denganData({ 'kinerja.yaml': (d) => (iku1(d).riwayat[0].capaianTertulis = 85.75) });
    expect(r.masalah.map((m) => m.pesan)).toEqual([
      'capaian 2023 indikator IKU-1 tertulis 85,75, tetapi target dan realisasinya menghasilkan 98,43',
    ]);
  });

  it('budget: typed parent totals, figures from another table, sisa, persen and the grand total', () => {
    const r = denganData({
      'anggaran.yaml': (d) => {
        d.program[0].pagu = 3000000;
        d.program[1].tertulis = { paguAwal: 25590000, sisa: 5, persen: 90, sumber: 'Tabel 2.3' };
        d.jumlahTertulis = { pagu: 18490000, realisasi: 1, persen: 91.5 };
      },
    });
    expect(r.masalah.map((m) => `${m.jalur}: ${m.pesan}`)).toEqual([
      'program[0].pagu: pagu 7.01.01 tertulis 3.000.000, tetapi jumlah rinciannya 2.500.000 (selisih 500.000)',
      'program[1].tertulis.paguAwal: paguAwal 7.01.06 tertulis 25.590.000 di Tabel 2.3, tetapi datanya 15.990.000 (selisih 9.600.000)',
      'program[1].tertulis.sisa: sisa 7.01.06 tertulis 5 di Tabel 2.3, tetapi pagu − realisasi = 0',
      'program[1].tertulis.persen: persentase 7.01.06 tertulis 90,00 di Tabel 2.3, tetapi realisasi ÷ pagu = 100,00',
      'jumlahTertulis.realisasi: jumlah realisasi tertulis 1, tetapi jumlah seluruh program 16.890.000 (selisih -16.889.999)',
      'jumlahTertulis.persen: persentase penyerapan total tertulis 91,50, tetapi realisasi ÷ pagu = 91,34',
    ]);
  });

  it('staff counts by status or education that do not add up to the people in the row', () => {
    const r = denganData({ 'sdm.yaml': (d) => (d.baris[1].pendidikan = { SMA: 3, S1: 1 }) });
    expect(r.masalah.map((m) => m.pesan)).toEqual([
      'baris "Tenaga Kontrak": jumlah menurut pendidikan 4 orang, tetapi laki-laki + perempuan 5 orang',
    ]);
  });
});
