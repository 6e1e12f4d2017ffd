/**
 * Repeats a table's header row (and its caption, marked "(lanjutan)") on every page the table
 * continues to. Done while the continued fragment is rendered (renderNode), before Paged.js measures
 * overflow, so the repeated header never pushes rows past the page foot (Paged.js issue 112).
 */
type HandlerClass = new (...args: never[]) => object;

export function UlangiKepalaTabel(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    renderNode(clone: Node, node: Node) {
      if (!(clone instanceof HTMLElement) || clone.nodeName !== 'TR') return;
      const tabel = clone.closest('table');
      const asal = (node as HTMLElement).closest('table');
      if (!tabel || !asal || tabel.querySelector(':scope > thead')) return;
      const thead = asal.querySelector(':scope > thead');
      if (!thead || (node as HTMLElement).parentElement === thead) return;
      const salinan = thead.cloneNode(true) as HTMLElement;
      for (const el of [salinan, ...salinan.querySelectorAll<HTMLElement>('[data-ref]')]) el.removeAttribute('data-ref');
      salinan.classList.add('kepala-ulang');
      tabel.insertBefore(salinan, tabel.firstChild);
      const caption = asal.querySelector(':scope > caption');
      if (caption) {
        const c = caption.cloneNode(true) as HTMLElement;
        for (const el of [c, ...c.querySelectorAll<HTMLElement>('[data-ref]')]) el.removeAttribute('data-ref');
        c.removeAttribute('data-nomor');
        c.classList.add('lanjutan');
        c.append(' (lanjutan)');
        tabel.insertBefore(c, tabel.firstChild);
      }
    }
  };
}
