/**
 * A sasaran's budget is computed from the level that carries the amounts (issue: sub kegiatan with only an
 * output indicator turned Jatiroto's 98,11% into 100,00%), and a typed figure that cannot be compared says why.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { hasilPersen } from '../src/domain/tampilan/format.ts';
import { salinData, ubahData, hapusSalinan } from './salinan.ts';

type Obj = any; // eslint-disable-line @typescript-eslint/no-explicit-any
afterAll(hapusSalinan);

/** A scratch copy of one sample report as report "contoh" (content/ is never touched), its YAML files edited. */
function salinan(dari: string, ubah: Record<string, (d: Obj) => void>) {
  const root = salinData('tests/fixtures/valid');
  rmSync(join(root, 'content/laporan/contoh'), { recursive: true });
  cpSync(`content/laporan/${dari}`, join(root, 'content/laporan/contoh'), { recursive: true });
  cpSync('content/skala', join(root, 'content/skala'), { recursive: true });
  for (const [f, u] of Object.entries(ubah)) ubahData(root, 'contoh', f, u);
  return periksaSatu(root, 'contoh');
}

describe('sasaran budget from the level that carries the amounts', () => {
  const r = salinan('jatiroto-2024', {
    'anggaran.yaml': (d) =>
      (d.program[0].kegiatan = [
        {
          nama: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
          subKegiatan: [
            {
              nama: 'Penyediaan Jasa Surat Menyurat',
              indikator: [{ nama: 'Jumlah laporan', satuan: 'laporan', target: 12, realisasi: 12 }],
            },
          ],
        },
      ]),
  });
  const l = r.laporan!;

  it('the sample with an amount-less sub kegiatan is still valid', () => {
    expect(r.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
  });

  it('sasaran S1 keeps 98,11% (Tabel 3.8), not 100,00%', () => {
    const s1 = l.indikator.find((i) => i.sasaran?.kode === 'S1')!;
    expect(hasilPersen(s1.anggaran!.penyerapan, l.pembulatanAnggaran)).toBe('98,11%');
    expect(s1.anggaran!.pagu).toBe(1762346397);
    const s = l.sasaran.find((x) => x.kode === 'S1')!;
    expect(s.anggaran.ok && hasilPersen(s.anggaran.jumlah.penyerapan, l.pembulatanAnggaran)).toBe('98,11%');
  });
});

describe('typed sasaran figures that cannot be computed are reported', () => {
  const r = salinan('jatiroto-2024', {
    // S2 loses its only program: nothing is linked to it any more.
    'anggaran.yaml': (d) => (d.program[5].sasaran = ['S1']),
    'kinerja.yaml': (d) =>
      (d.tujuan[0].sasaran[1].indikator[0].tertulis = [
        { besaran: 'penyerapan', nilai: 100, sumber: 'Tabel 3.8' },
        { besaran: 'efisiensi', nilai: -5.56, sumber: 'Tabel 3.8' },
        { besaran: 'pagu', nilai: 15990000, sumber: 'Tabel 3.8' },
      ]),
  });
  it('one warning per typed figure, naming the figure and the reason', () => {
    const w = r.masalah.filter((m) => m.jalur.startsWith('tujuan[0].sasaran[1].indikator[0].tertulis'));
    expect(w.map((m) => m.jalur)).toEqual([0, 1, 2].map((i) => `tujuan[0].sasaran[1].indikator[0].tertulis[${i}]`));
    for (const m of w) {
      expect(m.tingkat).toBe('peringatan');
      expect(m.pesan).toMatch(/tidak dapat dibandingkan: tidak ada baris anggaran yang ditautkan ke sasaran S2/);
    }
  });
});

describe('several typed figure sets per budget line', () => {
  const r = salinan('jatiroto-2024', {
    'anggaran.yaml': (d) =>
      (d.program[0].tertulis = [
        { sumber: 'Tabel 2.3', paguAwal: 1743266949 },
        { sumber: 'Tabel 3.9', persen: 98.05 },
        { sumber: 'Tabel 2.4', persen: 90, realisasi: 1674216543 },
      ]),
  });
  it('each set is compared on its own and named by its source table', () => {
    const w = r.masalah.filter((m) => m.jalur.startsWith('program[0].tertulis'));
    expect(w.map((m) => `${m.jalur}: ${m.pesan}`)).toEqual([
      'program[0].tertulis[0].paguAwal: paguAwal 1 tertulis 1.743.266.949 di Tabel 2.3, tetapi datanya 1.823.606.126 (selisih -80.339.177)',
      'program[0].tertulis[2].persen: persentase 1 tertulis 90,00 di Tabel 2.4, tetapi realisasi ÷ pagu = 98,05',
    ]);
  });
  it('a list entry without its source table is refused', () => {
    const bad = salinan('jatiroto-2024', { 'anggaran.yaml': (d) => (d.program[0].tertulis = [{ persen: 98.05 }]) });
    const g = bad.masalah.filter((m) => m.tingkat === 'galat');
    expect(g.length).toBeGreaterThan(0);
    expect(g[0].jalur).toMatch(/^program\[0\]\.tertulis/);
  });
});
