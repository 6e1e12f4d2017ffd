/**
 * A sub kegiatan without paguAwal beside one with it (new-user finding): its pagu counts as its pagu awal (unchanged)
 * in the tables' totals and the checker's comparisons, and now the same in anggaran.csv/json (before: blank there).
 */
import { describe, expect, it } from 'vitest';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { periksaLaporan } from '../../src/domain/periksa.ts';
import { berkasData } from '../../src/domain/tampilan/unduhan.ts';
import { muatLaporan } from '../../src/data/muat.ts';

const data = muatLaporan('.', 'candipuro-2023-tw2').data!;
const program = structuredClone(data.anggaran!.program);
// 7.01.01.2.01: three sub kegiatan of 3 000 000, 2 500 000 and 3 000 000; only the first gets a pagu awal.
program[0].kegiatan![0].subKegiatan![0].paguAwal = 4000000;
const r = hitungLaporan({ ...data, anggaran: { ...data.anggaran!, program } });

describe('pagu awal of a line without one', () => {
  it('the parent sums the entered pagu awal and the others pagu, as the tables print', () => {
    expect(r.program[0].anak[0].paguAwal).toBe(4000000 + 2500000 + 3000000);
  });

  it('anggaran.json gives every line its pagu awal by the same rule (before: blank for the lines without)', () => {
    const baris = JSON.parse(berkasData(r).find((b) => b.nama === 'anggaran.json')!.isi).baris;
    const kode = (k: string) => baris.find((b: { kode: string }) => b.kode === k);
    expect(kode('7.01.01.2.01').pagu_awal).toBe(9500000);
    expect(kode('7.01.01.2.01.01').pagu_awal).toBe(4000000);
    expect(kode('7.01.01.2.01.02').pagu_awal).toBe(2500000);
    expect(kode('7.01.01.2.01.06').pagu_awal).toBe(3000000);
    // Another program's lines: their pagu too, since the grand total's Anggaran Awal counts them so.
    expect(kode('7.01.01.2.02').pagu_awal).toBe(kode('7.01.01.2.02').pagu);
  });

  it('the checker compares a typed Anggaran Awal with the same sum', () => {
    const p2 = structuredClone(program);
    p2[0].kegiatan![0].tertulis = { paguAwal: 9500000, sumber: 'Tabel 2.3' };
    const w = periksaLaporan(hitungLaporan({ ...data, anggaran: { ...data.anggaran!, program: p2 } }));
    expect(w.filter((m) => m.jalur.startsWith('program[0].kegiatan[0].tertulis'))).toEqual([]);
    p2[0].kegiatan![0].tertulis = { paguAwal: 4000000, sumber: 'Tabel 2.3' };
    const salah = periksaLaporan(hitungLaporan({ ...data, anggaran: { ...data.anggaran!, program: p2 } }));
    expect(salah.find((m) => m.jalur === 'program[0].kegiatan[0].tertulis.paguAwal')?.pesan).toMatch(/jumlah rinciannya 9\.500\.000/);
  });
});
