/**
 * Reading an .xlsx file as Excel and LibreOffice write it, cell by cell, keeping what a general
 * reader drops: error cells (#DIV/0!, #N/A) and formulas without a stored result (so they can be
 * refused instead of read as empty), hidden sheets, merged ranges, and the number format that
 * makes a serial number a date or a fraction a percentage.
 * The zip is unpacked by fflate (zip.ts) and the XML parsed by saxen; what the cells mean is read here.
 */
import { Parser } from 'saxen';
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
  /** Rows hidden in the sheet (hidden="1"), 0-based: read like the others, so the import says it read them. */
  barisTersembunyi?: number[];
}

/** The one namespace a part uses without declaring it: xml:space on a text that keeps its spaces. */
const NS_XML = { 'http://www.w3.org/XML/1998/namespace': 'xml' };

interface Penangan {
  /** An element of the part's own vocabulary: its local name, the own elements around it (outermost first), its attributes. */
  buka?(nama: string, induk: readonly string[], atribut: () => Record<string, string>, tutupSendiri: boolean): void;
  tutup?(nama: string, induk: readonly string[]): void;
  /** Text and CDATA inside the part's own elements, entities decoded. */
  teks?(s: string): void;
}

/**
 * One XML part read with saxen. The part's own elements are those in the namespace of its root element
 * (SpreadsheetML, transitional or strict, under whatever prefix the writer chose); an extension element
 * (x14:…, mc:AlternateContent, …) is skipped with everything inside it. XML that is not well-formed is
 * refused rather than half read.
 */
function urai(xml: string, bagian: string, p: Penangan): void {
  const parser = new Parser();
  parser.ns(NS_XML);
  let akar: string | undefined;
  let asing = 0;
  const induk: string[] = [];
  let galat: string | undefined;
  const pisah = new Map<string, [string, string]>();
  const namaLokal = (nama: string): [string, string] => {
    let n = pisah.get(nama);
    if (!n) {
      const i = nama.indexOf(':');
      pisah.set(nama, (n = i < 0 ? ['', nama] : [nama.slice(0, i), nama.slice(i + 1)]));
    }
    return n;
  };
  const gagal = (_e: Error, konteks: () => { line: number }) => {
    galat ??= `${bagian} rusak: bukan XML yang utuh (baris ${konteks().line + 1})`;
    parser.stop();
  };
  parser
    .on('openTag', (nama, atribut, _decode, tutupSendiri) => {
      const [ns, lokal] = namaLokal(nama);
      akar ??= ns;
      if (asing || ns !== akar) {
        asing++;
        return;
      }
      p.buka?.(lokal, induk, () => uraiAtribut(atribut()), tutupSendiri);
      induk.push(lokal);
    })
    .on('closeTag', (nama) => {
      if (asing) {
        asing--;
        return;
      }
      induk.pop();
      p.tutup?.(namaLokal(nama)[1], induk);
    })
    .on('text', (s) => {
      if (!asing && p.teks) p.teks(entitas(s));
    })
    .on('cdata', (s) => {
      if (!asing && p.teks) p.teks(s);
    })
    .on('error', gagal)
    .on('warn', gagal);
  parser.parse(xml);
  if (galat) throw new XlsxRusak(galat);
}

function uraiAtribut(mentah: Record<string, string>): Record<string, string> {
  for (const k in mentah) if (mentah[k].includes('&')) mentah[k] = entitas(mentah[k]);
  return mentah;
}

/** XML's five entities and character references (saxen's own decoder cuts a code point above U+FFFF to 16 bits). */
function entitas(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#') return String.fromCodePoint(k[1] === 'x' ? parseInt(k.slice(2), 16) : Number(k.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[k]!;
  });
}

/** Excel's escape of a character XML cannot hold (_x000D_; a literal "_x" is written _x005F_x): in text, formulas, values and sheet names. */
const lepasX = (s: string): string =>
  s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;

/**
 * Collects the text of shared or inline strings: the <t> of the item and of its runs (<r>), not the phonetic
 * guide (<rPh>) East Asian writers add. `item` is "si" (shared strings) or "is" (a cell's inline string).
 */
class PengumpulString {
  private bagian: string[] = [];
  private dalamT = false;
  private readonly item: string;
  constructor(item: string) {
    this.item = item;
  }
  buka(nama: string, induk: readonly string[]): void {
    const atas = induk[induk.length - 1];
    if (nama === this.item) this.bagian = [];
    else if (nama === 't') this.dalamT = atas === this.item || (atas === 'r' && induk[induk.length - 2] === this.item);
  }
  tutup(nama: string): void {
    if (nama === 't') this.dalamT = false;
  }
  teks(s: string): void {
    if (this.dalamT) this.bagian.push(s);
  }
  get hasil(): string {
    return lepasX(this.bagian.join(''));
  }
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

/** The name in the zip of a relationship's target, relative to the part's folder or absolute. */
function jalurBagian(dari: string, target: string): string {
  const jalur = target.startsWith('/') ? target.slice(1) : `${dari}/${target}`;
  const normal: string[] = [];
  for (const b of jalur.split('/')) b === '..' ? normal.pop() : b !== '.' && normal.push(b);
  return normal.join('/');
}

export class XlsxRusak extends Error {}

interface SheetWorkbook {
  nama: string;
  state: string | undefined;
  rid: string | undefined;
}

function bacaWorkbook(xml: string): { epoch1904: boolean; sheets: SheetWorkbook[] } {
  let epoch1904 = false;
  const sheets: SheetWorkbook[] = [];
  urai(xml, 'xl/workbook.xml', {
    buka(nama, induk, atribut) {
      if (nama === 'workbookPr') epoch1904 = /^(1|true)$/.test(atribut().date1904 ?? '');
      else if (nama === 'sheet' && induk[induk.length - 1] === 'sheets') {
        const a = atribut();
        // The relationship id (r:id) is the sheet's one attribute named id in another namespace.
        const rid = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
        sheets.push({ nama: lepasX(a.name ?? ''), state: a.state, rid });
      }
    },
  });
  return { epoch1904, sheets };
}

function bacaRelasi(xml: string): Map<string, string> {
  const relasi = new Map<string, string>();
  urai(xml, 'xl/_rels/workbook.xml.rels', {
    buka(nama, _induk, atribut) {
      if (nama !== 'Relationship') return;
      const a = atribut();
      if (a.Id && a.Target) relasi.set(a.Id, a.Target);
    },
  });
  return relasi;
}

function bacaSharedStrings(xml: string): string[] {
  const sst: string[] = [];
  const si = new PengumpulString('si');
  urai(xml, 'xl/sharedStrings.xml', {
    buka: (nama, induk) => si.buka(nama, induk),
    tutup(nama, induk) {
      si.tutup(nama);
      if (nama === 'si' && induk.length === 1) sst.push(si.hasil);
    },
    teks: (t) => si.teks(t),
  });
  return sst;
}

/** What each cell style (the s of a cell: an index into cellXfs) shows a number as. */
function bacaGaya(xml: string): ('tanggal' | 'persen' | undefined)[] {
  const formatKode = new Map<number, string>();
  const xfs: number[] = [];
  urai(xml, 'xl/styles.xml', {
    buka(nama, induk, atribut) {
      const atas = induk[induk.length - 1];
      // Only these lists: a numFmt inside a conditional format's dxf, or an xf of cellStyleXfs, is not a cell's format.
      if (nama === 'numFmt' && atas === 'numFmts') formatKode.set(Number(atribut().numFmtId), atribut().formatCode ?? '');
      else if (nama === 'xf' && atas === 'cellXfs') xfs.push(Number(atribut().numFmtId ?? 0));
    },
  });
  return xfs.map((id) => {
    if (formatKode.has(id)) return jenisFormat(formatKode.get(id)!);
    return FORMAT_TANGGAL_BAWAAN.has(id) ? 'tanggal' : FORMAT_PERSEN_BAWAAN.has(id) ? 'persen' : undefined;
  });
}

interface Konteks {
  sst: string[];
  gaya: ('tanggal' | 'persen' | undefined)[];
  epoch1904: boolean;
}

/** A cell's value from its type (t), style (s), stored value (v), formula (f) and inline string. */
function nilaiSel(
  k: Konteks,
  t: string,
  s: string | undefined,
  nilaiV: string | undefined,
  rumus: string | undefined,
  inline: string | undefined,
): SelXlsx {
  switch (t) {
    case 's':
      return k.sst[Number(nilaiV)] ?? null;
    case 'inlineStr':
      return inline ?? '';
    case 'str':
      return nilaiV ?? (rumus ? new GalatSel('tanpa-nilai', rumus) : null);
    case 'b':
      return nilaiV === undefined ? null : nilaiV === '1' || nilaiV === 'true';
    case 'e':
      return new GalatSel(nilaiV ?? '#N/A', rumus);
    case 'd':
      return nilaiV ? new Date(nilaiV) : null;
  }
  if (nilaiV === undefined || nilaiV === '') return rumus ? new GalatSel('tanpa-nilai', rumus) : null;
  const x = Number(nilaiV);
  // A writer that left out t="e" or t="str": the text is what the cell shows, never NaN.
  if (!Number.isFinite(x)) return nilaiV.startsWith('#') ? new GalatSel(nilaiV, rumus) : nilaiV;
  const jenis = k.gaya[Number(s ?? 0)];
  return jenis === 'tanggal' ? tanggalSerial(x, k.epoch1904) : angkaExcel(jenis === 'persen' ? x * 100 : x);
}

function bacaLembarKerja(xml: string, bagian: string, k: Konteks): Pick<LembarXlsx, 'data' | 'gabungan' | 'barisTersembunyi'> {
  const data: SelXlsx[][] = [];
  const gabungan: LembarXlsx['gabungan'] = [];
  const tersembunyi: number[] = [];
  const inline = new PengumpulString('is');
  let r = -1;
  let c = -1;
  // The cell being read: its attributes, then its first v and f (undefined: none; a self-closing <v/> holds nothing).
  let atr: Record<string, string> = {};
  let nilaiV: string | undefined;
  let rumus: string | undefined;
  let adaInline = false;
  let kumpul: 'v' | 'f' | 'is' | undefined;
  urai(xml, bagian, {
    buka(nama, induk, atribut, tutupSendiri) {
      const atas = induk[induk.length - 1];
      if (kumpul === 'is') inline.buka(nama, induk);
      else if (nama === 'row' && atas === 'sheetData') {
        const a = atribut();
        r = a.r ? Number(a.r) - 1 : r + 1;
        c = -1;
        if (a.hidden === '1' || a.hidden === 'true') tersembunyi.push(r);
      } else if (nama === 'c' && atas === 'row') {
        atr = atribut();
        const a = atr.r ? alamat(atr.r) : undefined;
        c = a ? a.c : c + 1;
        nilaiV = rumus = undefined;
        adaInline = false;
      } else if (atas === 'c') {
        if (nama === 'v' && nilaiV === undefined && !tutupSendiri) [kumpul, nilaiV] = ['v', ''];
        // A shared formula's later cells carry no text (<f t="shared" si="0"/>): they copy the first one's.
        else if (nama === 'f' && rumus === undefined) [kumpul, rumus] = [tutupSendiri ? undefined : 'f', ''];
        else if (nama === 'is' && !adaInline) {
          [kumpul, adaInline] = ['is', true];
          inline.buka(nama, induk);
        }
      } else if (nama === 'mergeCell' && atas === 'mergeCells') {
        const [a, b] = (atribut().ref ?? '').split(':').map(alamat);
        if (a && b) gabungan.push({ r1: a.r, c1: a.c, r2: b.r, c2: b.c });
      }
    },
    tutup(nama, induk) {
      if (kumpul === 'is') {
        inline.tutup(nama);
        if (nama === 'is' && induk[induk.length - 1] === 'c') kumpul = undefined;
      } else if (kumpul && nama === kumpul) kumpul = undefined;
      else if (nama === 'c' && induk[induk.length - 1] === 'row') {
        const sel = nilaiSel(
          k,
          atr.t ?? 'n',
          atr.s,
          nilaiV === undefined ? undefined : lepasX(nilaiV),
          rumus === undefined ? undefined : lepasX(rumus),
          adaInline ? inline.hasil : undefined,
        );
        if (sel !== null && sel !== '') (data[r] ??= [])[c] = sel;
      }
    },
    teks(t) {
      if (kumpul === 'v') nilaiV += t;
      else if (kumpul === 'f') rumus += t;
      else if (kumpul === 'is') inline.teks(t);
    },
  });
  // Holes (rows or cells never written) become null; nothing after the last value is kept.
  const rapat = Array.from({ length: data.length }, (_, i) => Array.from({ length: data[i]?.length ?? 0 }, (_, j) => data[i]?.[j] ?? null));
  return { data: rapat, gabungan, barisTersembunyi: tersembunyi.filter((i) => rapat[i]?.some((x) => x !== null)) };
}

/** Every sheet of the workbook, in the order of its tabs. Throws XlsxRusak (or ZipRusak) for a file that is not a workbook. */
export function bacaXlsx(berkas: Buffer): LembarXlsx[] {
  const isi = bacaZip(berkas);
  const teks = (b: Buffer | undefined) => b?.toString('utf8');
  const workbook = teks(isi.get('xl/workbook.xml'));
  if (!workbook) throw new XlsxRusak('tidak ada xl/workbook.xml (bukan buku kerja Excel)');
  const { epoch1904, sheets } = bacaWorkbook(workbook);
  const rels = teks(isi.get('xl/_rels/workbook.xml.rels'));
  const relasi = rels ? bacaRelasi(rels) : new Map<string, string>();
  const sst = teks(isi.get('xl/sharedStrings.xml'));
  const styles = teks(isi.get('xl/styles.xml'));
  const k: Konteks = { sst: sst ? bacaSharedStrings(sst) : [], gaya: styles ? bacaGaya(styles) : [], epoch1904 };

  return sheets.map((s) => {
    const target = relasi.get(s.rid ?? '');
    const bagian = target ? jalurBagian('xl', target) : undefined;
    const xml = bagian ? teks(isi.get(bagian)) : undefined;
    const { data, gabungan, barisTersembunyi } = xml && bagian ? bacaLembarKerja(xml, bagian, k) : { data: [], gabungan: [] };
    return {
      nama: s.nama,
      ...(s.state === 'hidden' || s.state === 'veryHidden' ? { tersembunyi: s.state } : {}),
      data,
      gabungan,
      ...(barisTersembunyi?.length ? { barisTersembunyi } : {}),
    };
  });
}
