/** The checker on images, hand-made tables and the logo: each mistake named with file, line, field and reason. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinData, hapusSalinan, ubahTeks } from './salinan.ts';
import { periksaSatu } from '../src/data/periksaSemua.ts';

afterAll(hapusSalinan);

const BAB = 'bab/03-akuntabilitas.mdx';
const berkasBab = 'content/laporan/contoh/bab/03-akuntabilitas.mdx';

function dengan(isi: string, siapkan?: (folder: string) => void) {
  const root = salinData();
  const folder = join(root, 'content/laporan/contoh');
  mkdirSync(join(folder, 'gambar'), { recursive: true });
  cpSync('tests/fixtures/bagian/gambar/peta.jpg', join(folder, 'gambar/peta.jpg'));
  siapkan?.(folder);
  ubahTeks(root, 'contoh', BAB, (t) => `${t}\n${isi}\n`);
  return periksaSatu(root, 'contoh').masalah;
}
const galat = (m: ReturnType<typeof dengan>) => m.filter((x) => x.tingkat === 'galat');

describe('images in chapters', () => {
  it('a complete <Gambar> is accepted', () => {
    expect(galat(dengan('<Gambar label="peta" judul="Peta" src="gambar/peta.jpg" alt="Peta wilayah" sumber="Bappeda" />'))).toEqual([]);
  });
  it.each([
    [
      'missing alt',
      '<Gambar label="peta" judul="Peta" src="gambar/peta.jpg" sumber="x" />',
      'alt',
      /prop alt wajib diisi: uraian isi gambar untuk pembaca yang tidak dapat melihatnya/,
    ],
    ['empty alt', '<Gambar label="peta" judul="Peta" src="gambar/peta.jpg" alt="" sumber="x" />', 'alt', /alt="": tidak boleh kosong/],
    ['missing file', '<Gambar label="peta" judul="Peta" src="gambar/tidak-ada.jpg" alt="a" />', 'src', /tidak ada di folder laporan/],
    [
      'path out of the folder',
      '<Gambar label="peta" judul="Peta" src="../jatiroto-2024/peta.jpg" alt="a" />',
      'src',
      /keluar dari folder laporan/,
    ],
    ['web address', '<Gambar label="peta" judul="Peta" src="https://contoh.go.id/peta.jpg" alt="a" />', 'src', /bukan berkas setempat/],
  ])('%s', (_n, isi, atribut, pesan) => {
    const m = galat(dengan(isi));
    const hit = m.find((x) => x.berkas === berkasBab && x.jalur === `<Gambar ${atribut}>`);
    expect(hit, JSON.stringify(m)).toBeDefined();
    expect(hit!.pesan).toMatch(pesan);
    expect(hit!.baris).toBeGreaterThan(1);
  });
  it('a path written as an expression is refused (chapters run no code)', () => {
    const m = galat(dengan('<Gambar label="peta" judul="Peta" src={peta} alt="a" />'));
    expect(m.find((x) => x.berkas === berkasBab && x.jalur === '(isi bab)')?.pesan).toMatch(/src=\{peta\} bukan nilai tetap/);
  });
  it('a link inside the folder pointing outside it is refused', () => {
    const m = galat(
      dengan('<Gambar label="peta" judul="Peta" src="gambar/luar.png" alt="a" />', (folder) => {
        writeFileSync(join(folder, '..', 'rahasia.png'), readFileSync('tests/fixtures/bagian/logo-contoh.png'));
        symlinkSync(join(folder, '..', 'rahasia.png'), join(folder, 'gambar/luar.png'));
      }),
    );
    expect(m.find((x) => x.jalur === '<Gambar src>')?.pesan).toMatch(/symlink\) ke luar folder laporan/);
  });
  it('an image without a source line is a warning', () => {
    const m = dengan('<Gambar label="peta" judul="Peta" src="gambar/peta.jpg" alt="a" />');
    expect(m.find((x) => x.tingkat === 'peringatan' && x.jalur.includes('sumber'))?.pesan).toMatch(/tanpa sumber/);
  });
});

describe('hand-made tables', () => {
  it('a wrapper without a Markdown table is an error', () => {
    const m = galat(dengan('<Tabel label="t" judul="Isu">\nhanya teks\n</Tabel>'));
    expect(m.find((x) => x.jalur === '<Tabel label="t">')?.pesan).toMatch(/harus sebuah tabel Markdown/);
  });
  it('a table without a caption is an error', () => {
    const m = galat(dengan('<Tabel label="t">\n\n| a | b |\n|---|---|\n| x | y |\n\n</Tabel>'));
    expect(m.find((x) => x.jalur === '<Tabel judul>')?.pesan).toMatch(/judul/);
  });
  it('typed figures are listed as a warning naming the table', () => {
    const m = dengan('<Tabel label="t" judul="Isu">\n\n| No | Isu | Target |\n|---|---|---|\n| 1 | Pelayanan | 87,72% |\n\n</Tabel>');
    expect(m.find((x) => x.tingkat === 'peringatan' && x.jalur === '<Tabel label="t">')?.pesan).toMatch(
      /memuat 1 angka yang diketik.*87,72%/,
    );
  });
  it('two captions with the same number are an error', () => {
    const m = galat(dengan('<Tabel label="t" judul="Isu" nomor="3.1">\n\n| a | b |\n|---|---|\n| x | y |\n\n</Tabel>'));
    expect(m.find((x) => x.jalur === 'label')?.pesan).toMatch(/Tabel 3\.1 dipakai dua kali/);
    expect(
      m.filter((x) => /tanda kutip/.test(x.pesan)),
      'no false quote errors after the clash',
    ).toEqual([]);
  });
  it('a label used twice is one error, not one per other label', () => {
    const m = galat(
      dengan(
        '<Tabel label="t" judul="Isu">\n\n| a | b |\n|---|---|\n| x | y |\n\n</Tabel>\n\n<Tabel label="t" judul="Lagi">\n\n| a | b |\n|---|---|\n| x | y |\n\n</Tabel>',
      ),
    );
    expect(m.map((x) => x.pesan)).toEqual([expect.stringMatching(/label "t" dipakai dua kali/)]);
  });
});

describe('logo', () => {
  it('a logo that is not in the report folder is an error on laporan.yaml logo', () => {
    const root = salinData();
    ubahTeks(root, 'contoh', 'laporan.yaml', (t) => `${t}logo: logo-lumajang.png\n`);
    const m = galat(periksaSatu(root, 'contoh').masalah);
    expect(m.find((x) => x.berkas === 'content/laporan/contoh/laporan.yaml' && x.jalur === 'logo')?.pesan).toMatch(
      /logo-lumajang\.png" tidak ada/,
    );
  });
});
