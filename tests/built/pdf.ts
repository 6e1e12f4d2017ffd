/** Reading a real PDF with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages). */
import { execFileSync } from 'node:child_process';

export function halamanTeks(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

export function info(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
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
  const lines = teks.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? '';
}
