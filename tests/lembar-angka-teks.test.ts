/**
 * A number-or-text field (an output indicator's target, a typed figure) read from a CSV, where every cell is text:
 * what reads as a number becomes a number, so the capaian of the line can be computed (a new-user run found
 * "30" imported as the text "30" and every Capaian Keluaran "tidak dapat dihitung"). Decided when the rows are
 * applied (datar.ts angkaDariTeks, the one rule for texts that may be numbers), so read and apply here.
 */
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaBuku } from '../scripts/lib/lembar/baca.ts';
import { dariBaris, keBaris } from '../scripts/lib/lembar/datar.ts';
import { LEMBAR } from '../scripts/lib/lembar/kolom.ts';

/** The budget the CSV's rows are placed under: Induk 1.2.2 is program 1, kegiatan 2, sub kegiatan 2. */
const ANGGARAN = { program: [{ nama: 'P', kegiatan: [{ nama: 'K1' }, { nama: 'K2', subKegiatan: [{ nama: 'S1' }, { nama: 'S2' }] }] }] };

const dir = mkdtempSync(join(tmpdir(), 'lkjip-angka-teks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function baca(isi: string) {
  const f = join(dir, 'Anggaran indikator.csv');
  writeFileSync(f, `Induk;No;nama;satuan;targetAwal;target;realisasi\n${isi}\n`);
  const r = await bacaBuku(f);
  expect(r.galat).toEqual([]);
  const lama = keBaris(new Map([['anggaran.yaml', ANGGARAN]]));
  const { data, galat } = dariBaris(new Map(LEMBAR.map((l) => [l, r.lembar.get(l) ?? lama.get(l) ?? []])), lama);
  const anggaran = data.get('anggaran.yaml') as typeof ANGGARAN & {
    program: { kegiatan: { subKegiatan?: { indikator?: Record<string, unknown>[] }[] }[] }[];
  };
  return { galat, indikator: anggaran?.program[0].kegiatan[1].subKegiatan?.[1].indikator?.[0] };
}

it('a number typed in a number-or-text column is read as a number, a text stays text', async () => {
  const r = await baca('1.2.2;1;Laporan rapat;laporan;24;1.234,5;Opini WTP');
  expect(r.galat).toEqual([]);
  const baris = r.indikator!;
  expect(baris.targetAwal).toBe(24);
  expect(baris.target).toBe(1234.5);
  expect(baris.realisasi).toBe('Opini WTP');
});

it('a figure that reads two ways is refused with its cell', async () => {
  const r = await baca('1.2.2;1;Laporan rapat;laporan;1.234;30;28');
  expect(r.galat.join('\n')).toMatch(/Anggaran indikator.*E2.*dua cara/);
});

it('a benchmark value ("Nihil" or an indicator value) from a CSV: a whole number is a number too (found by helper uji)', async () => {
  const f = join(dir, 'Pembanding.csv');
  writeFileSync(
    f,
    'Induk;No;jenis;nama;nilai\n1.2.1;1;kecamatan;Kecamatan Karang Tinggi;75\n1.2.1;2;kabupaten;Kabupaten;76,61\n1.2.1;3;spm;SPM;Nihil\n',
  );
  const r = await bacaBuku(f);
  expect(r.galat).toEqual([]);
  // Induk 1.2.1: tujuan 1, sasaran 2, indikator 1.
  const kinerja = { tujuan: [{ nama: 'T', sasaran: [{ nama: 'S1' }, { nama: 'S2', indikator: [{ kode: 'I', nama: 'I' }] }] }] };
  const lama = keBaris(new Map([['kinerja.yaml', kinerja]]));
  const { data } = dariBaris(new Map(LEMBAR.map((l) => [l, r.lembar.get(l) ?? lama.get(l) ?? []])), lama);
  const hasil = data.get('kinerja.yaml') as { tujuan: { sasaran: { indikator: { pembanding: { nilai: unknown }[] }[] }[] }[] };
  expect(hasil.tujuan[0].sasaran[1].indikator[0].pembanding.map((b) => b.nilai)).toEqual([75, 76.61, 'Nihil']);
});

it('"1.342" in a sheet whose quarter columns write comma decimals is 1342, as the guide says (found by helper uji)', async () => {
  const f = join(dir, 'Realisasi.csv');
  writeFileSync(f, 'Kunci;tw1;tw2;tw3\nIKU-1.1;80,12;81,40;83,05\nIKU-1.2;310;295;1.342\n');
  const r = await bacaBuku(f);
  expect(r.galat).toEqual([]);
  const lama = keBaris(new Map());
  const { data } = dariBaris(new Map(LEMBAR.map((l) => [l, r.lembar.get(l) ?? lama.get(l) ?? []])), lama);
  const hasil = data.get('realisasi.yaml') as Record<string, { tw3?: unknown }>;
  expect([hasil['IKU-1.1'].tw3, hasil['IKU-1.2'].tw3]).toEqual([83.05, 1342]);
});
