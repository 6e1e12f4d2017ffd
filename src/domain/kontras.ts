/**
 * Contrast of a band colour (content/skala/: pita[].warna). A predikat badge draws its band colour as a border
 * around dark text on the page, so the colour must stand out from the backgrounds a badge sits on: WCAG 2.2
 * SC 1.4.11 (non-text contrast) asks 3:1. The backgrounds are those of src/styles/web.css (page and table cells,
 * and the grey of header cells); tests/domain/kontras.test.ts reads the stylesheet to keep them in step.
 */

/** Backgrounds a badge is drawn on: --latar (page, table cells) and table header cells. */
export const LATAR_LENCANA = ['#ffffff', '#eef1f5'] as const;
/** WCAG 2.2 SC 1.4.11: non-text contrast. */
export const KONTRAS_MINIMAL = 3;

/** Relative luminance of a #rrggbb colour (WCAG 2.2). */
export function luminans(hex: string): number {
  const kanal = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = kanal.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two #rrggbb colours, 1 … 21. */
export function rasioKontras(a: string, b: string): number {
  const [terang, gelap] = [luminans(a), luminans(b)].sort((x, y) => y - x);
  return (terang + 0.05) / (gelap + 0.05);
}

/** The lowest contrast of a band colour against the badge backgrounds, and the background it is measured on. */
export function kontrasLencana(warna: string): { rasio: number; latar: string } {
  return LATAR_LENCANA.map((latar) => ({ rasio: rasioKontras(warna, latar), latar })).sort((x, y) => x.rasio - y.rasio)[0];
}
