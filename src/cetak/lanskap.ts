/**
 * Landscape pages in the PDF. Paged.js lays out a named page ("isi-lanskap", see cetak.css) in its
 * own box size, but writes one @page size for the whole document, so Chromium would print that box
 * on a portrait sheet. After pagination each landscape page gets its own named @page with the box's
 * real size, which Chromium honours per page (page.pdf with preferCSSPageSize).
 */
export function tandaiHalamanLanskap(): number {
  const halaman = [...document.querySelectorAll<HTMLElement>('.pagedjs_isi-lanskap_page')];
  if (!halaman.length) return 0;
  // The page box has the named page's size; the sheet around it still has the document's.
  const { width, height } = halaman[0].querySelector('.pagedjs_pagebox')!.getBoundingClientRect();
  const ukuran = ['', '-left', '-right'].map((s) => `--pagedjs-width${s}: ${width}px; --pagedjs-height${s}: ${height}px;`).join(' ');
  const style = document.createElement('style');
  style.textContent = `@page lkjip-lanskap { size: ${width}px ${height}px; margin: 0; } .pagedjs_isi-lanskap_page { page: lkjip-lanskap; ${ukuran} }`;
  document.head.append(style);
  return halaman.length;
}
