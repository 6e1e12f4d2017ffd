/**
 * Page layout rules that hold for every sample report, read from the real PDF: a table starts on
 * the page that also holds its first row (caption and header never stranded at a page foot), and
 * no page holds nothing but a running header and a stray line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { halamanTeks, tintaGambar } from './pdf.ts';

const LAPORAN = ['candipuro-2023-tw2', 'jatiroto-2024', 'kedungkandang-2022'];
const rapat = (s: string) => s.replace(/\s+/g, '');
/** Contents pages list every caption; they are not where tables are. */
const DAFTAR = /DAFTAR (ISI|TABEL|GAMBAR)/;

/** Caption number and the text of the first body row's first cell of every numbered table of the print page. */
function tabel(id: string): { nomor: string; baris: string }[] {
  const html = readFileSync(`dist/${id}/cetak/index.html`, 'utf8');
  const out: { nomor: string; baris: string }[] = [];
  for (const m of html.matchAll(/<table[^>]*>([^]*?)<\/table>/g)) {
    const nomor = /<caption[^>]*data-nomor="([^"]+)"/.exec(m[1])?.[1];
    const sel = /<tbody[^>]*>\s*<tr[^>]*>\s*<t[hd][^>]*>([^]*?)<\/t[hd]>/.exec(m[1])?.[1];
    const baris = sel
      ?.replace(/<[^>]+>/g, '')
      .replace(/&[a-z]+;/g, ' ')
      .trim();
    // First word only: pdftotext -layout interleaves the lines of neighbouring multi-line cells.
    if (nomor && baris) out.push({ nomor, baris: baris.split(/\s+/)[0] });
  }
  return out;
}

describe.each(LAPORAN)('%s PDF layout', (id) => {
  const pages = halamanTeks(`dist/${id}/${id}.pdf`);

  it('every table begins on the page that holds its first row', () => {
    const t = tabel(id);
    expect(t.length).toBeGreaterThan(3);
    for (const { nomor, baris } of t) {
      const pola = new RegExp(`^\\s*${nomor.replace('.', '\\.')}\\b`, 'm');
      const i = pages.findIndex((p) => !DAFTAR.test(p) && pola.test(p));
      expect(i, `${nomor} not found`).toBeGreaterThanOrEqual(0);
      expect(rapat(pages[i]), `${id}: ${nomor} starts on page ${i + 1} without its first row "${baris}"`).toContain(rapat(baris));
    }
  });

  it('every chart page holds a chart image with real ink (not a blank or near-blank canvas)', () => {
    // Charts only: the organisation chart is vector, without an image (tests/built/bagan.test.ts).
    const grafik = new Set(
      [...readFileSync(`dist/${id}/cetak/index.html`, 'utf8').matchAll(/<figure[^>]*class="grafik"[^>]*data-nomor="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    const halamanGambar = pages.flatMap((p, i) =>
      !DAFTAR.test(p) && [...p.matchAll(/^\s*(Gambar \d+)\s*$/gm)].some((m) => grafik.has(m[1])) ? [i + 1] : [],
    );
    expect(halamanGambar.length).toBeGreaterThan(0);
    for (const n of halamanGambar) {
      const g = tintaGambar(`dist/${id}/${id}.pdf`, n);
      expect(g.length, `${id} page ${n}: no image`).toBeGreaterThan(0);
      const terbaik = g.reduce((a, b) => (b.data > a.data ? b : a));
      // A lost canvas prints as a blank (transparent or white) image: no ink, no colour. A drawn chart,
      // even a thin line chart, inks more than 1% of its area and shows its series in colour.
      expect(terbaik.tinta, `${id} page ${n}: blank chart`).toBeGreaterThan(0.01);
      expect(terbaik.data, `${id} page ${n}: no coloured series`).toBeGreaterThan(0.0001);
      expect(terbaik.warna, `${id} page ${n}`).toBeGreaterThan(8);
    }
  });

  it('no page holds only a running header and a stray line', () => {
    pages.forEach((p, i) => {
      if (DAFTAR.test(p)) return;
      const lines = p.split('\n').filter((l) => l.trim());
      expect(lines.length, `${id} page ${i + 1}: ${lines.join(' | ')}`).toBeGreaterThan(3);
    });
  });
});
