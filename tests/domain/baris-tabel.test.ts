/**
 * Joined name cells of the budget tables (pengguna F6): a name is joined only to the row directly above in the same
 * section. The first row of a table (one unit picked) and of a section after a divider shows its name.
 */
import { describe, expect, it } from 'vitest';
import { hitungBaris, type BarisAnggaran } from '../../src/domain/anggaran.ts';
import { pilihUnit } from '../../src/domain/wilayah.ts';
import { barisBagian, sambungkan } from '../../src/domain/tampilan/barisTabel.ts';

const sub = (unit: string, nama = 'X') => ({ kode: '1.1.1', nama, unit, pagu: 10, realisasi: 5 });
const pohon = (subKegiatan: ReturnType<typeof sub>[]): BarisAnggaran[] => [
  hitungBaris({ kode: '1', nama: 'P', kegiatan: [{ kode: '1.1', nama: 'K', subKegiatan }] }, 'program', 'program[0]'),
];
const tampak = (rows: ReturnType<typeof barisBagian>) => rows.map((t) => `${t.baris.nama}${t.sambungNama ? ' (sambung)' : ''}`);

describe('joined name cells, decided on the rows as printed', () => {
  const semua = pohon([sub('A'), sub('B'), sub('C')]);

  it('a run of lines with the same name in one section: the name once, the rows below joined', () => {
    expect(tampak(barisBagian(semua))).toEqual(['P', 'K', 'X', 'X (sambung)', 'X (sambung)']);
  });

  it('one unit picked (unit="B"): its only sub kegiatan row shows the name', () => {
    expect(tampak(barisBagian(pilihUnit(semua, 'B')))).toEqual(['P', 'K', 'X']);
  });

  it('one section per unit (perUnit): the first row under each divider shows the name', () => {
    for (const u of ['A', 'B', 'C']) expect(barisBagian(pilihUnit(semua, u)).every((t) => !t.sambungNama)).toBe(true);
  });

  it('the first row of a table always shows its name, whatever the rows', () => {
    const x = ratakanSub(semua);
    expect(sambungkan(x.slice(1)).map((t) => t.sambungNama)).toEqual([false, true]);
  });

  it('only the same level and name directly above joins: another name between breaks the run', () => {
    expect(tampak(barisBagian(pohon([sub('A'), sub('B', 'Y'), sub('C')])))).toEqual(['P', 'K', 'X', 'Y', 'X']);
  });

  it('lines below `sampai` left out: nothing joins across a level not printed', () => {
    expect(tampak(barisBagian(semua, 'kegiatan'))).toEqual(['P', 'K']);
  });
});

function ratakanSub(p: BarisAnggaran[]): BarisAnggaran[] {
  return barisBagian(p)
    .map((t) => t.baris)
    .filter((b) => b.tingkat === 'subKegiatan');
}
