/**
 * What is taller than a page is made to fit before pagination, never cut: a table meant to stay on
 * one page (.utuh) that is taller than the page area may continue on the next (its header repeats:
 * ulangi-kepala-tabel.ts), and a chart drawn taller than the page (many categories) is scaled down
 * whole (the image keeps its proportions) so that caption, image, legend and notes fit the page
 * area, down to half the area's height for the image. A figure whose legend and text description
 * are still too long for one page (a dozen long indicator names) is marked .bersambung: caption,
 * image and legend stay together, the description continues on the next page.
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
  } finally {
    root.classList.remove('mengukur');
  }
}
