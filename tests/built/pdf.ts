/** Reading a real PDF with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function halamanTeks(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

export function info(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

export function fonts(pdf: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** Images on one page (1-based): width and height in pixels, and resolution in dpi. */
export function gambarHalaman(pdf: string, page: number): { width: number; height: number; xppi: number }[] {
  const out = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c[2] === 'image')
    .map((c) => ({ width: Number(c[3]), height: Number(c[4]), xppi: Number(c[12]) }));
}

/** The page label printed in the footer: the last non-empty line of the page text. */
export function labelHalaman(teks: string): string {
  const lines = teks
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? '';
}

/** Decodes a binary PPM (P6) or PGM (P5) file as written by pdfimages. */
function bacaPnm(file: string): { w: number; h: number; kanal: number; data: Buffer } {
  const buf = readFileSync(file);
  const head = buf.subarray(0, 64).toString('latin1').split(/\s+/);
  const [w, h] = [Number(head[1]), Number(head[2])];
  const kanal = head[0] === 'P6' ? 3 : 1;
  return { w, h, kanal, data: buf.subarray(buf.length - w * h * kanal) };
}

/**
 * The images embedded on one page, decoded (pdfimages writes PPM, and a PGM for each soft mask, the
 * alpha channel, right after its image), summarised by how much of each is ink: the share of pixels
 * that are visible (alpha) and not near-white, the share drawn in colour (the data series), and the
 * number of distinct colours.
 */
export function tintaGambar(pdf: string, page: number): { width: number; height: number; tinta: number; data: number; warna: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-img-'));
  try {
    const jenis = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/)[2]);
    execFileSync('pdfimages', ['-f', String(page), '-l', String(page), pdf, join(dir, 'g')]);
    const berkas = readdirSync(dir).sort();
    const out: { width: number; height: number; tinta: number; data: number; warna: number }[] = [];
    berkas.forEach((f, i) => {
      if (jenis[i] !== 'image') return;
      const g = bacaPnm(join(dir, f));
      const alpha = jenis[i + 1] === 'smask' ? bacaPnm(join(dir, berkas[i + 1])) : undefined;
      let tinta = 0;
      let data = 0;
      const warna = new Set<number>();
      for (let p = 0; p < g.w * g.h; p++) {
        const j = p * g.kanal;
        const rgb = g.kanal === 3 ? [g.data[j], g.data[j + 1], g.data[j + 2]] : [g.data[j], g.data[j], g.data[j]];
        // pdfimages may write the soft mask as PPM (three equal channels): read its first channel.
        if (alpha && alpha.data[p * alpha.kanal] < 32) continue;
        if (Math.min(...rgb) < 235) tinta++;
        // Series are drawn in colour; axes, grid and labels in greys.
        if (Math.max(...rgb) - Math.min(...rgb) > 60) data++;
        if (warna.size < 1000) warna.add((rgb[0] << 16) | (rgb[1] << 8) | rgb[2]);
      }
      out.push({ width: g.w, height: g.h, tinta: tinta / (g.w * g.h), data: data / (g.w * g.h), warna: warna.size });
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
