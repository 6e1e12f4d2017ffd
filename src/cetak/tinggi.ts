/**
 * What is taller than a page is made to fit before pagination, never cut: a table meant to stay on
 * one page (.utuh) that is taller than the page area may continue on the next (its header repeats:
 * ulangi-kepala-tabel.ts), and a chart drawn taller than the page (many categories) is scaled down
 * whole (the image keeps its proportions) so that caption, image, legend and notes fit the page
 * area, down to half the area's height for the image. A figure whose legend and text description
 * are still too long for one page (a dozen long indicator names) is marked .bersambung: caption,
 * image and legend stay together, the description continues on the next page.
 * An organisation chart (vector) taller than its page, with the heading that moves with it, is scaled down whole.
 * Runs after tataTabelLebar, which decides which tables go to landscape pages (a lower page area).
 */
import { ukuranPx } from './lebar-tabel.ts';

export function tataTinggi(): void {
  const root = document.documentElement;
  root.classList.add('mengukur');
  try {
    const gaya = getComputedStyle(root);
    const tegak = ukuranPx(gaya.getPropertyValue('--tinggi-isi').trim() || '250mm', document.body);
    const lanskap = ukuranPx(gaya.getPropertyValue('--tinggi-isi-lanskap').trim() || '163mm', document.body);
    const batas = (el: Element) => (el.closest('.lanskap') ? lanskap : tegak);
    for (const tabel of document.querySelectorAll<HTMLElement>('section.bab table.utuh')) {
      if (tabel.getBoundingClientRect().height > batas(tabel)) tabel.classList.remove('utuh');
    }
    for (const gambar of document.querySelectorAll<HTMLElement>('figure.grafik')) {
      const tersedia = batas(gambar) * 0.98;
      const lebih = gambar.getBoundingClientRect().height - tersedia;
      const kanvas = gambar.querySelector<HTMLElement>('.kanvas');
      const img = kanvas?.querySelector<HTMLImageElement>('img.grafik-cetak');
      if (lebih <= 0 || !kanvas || !img) continue;
      const tinggi = kanvas.getBoundingClientRect().height;
      const baru = Math.min(tinggi, Math.max(tinggi - lebih, tersedia / 2));
      for (const el of [kanvas, img]) el.style.height = `${baru}px`;
      if (gambar.getBoundingClientRect().height > tersedia) gambar.classList.add('bersambung');
    }
    for (const bagan of document.querySelectorAll<HTMLElement>('figure.bagan')) pasBagan(bagan, batas(bagan) * 0.98);
  } finally {
    root.classList.remove('mengukur');
  }
}

/**
 * An organisation chart is one unbreakable block: caption, SVG, source line, and the heading kept with it (on a
 * landscape page the heading was moved into the .lanskap block, see bawaJudul). When that block is taller than the
 * page area, the SVG (vector, keeps its proportions) is scaled down by the excess, to half its height at most;
 * before, a tall chart went past the page and the print lint stopped the build (found by a new-user run).
 */
function pasBagan(bagan: HTMLElement, tersedia: number): void {
  const svg = bagan.querySelector<SVGSVGElement>('svg.bagan-svg');
  if (!svg) return;
  const blok = bagan.parentElement?.classList.contains('lanskap') ? bagan.parentElement : bagan;
  const lebih = tinggiDenganMargin(blok) - tersedia;
  if (lebih <= 0) return;
  const { height, width } = svg.getBoundingClientRect();
  const baru = Math.max(height - lebih, height / 2);
  svg.style.height = `${baru}px`;
  svg.style.width = `${(width * baru) / height}px`;
}

/** Height of a block's content from its first child's top margin to its last child's bottom margin (margins collapse through the block). */
function tinggiDenganMargin(blok: HTMLElement): number {
  const awal = blok.firstElementChild;
  const akhir = blok.lastElementChild;
  if (!awal || !akhir) return blok.getBoundingClientRect().height;
  const margin = (el: Element, sisi: 'marginTop' | 'marginBottom') => parseFloat(getComputedStyle(el)[sisi]) || 0;
  return (
    akhir.getBoundingClientRect().bottom + margin(akhir, 'marginBottom') - (awal.getBoundingClientRect().top - margin(awal, 'marginTop'))
  );
}
