/**
 * Paged.js 0.4.3 keeps a ResizeObserver on every laid-out page, to lay the page out again if its
 * content changes size later (an image arriving, a font swap). Our document is complete before
 * pagination (fonts loaded, charts already images), so the observers can only react to our own
 * changes after pagination (page numbers, landscape page sizes) or to frame timing: their callback
 * runs in an animation frame and may re-measure a finished page, cut content off it
 * (findBreakToken with extract) or restart pagination from it. Each page's observer is disconnected
 * as soon as the page is laid out, so pagination depends on the document only, not on frame timing. `?paged-asli` or `?paged-asli=pengamat` in the print page's URL keeps them (before/after benchmarks).
 * Measured (npm run bench:profil, BENCHMARKS.md): no measurable CPU change either way.
 */
type HandlerClass = new (...args: never[]) => object;

/**
 * `?paged-asli` in the print page's URL: Paged.js 0.4.3 as it is, without our changes to how it
 * works (for before/after benchmarks); `?paged-asli=pengamat` or `=ukur` (comma-separated) leaves
 * out only that one: the page observers kept, or src/cetak/ukur-bertahap.ts not installed.
 */
export function pagedAsli(bagian: 'pengamat' | 'ukur'): boolean {
  const nilai = new URLSearchParams(location.search).get('paged-asli');
  return nilai !== null && (nilai === '' || nilai.split(',').includes(bagian));
}

export function LepasPengamat(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    afterPageLayout(_el: HTMLElement, page: { removeListeners?: () => void }) {
      if (!pagedAsli('pengamat')) page.removeListeners?.();
    }
  };
}
