/**
 * Chromium names a PDF bookmark after the heading's laid-out text, where words in separate block
 * spans ("BAB I" above "PENDAHULUAN") or either side of a <br> run together ("BAB IPENDAHULUAN"),
 * and an ordinary space at a line's end is dropped with the line break. A no-break space there is
 * kept: the bookmark reads "BAB I PENDAHULUAN"; on the page it is an invisible space at a line end.
 */
const SPASI = '\u00a0';

export function spasiJudul(): void {
  for (const h of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
    for (const el of [...h.querySelectorAll<HTMLElement>('*')]) {
      if (el.nodeName === 'BR') {
        if (!/\s$/.test(el.previousSibling?.textContent ?? ' ')) el.before(SPASI);
      } else if (getComputedStyle(el).display === 'block' && el.nextSibling && !/\s$/.test(el.textContent ?? ' ')) {
        el.append(SPASI);
      }
    }
  }
}
