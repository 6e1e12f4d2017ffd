/**
 * The organisation chart of every sample report, read back from the real PDF and HTML: listed in the
 * Daftar Gambar with the page it is printed on, drawn as vector (no raster image on that page), its
 * text extractable; on the website a nested list of the same structure.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { halamanTeks, labelHalaman, gambarHalaman } from './pdf.ts';
import { readFileSync } from 'node:fs';

const htmlBab = (id: string, bab: string) => readFileSync(join('dist', id, bab, 'index.html'), 'utf8');

const DIST = join(process.cwd(), 'dist');
const KASUS = [
  {
    id: 'candipuro-2023-tw2',
    bab: 'bab-1',
    judul: 'Bagan Organisasi Kecamatan Candipuro',
    jabatan: ['PELAYANAN', 'KEPALA DESA', 'NIP. 19660228 199203 1 012'],
  },
  {
    id: 'jatiroto-2024',
    bab: 'bab-1',
    judul: 'Struktur Organisasi Kecamatan Jatiroto',
    jabatan: ['SEKRETARIS', 'PEMERINTAHAN', 'KUTUM HADI KASIYAN', 'NIP. 19680407 198903 1 006'],
  },
  {
    id: 'kedungkandang-2022',
    bab: 'bab-1',
    judul: 'Bagan Susunan Organisasi Kecamatan Kedungkandang',
    jabatan: ['KELOMPOK', 'LURAH', 'SEKRETARIS KELURAHAN'],
  },
];

describe.each(KASUS)('organisation chart of $id', ({ id, bab, judul, jabatan }) => {
  const pdf = join(DIST, id, `${id}.pdf`);
  const pages = halamanTeks(pdf);
  const awalIsi = pages.findIndex((p) => /BAB I\s*\n\s*PENDAHULUAN/.test(p));

  it('is listed in the Daftar Gambar with the page it is printed on, drawn as vector with extractable text', () => {
    const daftar = pages.find((p) => /^\s*DAFTAR GAMBAR\s*$/m.test(p) && p.includes(judul))!;
    expect(daftar, 'Daftar Gambar').toBeDefined();
    const baris = daftar.split('\n').find((l) => l.includes(judul))!;
    const m = /^\s*(Gambar \d+)\s.*?\s{2,}(\d+)\s*$/.exec(baris)!;
    expect(m, baris).not.toBeNull();
    const [, nomor, halaman] = m;
    const at = pages.findIndex((p, i) => i >= awalIsi && new RegExp(`^\\s*${nomor}\\s*$`, 'm').test(p) && p.includes(judul));
    expect(at, `${nomor} di badan laporan`).toBeGreaterThan(0);
    expect(labelHalaman(pages[at])).toBe(halaman);
    // Vector: no raster image on that page; its boxes are text.
    expect(gambarHalaman(pdf, at + 1)).toEqual([]);
    const datar = pages[at].replace(/\s+/g, ' ');
    for (const j of jabatan) expect(datar).toContain(j);
    expect(datar).toContain('Sumber: Peraturan');
  });

  it('on the website: an SVG with the structure also as a nested list', () => {
    const html = htmlBab(id, bab);
    const fig = /<figure id="bagan-organisasi"[^]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(fig).toContain('<svg');
    expect(fig).toMatch(/<details class="daftar-struktur"[^]*<ul>[^]*<li>[^]*<strong>Camat<\/strong>[^]*<ul>[^]*<li>/);
    expect(fig).toContain('role="img"');
  });
});
