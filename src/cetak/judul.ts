/**
 * Chromium writes PDF bookmarks from the headings' text content, where words in separate block-level
 * spans ("BAB I" above "PENDAHULUAN") or either side of a <br> run together ("BAB IPENDAHULUAN").
 * A space between them collapses on the page and keeps the words apart in the bookmark.
 */
export function spasiJudul(): void {
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const el of [...h.querySelectorAll('*')]) {
      const sebelum = el.previousSibling;
      const perlu = el.nodeName === 'BR' || (sebelum !== null && sebelum.nodeType === Node.ELEMENT_NODE);
      if (perlu && !/\s$/.test(sebelum?.textContent ?? ' ')) el.before(' ');
    }
  }
}
