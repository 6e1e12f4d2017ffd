/**
 * Keeps a table's caption and header with its first row: when the page would end after the header
 * (caption and column heads at the page foot, rows on the next page), the whole table, and a heading
 * right before it, move to the next page. Paged.js ignores `break-after: avoid` on thead, so the
 * overflow point is moved before the table instead (onOverflow hook, before the break token is made).
 * Likewise a source line (p.sumber) never starts a page alone: it moves with the short table or
 * figure it belongs to; and a figure is never split (Paged.js splits one that crosses the page foot
 * despite break-inside: avoid): it moves to the next page, except a chart too long for one page
 * (figure.bersambung, src/cetak/tinggi.ts), which moves only when its image would not fit below.
 */
type HandlerClass = new (...args: never[]) => object;

const JUDUL = /^H[1-6]$/;

export function JagaAwalTabel(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    onOverflow(overflow: Range | undefined, rendered: HTMLElement): Range | undefined {
      if (!overflow) return undefined;
      const c = overflow.startContainer;
      const awal = c.nodeType === Node.ELEMENT_NODE ? ((c.childNodes[overflow.startOffset] as Node | undefined) ?? c) : c.parentNode;
      const el = awal instanceof HTMLElement ? awal : awal?.parentElement;
      const sumber = el?.closest('p.sumber');
      const pemilik = sumber?.previousElementSibling;
      if (sumber && pemilik && (pemilik.matches('table.utuh') || pemilik.matches('figure'))) return pindahkan(pemilik, overflow, rendered);
      // A figure moves whole; one too long for a page (.bersambung) only when its image would not fit.
      const gambar = el?.closest('figure');
      if (
        el &&
        gambar &&
        rendered.contains(gambar) &&
        !gambar.hasAttribute('data-split-from') &&
        (!gambar.classList.contains('bersambung') || el === gambar || el.closest('figcaption, .kanvas'))
      )
        return pindahkan(gambar, overflow, rendered);
      const tabel = el?.closest('table');
      if (!el || !tabel || !rendered.contains(tabel) || tabel.querySelector(':scope > thead.kepala-ulang')) return undefined;
      // Stranded when no body row of this table is above the overflow point.
      const barisPertama = tabel.querySelector(':scope > tbody > tr');
      const terdampar =
        !barisPertama ||
        barisPertama === el ||
        barisPertama.contains(el) ||
        el.contains(barisPertama) ||
        el === tabel ||
        el.closest('thead, caption') !== null;
      if (!terdampar) return undefined;
      return pindahkan(tabel, overflow, rendered);
    }
  };
}

/** The overflow range starting before `el` (and the headings right above it), unless that would leave the page empty. */
function pindahkan(el: Element, overflow: Range, rendered: HTMLElement): Range | undefined {
  let mulai = el;
  while (mulai.previousElementSibling && JUDUL.test(mulai.previousElementSibling.nodeName)) mulai = mulai.previousElementSibling;
  if (!adaIsiSebelum(mulai, rendered)) return undefined;
  const r = document.createRange();
  r.setStartBefore(mulai);
  r.setEnd(overflow.endContainer, overflow.endOffset);
  return r;
}

function adaIsiSebelum(el: Element, batas: HTMLElement): boolean {
  for (let n: Element | null = el; n && n !== batas; n = n.parentElement) {
    for (let s = n.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === Node.ELEMENT_NODE || (s.textContent ?? '').trim()) return true;
    }
  }
  return false;
}
