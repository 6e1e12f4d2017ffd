/** What the checker finds in the real reports is pinned: a change in its findings shows up here. */
import { describe, expect, it } from 'vitest';
import { periksaSatu } from '../src/data/periksaSemua.ts';

describe('checker on Candipuro Triwulan II 2023', () => {
  const r = periksaSatu('.', 'candipuro-2023-tw2');
  const temuan = r.masalah.map((m) => `${m.tingkat} ${m.berkas.split('/').pop()} ${m.jalur}`);

  it('the data is valid', () => {
    expect(r.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    expect(r.laporan).toBeDefined();
  });

  it('finds exactly the known disagreements of the original', () => {
    expect(temuan.sort()).toEqual(
      [
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[0]', // PK target 91,39 (2022's)
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[2]', // Tabel 3.3 realisasi "60%"
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[3]', // Tabel 3.4 realisasi "60%"
        'peringatan kinerja.yaml tujuan[0].sasaran[1].indikator[0].tertulis[0]', // PK target 81,75 (2022's)
        'peringatan anggaran.yaml program[0].kegiatan[1].tertulis.sisa', // 787.256.902 vs 742.256.902
        'peringatan anggaran.yaml program[5].kegiatan[0].subKegiatan[0].tertulis.sisa',
        'peringatan anggaran.yaml program[5].kegiatan[0].subKegiatan[0].tertulis.persen',
      ].sort(),
    );
  });

  it('states entered and computed values', () => {
    const sisa = r.masalah.find((m) => m.jalur === 'program[0].kegiatan[1].tertulis.sisa')!;
    expect(sisa.pesan).toBe('sisa 7.01.01.2.02 tertulis 787.256.902, tetapi pagu − realisasi = 742.256.902');
    expect(sisa.baris).toBeGreaterThan(0);
  });

  it('computes the seed figures', () => {
    const l = r.laporan!;
    expect(l.jumlahAnggaran?.pagu).toBe(2752150911);
    expect(l.jumlahAnggaran?.realisasi).toBe(1483229067);
    expect(l.indikator.map((i) => i.predikat?.predikat)).toEqual(['Rendah', 'Sangat Rendah']);
  });
});
