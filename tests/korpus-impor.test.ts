/**
 * The hostile-input suite for `npm run impor` (issue 21.8, kind "impor"): files an author may hand the import by
 * mistake or that Excel may write (a CSV in Windows-1252 or UTF-16, a damaged workbook, random bytes). Each is
 * refused with the file (and the line, when there is one), in Indonesian, without the library's English text and
 * without echoing the file's bytes; nothing is read from it. The import writes only after a clean read
 * (scripts/impor.ts), so a refused read leaves content/ untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bacaBuku } from '../scripts/lib/lembar/baca.ts';

const dir = mkdtempSync(join(tmpdir(), 'lkjip-impor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that look random but are the same on every run. */
const acak = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256));

export const KASUS_IMPOR: { nama: string; berkas: string; isi: Buffer | 'folder'; pesan: RegExp; baris?: number }[] = [
  {
    nama: 'a text file named .xlsx',
    berkas: 'laporan.xlsx',
    isi: Buffer.from('bukan buku kerja'),
    pesan: /tidak dapat dibaca sebagai berkas Excel/,
  },
  { nama: 'an empty .xlsx', berkas: 'kosong.xlsx', isi: Buffer.alloc(0), pesan: /tidak dapat dibaca sebagai berkas Excel/ },
  { nama: 'random bytes named .xlsx', berkas: 'acak.xlsx', isi: acak(4096), pesan: /tidak dapat dibaca sebagai berkas Excel/ },
  {
    nama: 'a zip header with nothing behind it',
    berkas: 'terpotong.xlsx',
    isi: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]),
    pesan: /tidak dapat dibaca sebagai berkas Excel/,
  },
  { nama: 'an old .xls workbook', berkas: 'lama.xls', isi: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), pesan: /hanya berkas \.xlsx atau \.csv/ },
  {
    nama: 'a CSV with an unknown name',
    berkas: 'data.csv',
    isi: Buffer.from('a,b\n1,2\n'),
    pesan: /nama berkas CSV harus salah satu dari/,
  },
  { nama: 'a CSV saved as Windows-1252', berkas: 'anggaran.csv', isi: Buffer.from('Nama\nCaf\xe9\n', 'latin1'), pesan: /UTF-8/, baris: 2 },
  {
    nama: 'a CSV saved as UTF-16',
    berkas: 'sarana.csv',
    isi: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nama\nMobil\n', 'utf16le')]),
    pesan: /UTF-8/,
    baris: 1,
  },
  { nama: 'random bytes named .csv', berkas: 'sdm.csv', isi: acak(3000), pesan: /UTF-8|CSV/ },
  {
    nama: 'a CSV with an unclosed quote',
    berkas: 'indikator.csv',
    isi: Buffer.from('Kode indikator,Indikator\nIKU-1,"Persentase\nIKU-2,x\n'),
    pesan: /bukan CSV yang utuh/,
  },
  {
    nama: 'a CSV with a quote in the middle of a cell',
    berkas: 'anggaran.csv',
    isi: Buffer.from('Nama,Pagu\nab"c"d,1\n'),
    pesan: /bukan CSV yang utuh/,
    baris: 2,
  },
  { nama: 'a CSV with a control character', berkas: 'sarana.csv', isi: Buffer.from('Nama\nMobil\x1b[31m\n'), pesan: /U\+001B/, baris: 2 },
  {
    nama: 'a CSV with a right-to-left override',
    berkas: 'sarana.csv',
    isi: Buffer.from('Nama\nMobil \u202e001\n'),
    pesan: /U\+202E/,
    baris: 2,
  },
  { nama: 'a folder named like a CSV', berkas: 'sdm.csv', isi: 'folder', pesan: /tidak ditemukan atau tidak dapat dibaca/ },
];

describe('hostile files handed to the import: refused by name, in Indonesian', () => {
  it.each(KASUS_IMPOR.map((k, i) => ({ ...k, i })))('$nama', async (k) => {
    const sub = join(dir, String(k.i));
    mkdirSync(sub, { recursive: true });
    const p = join(sub, k.berkas);
    if (k.isi === 'folder') mkdirSync(p);
    else writeFileSync(p, k.isi);
    const r = await bacaBuku(p);
    expect(r.lembar.size, 'nothing may be read from a refused file').toBe(0);
    const g = r.galat.join('\n');
    expect(g).toMatch(new RegExp(`^${k.berkas.replace('.', '\\.')}`));
    expect(g).toMatch(k.pesan);
    if (k.baris) expect(g).toContain(`baris ${k.baris}`);
    expect(g).not.toMatch(/Doesn't|Invalid|Error|Unexpected|undefined|\uFFFD|[\u0000-\u0008\u000e-\u001f\u202e]/);
  });
});
