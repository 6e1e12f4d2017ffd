/**
 * A cell joined to the one above (class "sambungan": the same name repeated for each kelurahan, a line's further
 * indicator rows) has its text hidden, so the run reads as one merged cell. When such a row is the first body row
 * of a continued page, the cell it joins is on the previous page: there the text is shown again, so no page starts
 * with a blank name. Done while the cell is rendered (renderNode), before Paged.js measures overflow.
 */
type HandlerClass = new (...args: never[]) => object;

/** Whether this row is the first body row of its table on this page (nothing rendered before it in the fragment). */
function barisTeratas(tr: Element): boolean {
  if (tr.previousElementSibling) return false;
  const tbody = tr.parentElement;
  if (!tbody || tbody.nodeName !== 'TBODY') return false;
  for (let t = tbody.previousElementSibling; t; t = t.previousElementSibling)
    if (t.nodeName === 'TBODY' && t.querySelector('tr')) return false;
  return true;
}

export function UlangiSambungan(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    renderNode(clone: Node) {
      if (!(clone instanceof HTMLElement) || !clone.classList.contains('sambungan')) return;
      const tr = clone.parentElement;
      if (!tr || tr.nodeName !== 'TR' || !barisTeratas(tr)) return;
      clone.classList.remove('sambungan');
      clone.classList.add('sambungan-ulang');
    }
  };
}
