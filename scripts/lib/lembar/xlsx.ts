/**
 * Reading an .xlsx file as Excel and LibreOffice write it, cell by cell, keeping what a general
 * reader drops: error cells (#DIV/0!, #N/A) and formulas without a stored result (so they can be
 * refused instead of read as empty), hidden sheets, merged ranges, and the number format that
 * makes a serial number a date or a fraction a percentage.
 * The XML of SpreadsheetML is regular enough to be read with patterns: elements with an optional
 * namespace prefix, attributes in either quote, entities and Excel's _xHHHH_ escapes.
 */
import { bacaZip } from './zip.ts';

/** An error value Excel shows in the cell (#DIV/0!, #N/A, …), or a formula with no stored result ("tanpa-nilai"). `rumus`: the formula, "" for a copy of a shared one. */
export class GalatSel {
  readonly kode: string;
  readonly rumus: string | undefined;
  constructor(kode: string, rumus: string | undefined) {
    this.kode = kode;
    this.rumus = rumus;
  }
}

export type SelXlsx = string | number | boolean | Date | GalatSel | null;

export interface LembarXlsx {
  nama: string;
  /** "hidden" or "veryHidden" as the workbook records it; undefined for a visible sheet. */
  tersembunyi?: 'hidden' | 'veryHidden';
  /** Rows from row 1, cells from column A; an empty cell is null. Trailing empty rows and columns are cut. */
  data: SelXlsx[][];
  /** Merged ranges, 0-based inclusive: the value sits in the top-left cell, the others are empty. */
  gabungan: { r1: number; c1: number; r2: number; c2: number }[];
}

const POLA_ATRIBUT = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function atribut(teks: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of teks.matchAll(POLA_ATRIBUT)) out[m[1]] = lepas(m[2] ?? m[3]);
  return out;
}

/** Elements named `nama` (any namespace prefix): their attributes and inner XML (undefined when self-closing). */
const polaUnsur = new Map<string, RegExp>();
/** Elements named `nama` (any namespace prefix), raw: attribute text and inner XML (undefined when self-closing). */
function* mentah(xml: string, nama: string): Generator<{ atr: string; isi: string | undefined }> {
  let re = polaUnsur.get(nama);
  if (!re) polaUnsur.set(nama, (re = new RegExp(`<(?:\\w+:)?${nama}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${nama}>)`, 'g')));
  for (const m of xml.matchAll(re)) yield { atr: m[1], isi: m[2] };
}

function unsur(xml: string, nama: string): { atr: Record<string, string>; isi: string | undefined }[] {
  return [...mentah(xml, nama)].map((m) => ({ atr: atribut(m.atr), isi: m.isi }));
}

/** The first element `nama` in xml, or undefined: the per-cell lookups (v, f, is), without building lists. */
function pertama(xml: string, nama: string): { atr: string; isi: string | undefined } | undefined {
  return xml.includes(nama) ? mentah(xml, nama).next().value : undefined;
}

const polaAtribut = new Map<string, RegExp>();
/** One attribute of a raw attribute text (the cell's r, s, t: read for every cell, so not through atribut()). */
function satu(atr: string, nama: string): string | undefined {
  let re = polaAtribut.get(nama);
  if (!re) polaAtribut.set(nama, (re = new RegExp(`(?:^|\\s)${nama}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(atr);
  return m ? lepas(m[1] ?? m[2]) : undefined;
}

function lepas(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const k = e.toLowerCase();
      if (k[0] === '#') return String.fromCodePoint(k[1] === 'x' ? parseInt(k.slice(2), 16) : Number(k.slice(1)));
      return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[k]!;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of a shared or inline string: its runs, without the phonetic guide (rPh) East Asian writers add. */
function teksString(isi: string): string {
  const tanpaFonetik = isi.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  return unsur(tanpaFonetik, 't')
    .map((t) => t.isi ?? '')
    .map((t) => lepas(t))
    .join('');
}

/** Column and row (0-based) of "AB12". */
function alamat(ref: string): { c: number; r: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { c: c - 1, r: Number(m[2]) - 1 };
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30, and the East Asian ones Excel maps to dates).
const FORMAT_TANGGAL_BAWAAN = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const FORMAT_PERSEN_BAWAAN = new Set([9, 10]);

/** What a number format code shows, judged outside quoted text, escapes and [colour]/[$-locale] brackets. */
function jenisFormat(kode: string): 'tanggal' | 'persen' | undefined {
  const inti = kode
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  if (/[dmyhs]/i.test(inti.replace(/General/gi, '').replace(/[eE][+-]/g, ''))) return 'tanggal';
  if (inti.includes('%')) return 'persen';
  return undefined;
}

/** Excel's double has 17 digits, of which it shows 15: 54.900000000000006 is the 54.9 the user typed or computed. */
const angkaExcel = (x: number): number => Number(x.toPrecision(15));

function tanggalSerial(serial: number, epoch1904: boolean): Date {
  // Serial 1 is 1900-01-01 but Excel counts a 29 Feb 1900 that never was: from 1 March 1900 the epoch is 1899-12-30.
  const dasar = epoch1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(dasar + Math.round(serial * 86400000));
}

function cariBerkas(isi: Map<string, Buffer>, dari: string, target: string): Buffer | undefined {
  const jalur = target.startsWith('/') ? target.slice(1) : `${dari}/${target}`;
  const normal: string[] = [];
  for (const b of jalur.split('/')) b === '..' ? normal.pop() : b !== '.' && normal.push(b);
  return isi.get(normal.join('/'));
}

export class XlsxRusak extends Error {}

/** Every sheet of the workbook, in the order of its tabs. Throws XlsxRusak (or ZipRusak) for a file that is not a workbook. */
export function bacaXlsx(berkas: Buffer): LembarXlsx[] {
  const isi = bacaZip(berkas);
  const teks = (b: Buffer | undefined) => b?.toString('utf8');
  const workbook = teks(isi.get('xl/workbook.xml'));
  if (!workbook) throw new XlsxRusak('tidak ada xl/workbook.xml (bukan buku kerja Excel)');
  const epoch1904 = unsur(workbook, 'workbookPr').some((w) => /^(1|true)$/.test(w.atr.date1904 ?? ''));
  const relasi = new Map(unsur(teks(isi.get('xl/_rels/workbook.xml.rels')) ?? '', 'Relationship').map((r) => [r.atr.Id, r.atr.Target]));
  const sst = unsur(teks(isi.get('xl/sharedStrings.xml')) ?? '', 'si').map((s) => teksString(s.isi ?? ''));

  const styles = teks(isi.get('xl/styles.xml')) ?? '';
  const formatKode = new Map(unsur(styles, 'numFmt').map((f) => [Number(f.atr.numFmtId), f.atr.formatCode ?? '']));
  const cellXfs = unsur(styles, 'cellXfs')[0]?.isi ?? '';
  const gaya = unsur(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.atr.numFmtId ?? 0);
    if (formatKode.has(id)) return jenisFormat(formatKode.get(id)!);
    return FORMAT_TANGGAL_BAWAAN.has(id) ? 'tanggal' : FORMAT_PERSEN_BAWAAN.has(id) ? 'persen' : undefined;
  });

  return unsur(workbook, 'sheet').map((s) => {
    const xml = teks(cariBerkas(isi, 'xl', relasi.get(Object.entries(s.atr).find(([k]) => k.endsWith(':id'))?.[1] ?? '') ?? '')) ?? '';
    const data: SelXlsx[][] = [];
    let r = -1;
    for (const row of mentah(xml, 'row')) {
      const nomor = satu(row.atr, 'r');
      r = nomor ? Number(nomor) - 1 : r + 1;
      let c = -1;
      for (const cel of mentah(row.isi ?? '', 'c')) {
        const ref = satu(cel.atr, 'r');
        const a = ref ? alamat(ref) : undefined;
        c = a ? a.c : c + 1;
        const isiSel = cel.isi ?? '';
        const v = pertama(isiSel, 'v');
        const f = pertama(isiSel, 'f');
        // A shared formula's later cells carry no text (""): they copy the first one's.
        const rumus = f ? lepas(f.isi ?? '') : undefined;
        const nilaiV = v?.isi === undefined ? undefined : lepas(v.isi);
        let sel: SelXlsx = null;
        switch (satu(cel.atr, 't') ?? 'n') {
          case 's':
            sel = sst[Number(nilaiV)] ?? null;
            break;
          case 'inlineStr':
            sel = teksString(pertama(isiSel, 'is')?.isi ?? '');
            break;
          case 'str':
            sel = nilaiV ?? (rumus ? new GalatSel('tanpa-nilai', rumus) : null);
            break;
          case 'b':
            sel = nilaiV === undefined ? null : nilaiV === '1' || nilaiV === 'true';
            break;
          case 'e':
            sel = new GalatSel(nilaiV ?? '#N/A', rumus);
            break;
          case 'd':
            sel = nilaiV ? new Date(nilaiV) : null;
            break;
          default: {
            if (nilaiV === undefined || nilaiV === '') {
              sel = rumus ? new GalatSel('tanpa-nilai', rumus) : null;
              break;
            }
            const x = Number(nilaiV);
            // A writer that left out t="e" or t="str": the text is what the cell shows, never NaN.
            if (!Number.isFinite(x)) {
              sel = nilaiV.startsWith('#') ? new GalatSel(nilaiV, rumus) : nilaiV;
              break;
            }
            const jenis = gaya[Number(satu(cel.atr, 's') ?? 0)];
            sel = jenis === 'tanggal' ? tanggalSerial(x, epoch1904) : angkaExcel(jenis === 'persen' ? x * 100 : x);
          }
        }
        if (sel === null || sel === '') continue;
        (data[r] ??= [])[c] = sel;
      }
    }
    // Holes (rows or cells never written) become null; nothing after the last value is kept.
    const rapat = Array.from({ length: data.length }, (_, i) =>
      Array.from({ length: data[i]?.length ?? 0 }, (_, j) => data[i]?.[j] ?? null),
    );
    const gabungan = unsur(xml, 'mergeCell').flatMap((m) => {
      const [a, b] = (m.atr.ref ?? '').split(':').map(alamat);
      return a && b ? [{ r1: a.r, c1: a.c, r2: b.r, c2: b.c }] : [];
    });
    const state = s.atr.state;
    return {
      nama: s.atr.name ?? '',
      ...(state === 'hidden' || state === 'veryHidden' ? { tersembunyi: state } : {}),
      data: rapat,
      gabungan,
    };
  });
}
