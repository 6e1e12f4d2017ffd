/**
 * Page numbers, written by us after pagination instead of CSS page counters: Paged.js does not
 * honour `counter-reset: page` after the first page it applies to (Paged.js issues 270, 300).
 * Front matter (named page "depan", with the cover) counts i, ii, ...; the body ("isi") counts
 * 1, 2, ... from BAB I. The footer margin box shows var(--nomor-halaman) (see cetak.css), and the
 * Daftar Isi/Tabel/Gambar entries get the number of the page their target is on.
 */
import { romawi } from '../domain/tampilan/format.ts';

type HandlerClass = new (...args: never[]) => object;

export function NomorHalaman(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    afterRendered(pages: { element: HTMLElement }[]) {
      let depan = 0;
      let isi = 0;
      for (const { element } of pages) {
        const body = element.classList.contains('pagedjs_isi_page') || element.classList.contains('pagedjs_isi-lanskap_page');
        const label = body ? String(++isi) : romawi(++depan).toLowerCase();
        element.dataset.nomorHalaman = label;
        element.style.setProperty('--nomor-halaman', `"${label}"`);
      }
      for (const span of document.querySelectorAll<HTMLElement>('.daftar a[href^="#"] .halaman')) {
        const id = decodeURIComponent(span.closest('a')!.getAttribute('href')!.slice(1));
        const target = document.getElementById(id);
        span.textContent = target?.closest<HTMLElement>('.pagedjs_page')?.dataset.nomorHalaman ?? '?';
      }
    }
  };
}
