/**
 * Reproducible PDFs: two builds of the same commit give byte-identical files. Chromium's PDF differs
 * between two prints of the same page in only two ways, both fixed here after printing (pdf-lib):
 * - the dates: the PDF's are the report's (laporan.yaml `tanggal`, the signing date) or
 *   SOURCE_DATE_EPOCH when set (the reproducible-builds convention), never the time of printing;
 * - the tagged structure's element ids (`/ID (node00000935)`, and the table cells' `/Headers` that
 *   point at them) are the browser's internal DOM node numbers, which depend on what ran before:
 *   they are renumbered in the order of the structure objects (e1, e2, …), consistently.
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
const teksDari = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

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
    if (!baru.has(lama)) baru.set(lama, `e${baru.size + 1}`);
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
