/**
 * Fewer forced layouts per page: a runtime override, per page, of two methods of Paged.js 0.4.3's
 * `Layout` (node_modules/pagedjs/src/chunker/layout.js, not edited; installed from the `onPageLayout`
 * hook, which `renderTo` calls before it appends anything). `renderTo` itself is unchanged.
 *
 * What 0.4.3 does: `renderTo` appends the source nodes one by one and, once the page holds as many
 * characters as the last pages did on average (`maxChars`), calls `findBreakToken` after EVERY node
 * until it finds a break. Each call starts with `hasOverflow` (getBoundingClientRect and
 * scrollWidth/Height of the page area: a forced layout of what was just appended). A table row is
 * some 17 nodes (row, cells, their text), so a page of a long table costs hundreds of layouts of the
 * whole table: 27-46 % of the print page's CPU (BENCHMARKS.md).
 *
 * What changes (`append` and `findBreakToken` of that page's Layout): past `maxChars` the first check
 * is where 0.4.3 makes it, then the nodes are appended in batches of 8, 16, 32, then 64, each node's
 * changes to the page recorded (MutationObserver records, `indexOfRefs`, the page's class names), and
 * `renderTo` is let to check only at a batch's end (by setting `maxChars`), with 0.4.3's own check
 * (`findBreakToken` removing nothing). No break there: none in the batch either, so each check skipped
 * would have found none. A break: bisection (undoing and redoing the recorded changes) finds the
 * first state of the batch with one, and on that very state Paged.js's own `findBreakToken` runs: the
 * same DOM, so the same break token and the same removal as 0.4.3. Assumed: a state with a break is
 * not followed by one without when more is appended (content that overflows does not fit again: block
 * flow and our tables only grow; and Paged.js's break point, the first node past the page's end,
 * does not move). Overflow without a break (0.4.3 finds none while a row is half appended) is a state
 * without a break like any other.
 *
 * The checks skipped have no side effects as long as nothing is registered on the `layout`,
 * `layoutNode` or `onBreakToken` hooks and the document has no footnotes (Paged.js's footnote handler
 * measures in `renderNode`); otherwise, and with `?paged-asli` or `?paged-asli=ukur` in the print
 * page's URL (before/after benchmarks), 0.4.3 runs as it is. Checked: the samples, the stress reports
 * and long synthetic reports print with the same pages (pdftotext per page, before and after).
 */
import { pagedAsli } from './lepas-pengamat.ts';

type HandlerClass = new (...args: never[]) => object;

interface LayoutPaged {
  maxChars: number;
  forceRenderBreak: boolean;
  element: HTMLElement;
  hooks: Record<string, { hooks: unknown[] }>;
  append(node: Node, dest: HTMLElement, breakToken: unknown, shallow?: boolean, rebuild?: boolean): Node;
  hasOverflow(element: HTMLElement, bounds: DOMRect): boolean;
  bounds: DOMRect;
  findBreakToken(rendered: HTMLElement, source: ParentNode, bounds?: DOMRect, prevBreakToken?: unknown, extract?: boolean): unknown;
}

type Halaman = HTMLElement & { indexOfRefs?: Record<string, Node> };

/** One appended node's changes to the page: mutation records with the values after each, refs, page classes. */
interface Kelompok {
  catatan: { r: MutationRecord; sesudah: string | null }[];
  ref?: { kunci: string; sebelum?: Node; sesudah?: Node };
  kelasSebelum: string;
  kelasSesudah: string;
}

/** Nodes per check past maxChars: the first check where 0.4.3 makes it, then growing batches. */
const UKURAN_KELOMPOK = [1, 8, 16, 32, 64];

/** Puts back the state before a group: its records undone in reverse order. */
function batalkan(k: Kelompok, wrapper: Halaman, halaman: Element): void {
  for (let i = k.catatan.length - 1; i >= 0; i--) {
    const { r } = k.catatan[i];
    if (r.type === 'childList') {
      for (const n of r.addedNodes) n.parentNode?.removeChild(n);
      for (const n of r.removedNodes) r.target.insertBefore(n, r.nextSibling);
    } else if (r.type === 'attributes') setel(r.target as Element, r.attributeName!, r.oldValue);
    else (r.target as CharacterData).data = r.oldValue ?? '';
  }
  if (k.ref) aturRef(wrapper, k.ref.kunci, k.ref.sebelum);
  halaman.className = k.kelasSebelum;
}

/** Applies a group again, records in order, from the state before it. */
function ulangi(k: Kelompok, wrapper: Halaman, halaman: Element): void {
  for (const { r, sesudah } of k.catatan) {
    if (r.type === 'childList') {
      for (const n of r.removedNodes) n.parentNode?.removeChild(n);
      for (const n of r.addedNodes) r.target.insertBefore(n, r.nextSibling);
    } else if (r.type === 'attributes') setel(r.target as Element, r.attributeName!, sesudah);
    else (r.target as CharacterData).data = sesudah ?? '';
  }
  if (k.ref) aturRef(wrapper, k.ref.kunci, k.ref.sesudah);
  halaman.className = k.kelasSesudah;
}

function setel(el: Element, nama: string, nilai: string | null): void {
  if (nilai === null) el.removeAttribute(nama);
  else el.setAttribute(nama, nilai);
}

function aturRef(wrapper: Halaman, kunci: string, n: Node | undefined): void {
  if (!wrapper.indexOfRefs) return;
  if (n) wrapper.indexOfRefs[kunci] = n;
  else delete wrapper.indexOfRefs[kunci];
}

/** Each record with the value its target had right after it (for redoing), from the group's end state. */
function denganNilaiSesudah(rs: MutationRecord[]): Kelompok['catatan'] {
  const kini = new Map<Node, Map<string, string | null>>();
  const hasil: Kelompok['catatan'] = [];
  for (let i = rs.length - 1; i >= 0; i--) {
    const r = rs[i];
    let sesudah: string | null = null;
    if (r.type !== 'childList') {
      const kunci = r.type === 'attributes' ? r.attributeName! : '#data';
      const m = kini.get(r.target) ?? new Map<string, string | null>();
      kini.set(r.target, m);
      sesudah = m.has(kunci)
        ? m.get(kunci)!
        : r.type === 'attributes'
          ? (r.target as Element).getAttribute(kunci)
          : (r.target as CharacterData).data;
      m.set(kunci, r.oldValue);
    }
    hasil.unshift({ r, sesudah });
  }
  return hasil;
}

/** Whether this document and these hooks let checks be skipped without changing anything but their number. */
function bolehBertahap(layout: LayoutPaged, sumber: ParentNode | undefined): boolean {
  if (pagedAsli('ukur')) return false;
  if (layout.hooks.layout?.hooks.length || layout.hooks.onBreakToken?.hooks.length || layout.hooks.layoutNode?.hooks.length) return false;
  return !sumber?.querySelector('[data-note="footnote"]');
}

let sumberDiperiksa: ParentNode | undefined;
let sumberBoleh = false;

/** Overflow measurements (Layout.hasOverflow calls, each a forced layout), for the benchmark; with or without this override. */
export const hitungUkur = { luap: 0 };

function hitungLuap(layout: LayoutPaged): void {
  const asli = layout.hasOverflow;
  layout.hasOverflow = function (element, bounds) {
    hitungUkur.luap++;
    return asli.call(this, element, bounds);
  };
}

function pasang(layout: LayoutPaged, wrapper: Halaman): void {
  const appendAsli = layout.append;
  const cariAsli = layout.findBreakToken;
  const maks = layout.maxChars;
  const halaman = layout.element.closest('.pagedjs_page') ?? layout.element;
  const pengamat = new MutationObserver(() => {});
  pengamat.observe(wrapper, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
  let panjang = 0;
  let tertunda: Kelompok[] = [];
  let ke = 0;
  let kelas = halaman.className;
  let aktif = true;

  layout.append = function (node, dest, breakToken, shallow, rebuild) {
    const ref = (node as HTMLElement).dataset?.ref;
    const sebelum = ref ? (dest as Halaman).indexOfRefs?.[ref] : undefined;
    const kelasSebelum = kelas;
    const clone = appendAsli.call(this, node, dest, breakToken, shallow, rebuild);
    if (dest !== wrapper || !aktif) return clone;
    const rs = pengamat.takeRecords();
    kelas = halaman.className;
    panjang += clone.textContent?.length ?? 0;
    if (panjang < maks) return clone;
    tertunda.push({
      catatan: denganNilaiSesudah(rs),
      ref: ref ? { kunci: ref, sebelum, sesudah: (dest as Halaman).indexOfRefs?.[ref] } : undefined,
      kelasSebelum,
      kelasSesudah: kelas,
    });
    // renderTo checks when its length reaches this.maxChars: at a batch's end only.
    this.maxChars = tertunda.length >= UKURAN_KELOMPOK[Math.min(ke, UKURAN_KELOMPOK.length - 1)] ? maks : Infinity;
    return clone;
  };

  layout.findBreakToken = function (rendered, source, bounds, prevBreakToken, extract = true) {
    const asli = () => {
      const t = cariAsli.call(this, rendered, source, bounds, prevBreakToken, extract);
      pengamat.takeRecords();
      return t;
    };
    if (rendered !== wrapper || !aktif) return asli();
    this.maxChars = maks;
    const n = tertunda.length;
    // One pending node: exactly the state 0.4.3 checks.
    if (n <= 1) {
      tertunda = [];
      const t = asli();
      if (t === undefined) ke++;
      else aktif = false;
      return t;
    }
    // Whether 0.4.3's check would find a break on the current state (nothing removed).
    const adaPutus = () => cariAsli.call(this, rendered, source, bounds, prevBreakToken, false) !== undefined;
    let kini = n - 1;
    const pergiKe = (s: number) => {
      while (kini > s) batalkan(tertunda[kini--], wrapper, halaman);
      while (kini < s) ulangi(tertunda[++kini], wrapper, halaman);
      pengamat.takeRecords();
    };
    // No break at the batch's end (usually: no overflow, one layout): none before it either.
    if (!adaPutus()) {
      tertunda = [];
      ke++;
      return undefined;
    }
    // The first state with a break: lo has none (or is before the batch), hi has one.
    let lo = -1;
    let hi = n - 1;
    while (hi - lo > 1) {
      const tengah = (lo + hi) >> 1;
      pergiKe(tengah);
      if (adaPutus()) hi = tengah;
      else lo = tengah;
    }
    pergiKe(hi);
    tertunda = [];
    aktif = false;
    return asli();
  };

  pengamatTerakhir = pengamat;
}

let pengamatTerakhir: MutationObserver | undefined;

export function UkurBertahap(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    onPageLayout(wrapper: HTMLElement, _breakToken: unknown, layout: LayoutPaged) {
      const sumber = (this as unknown as { chunker?: { source?: ParentNode } }).chunker?.source;
      if (sumber !== sumberDiperiksa) {
        sumberDiperiksa = sumber;
        sumberBoleh = bolehBertahap(layout, sumber);
      }
      pengamatTerakhir?.disconnect();
      hitungLuap(layout);
      if (sumberBoleh) pasang(layout, wrapper);
    }
    beforeRenderResult() {
      pengamatTerakhir?.disconnect();
      pengamatTerakhir = undefined;
    }
  };
}
