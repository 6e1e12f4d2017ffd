/**
 * Print quality read back from the real PDFs of every sample report (issue 18): the print lint found
 * nothing, no word lies beyond the printable area (pdftotext -bbox), every font is a bundled one
 * (pdffonts), bookmarks carry the headings' words with their spaces, contents leaders are dots,
 * and the wide Tabel 3.2 of Jatiroto went to a landscape page by itself.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catatanBuild } from '../../scripts/lib/dist-baru.ts';
import { daftarLaporan } from '../../src/data/muat.ts';
import { fonts, halamanTeks } from './pdf.ts';

const ids = daftarLaporan('content');
const pdf = (id: string) => join('dist', id, `${id}.pdf`);
// The build's record (outside dist/): which PDFs were printed, with the lint's findings and layout notes.
const hasil = JSON.parse(readFileSync(catatanBuild(resolve('.'), resolve('dist')), 'utf8')) as {
  laporan: { id: string; masalah: { jenis: string }[]; catatan: { label: string; tindakan: string }[] }[];
};

/** Every word with its box (pt), per page, with the page size. */
function kata(file: string): { w: number; h: number; kata: { t: string; x0: number; x1: number; y0: number; y1: number }[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    w: Number(m[1]),
    h: Number(m[2]),
    kata: [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((k) => ({
      t: k[5],
      x0: Number(k[1]),
      y0: Number(k[2]),
      x1: Number(k[3]),
      y1: Number(k[4]),
    })),
  }));
}

/** Bookmark titles, in order (pdftohtml -xml writes the outline). */
function penanda(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '1', '-l', '1', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [...xml.matchAll(/<item page="\d+">([^<]*)/g)].map((m) => m[1].replace(/&amp;/g, '&').trim());
}

const MM = 72 / 25.4;

describe.each(ids)('print quality: %s', (id) => {
  it('the print lint found no problem', () => {
    const r = hasil.laporan.find((l) => l.id === id);
    expect(r, 'the build record lists the report').toBeDefined();
    expect(r!.masalah).toEqual([]);
  });

  it('no word lies beyond the printable area (20 mm from each side edge, the narrowest margin)', () => {
    const luar: string[] = [];
    for (const [i, p] of kata(pdf(id)).entries()) {
      for (const k of p.kata) {
        if (k.x0 < 20 * MM - 1 || k.x1 > p.w - 20 * MM + 1 || k.y0 < 5 * MM || k.y1 > p.h - 5 * MM)
          luar.push(`halaman ${i + 1}: "${k.t}" (${k.x0.toFixed(0)}–${k.x1.toFixed(0)} pt of ${p.w.toFixed(0)})`);
      }
    }
    expect(luar).toEqual([]);
  });

  it('every font in the PDF is a bundled one (Tinos, Noto Sans Math, Noto Sans Symbols 2), none from the system', () => {
    const nama = fonts(pdf(id)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(nama.length).toBeGreaterThan(0);
    for (const n of nama) expect(n).toMatch(/^(Tinos|NotoSansMath|NotoSansSymbols2)-/);
    for (const f of fonts(pdf(id))) expect(f.embedded).toBe(true);
  });

  it('bookmarks carry the headings’ words and spaces: "BAB I PENDAHULUAN", the cover title with a space at its line break', () => {
    const html = readFileSync(join('dist', id, 'cetak', 'index.html'), 'utf8');
    const bab = [...html.matchAll(/<h2 data-judul-bab="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&').toUpperCase());
    const judul = penanda(pdf(id));
    expect(bab.length).toBeGreaterThan(2);
    for (const b of bab) expect(judul).toContain(b);
    expect(judul.filter((t) => /^BAB [IVX]+[^\sIVX]/.test(t))).toEqual([]);
    const sampul = /<h1>([^]*?)<\/h1>/
      .exec(html)![1]
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(judul[0]).toBe(sampul);
  });

  it('contents lists use dot leaders, not dashes', () => {
    const isi = halamanTeks(pdf(id)).find((p) => /DAFTAR ISI/.test(p) && /BAB I/.test(p))!;
    expect(isi).toMatch(/BAB I[^\n]*\. \. \. \./);
    expect(isi).not.toMatch(/[-–_]{4,}/);
  });
});

describe('wide tables', () => {
  it('Jatiroto Tabel 3.2 (capaian per triwulan) did not fit a portrait page: printed on a landscape page, whole, and the author was told', () => {
    const r = hasil.laporan.find((l) => l.id === 'jatiroto-2024')!;
    expect(r.catatan).toContainEqual(expect.objectContaining({ label: 'Tabel 3.2', tindakan: 'lanskap' }));
    const halaman = kata(pdf('jatiroto-2024'));
    const i = halaman.findIndex(
      (p) =>
        p.kata.some((k, j) => k.t === 'Tabel' && p.kata[j + 1]?.t === '3.2' && p.kata[j + 2]?.t === 'Capaian') &&
        p.kata.some((k) => k.t === 'Predikat'),
    );
    expect(i).toBeGreaterThan(0);
    const p = halaman[i];
    expect(p.w).toBeGreaterThan(p.h);
    const teks = p.kata.map((k) => k.t);
    // Every column head and predikat in full, not "Predik" / "Sangat Tingg".
    for (const t of ['Predikat', 'Capaian', 'Realisasi', 'Target']) expect(teks).toContain(t);
    expect(teks).not.toContain('Predik');
  });
});
