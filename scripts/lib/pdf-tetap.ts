/**
 * Reproducible PDFs: two builds of the same commit give byte-identical files. Chromium's PDF differs
 * between two prints of the same page in only two ways, both fixed here after printing (pdf-lib):
 * - the dates: the PDF's are the report's (laporan.yaml `tanggal`, the signing date) or
 *   SOURCE_DATE_EPOCH when set (the reproducible-builds convention), never the time of printing;
 * - the tagged structure's element ids (`/ID (node00000935)`, and the table cells' `/Headers` that
 *   point at them) are the browser's internal DOM node numbers, which depend on what ran before:
 *   they are renumbered in the order of the structure objects (e000001, e000002, …), consistently,
 *   in the structure tree's IDTree too (its keys re-sorted, its limits recomputed).
 * Bookmarks: Chromium titles them from the heading's line boxes, dropping the space at every line
 * end ("BAB IPENDAHULUAN", "KINERJAINSTANSI" where a long title wraps). Each title is replaced by the
 * heading's rendered text (innerText, as the page shows it, upper case included) whose letters are
 * the same once spaces are ignored.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

export function tanggalTetap(tanggalLaporan: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const t = /^\d{4}-\d{2}-\d{2}$/.test(tanggalLaporan) ? new Date(`${tanggalLaporan}T00:00:00Z`) : new Date(0);
  return Number.isNaN(t.getTime()) ? new Date(0) : t;
}

const rapat = (s: string) => s.replace(/\s+/g, '').toLocaleLowerCase('id');
const teksDari = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

export function tetapkan(doc: PDFDocument, judul: string[] = []): void {
  const objek = doc.context
    .enumerateIndirectObjects()
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict);
  const ID = PDFName.of('ID');
  const baru = new Map<string, string>();
  for (const d of objek) {
    const lama = teksDari(d.get(ID));
    if (lama === undefined || d.get(PDFName.of('Type')) !== PDFName.of('StructElem')) continue;
    if (!baru.has(lama)) baru.set(lama, `e${String(baru.size + 1).padStart(6, '0')}`);
    d.set(ID, PDFString.of(baru.get(lama)!));
  }
  const judulAsli = new Map(judul.map((j) => [rapat(j), j.replace(/\s+/g, ' ').trim()]));
  const HEADERS = PDFName.of('Headers');
  const TITLE = PDFName.of('Title');
  const gantiHeaders = (d: PDFDict) => {
    const h = d.get(HEADERS);
    if (!(h instanceof PDFArray)) return;
    for (let i = 0; i < h.size(); i++) {
      const t = teksDari(h.get(i));
      if (t !== undefined && baru.has(t)) h.set(i, PDFString.of(baru.get(t)!));
    }
  };
  gantiPohonId(objek, baru);
  for (const d of objek) {
    gantiHeaders(d);
    const a = d.get(PDFName.of('A'));
    const atribut = a instanceof PDFArray ? a.asArray() : [a];
    for (const x of atribut) if (x instanceof PDFDict) gantiHeaders(x);
    const t = teksDari(d.get(TITLE));
    const benar = t !== undefined && d.has(PDFName.of('Parent')) ? judulAsli.get(rapat(t)) : undefined;
    if (benar && benar !== t) d.set(TITLE, PDFHexString.fromText(benar));
  }
}

/** The IDTree (a name tree: leaves with /Names [key ref …], nodes with /Kids) under the new ids, kept sorted. */
function gantiPohonId(objek: PDFDict[], baru: Map<string, string>): void {
  const NAMES = PDFName.of('Names');
  const LIMITS = PDFName.of('Limits');
  const KIDS = PDFName.of('Kids');
  const batas = new Map<PDFDict, [string, string]>();
  for (const d of objek) {
    const n = d.get(NAMES);
    if (!(n instanceof PDFArray) || n.size() % 2 !== 0) continue;
    const pasangan: [string, PDFObject][] = [];
    for (let i = 0; i < n.size(); i += 2) pasangan.push([teksDari(n.get(i)) ?? '', n.get(i + 1)]);
    if (!pasangan.some(([k]) => baru.has(k))) continue;
    const urut = pasangan.map(([k, v]) => [baru.get(k) ?? k, v] as [string, PDFObject]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    urut.forEach(([k, v], j) => {
      n.set(2 * j, PDFString.of(k));
      n.set(2 * j + 1, v);
    });
    batas.set(d, [urut[0][0], urut[urut.length - 1][0]]);
    if (d.has(LIMITS)) d.set(LIMITS, d.context.obj([PDFString.of(urut[0][0]), PDFString.of(urut[urut.length - 1][0])]));
  }
  // Intermediate nodes: limits from their kids (leaves first; two passes cover trees of depth three).
  for (let lagi = 0; lagi < 2; lagi++) {
    for (const d of objek) {
      const k = d.get(KIDS);
      if (!(k instanceof PDFArray) || !d.has(LIMITS)) continue;
      const anak = k
        .asArray()
        .map((r) => batas.get(d.context.lookup(r) as PDFDict))
        .filter((x): x is [string, string] => !!x);
      if (anak.length !== k.size()) continue;
      const b: [string, string] = [
        anak.map((a) => a[0]).sort()[0],
        anak
          .map((a) => a[1])
          .sort()
          .at(-1)!,
      ];
      batas.set(d, b);
      d.set(LIMITS, d.context.obj([PDFString.of(b[0]), PDFString.of(b[1])]));
    }
  }
}
