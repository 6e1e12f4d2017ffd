/**
 * The workbook's sheets and columns, generated from the data schemas (src/schemas/) and the loader's list of
 * data files (src/data/muat.ts), so a field added to a schema gets its column, and a new list or record its
 * sheet, with no code here. Declared once: the template writes these headers, the import finds columns by them
 * (in any order), messages name them, and the instructions sheet explains each with its `.describe()` text.
 *
 * How data becomes sheets (one sheet per list or record of the schemas):
 * - the fields of each file's top level (laporan.yaml, sdm.perTanggal, struktur.dasarHukum …) are rows of the
 *   sheet "Identitas" (Berkas, Isian, Nilai);
 * - a list of objects (tujuan, riwayat, prestasi …) is a sheet, one row per entry, a column per field (nested
 *   objects flattened: "target.pkAwal"); a record (realisasi by indicator code, Renstra targets by year, months)
 *   is a sheet with a "Kunci" column; a list of plain values (wilayah.daftar) a sheet with a "Nilai" column;
 * - a list inside an entry is its own sheet whose rows name their entry in "Induk": the entry's place, "1.2"
 *   (tujuan 1, sasaran 2), or its key ("IKU-1"); "No" is an entry's number among its siblings;
 * - a list of entries of the same shape nested in itself (program → kegiatan → sub kegiatan) is one sheet with a
 *   "Tingkat" column, children below their parent;
 * - one object schema used at several places (an indicator under a tujuan or a sasaran) is one sheet.
 */
import * as skema from '../../../src/schemas/index.ts';
import { BERKAS } from '../../../src/data/muat.ts';
import { tanggal, tanggalTandaTangan } from '../../../src/schemas/common.ts';
import { kodeAnggaran } from '../../../src/schemas/anggaran.ts';
import { bentukSkema, defSkema, intiSkema, uraianSkema } from './skema.ts';

/** `angka-teks`: a field that takes a number or a text (an output target "30" or "Opini WTP"); a cell that reads as a number is one. */
export type JenisKolom = 'teks' | 'angka' | 'angka-teks' | 'kode' | 'bebas' | 'ya-tidak' | 'tanggal';

export interface Kolom {
  /** Field path inside one entry ("target.pkAwal"; "" for a plain value), or the place columns "(induk)", "(no)", "(kunci)", "(tingkat)". */
  kunci: string;
  judul: string;
  jenis: JenisKolom;
  /** Shown in the instructions sheet and under the header. */
  petunjuk: string;
  lebar?: number;
  /** Allowed values (enums, literals): an Excel drop-down. */
  pilihan?: string[];
  wajib?: boolean;
  /** The schema leaf paths this column fills, in the notation of tests/kitchen-sink/daun.ts. */
  daun: string[];
}

export interface Lembar {
  nama: string;
  /** The data file it fills. */
  berkas: string;
  /** daftar: a list of entries; kamus: a record by key; isian: the top-level fields of every file (Identitas). */
  jenis: 'daftar' | 'kamus' | 'isian';
  /** Element is an object (columns are its fields) or a plain value (one column "Nilai"). */
  bentuk: 'objek' | 'nilai';
  kolom: Kolom[];
  /** Where its entries sit: under a parent sheet's entry (or the file's top level: null), at a path from there. */
  asal: { induk: Lembar | null; rel: string; daftar: boolean }[];
  /** Sheets of the lists and records inside one entry. */
  anak: { lembar: Lembar; rel: string }[];
  /** program → kegiatan → subKegiatan: the field names of each level below the first (one sheet, a "Tingkat" column). */
  tingkat: string[];
  /** Schema paths of its entries (daun notation). */
  jalur: string[];
}

/** Place columns (not fields): their keys cannot clash with a field path, which never has parentheses. */
export const INDUK = '(induk)';
export const NO = '(no)';
export const KUNCI = '(kunci)';
export const TINGKAT = '(tingkat)';
/** Marks the row under the headers that explains each column; the reader skips a row whose cells all start with it. */
export const TANDA_KETERANGAN = 'ⓘ ';

const def = defSkema;

/** Sheet names people know, where the generated one (from the field name) says less. A new list needs none. */
const NAMA: Record<string, string> = {
  'anggaran.yaml:program[]': 'Anggaran',
  'sdm.yaml:baris[]': 'SDM',
  'sarana.yaml:barang[]': 'Sarana',
  'struktur.yaml:unit[]': 'Struktur',
  'realisasi.yaml:{}': 'Realisasi',
  'kinerja.yaml:tujuan[]': 'Tujuan dan sasaran',
  'anggaran.yaml:program[].sasaran[]': 'Anggaran sasaran',
  'laporan.yaml:tertulis[]': 'Laporan tertulis',
};

/** "subKegiatan" -> "Sub kegiatan", "target.renstra" -> "Target renstra". */
function manusiawi(rel: string): string {
  const s = rel
    .replace(/[.[\]{}]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Inti {
  s: unknown;
  opsional: boolean;
  petunjuk?: string;
  jenis?: JenisKolom;
}

/** What a column holds under the wrappers (skema.ts): its schema, whether it may be empty, its text, a type its schema fixes. */
function inti(s: unknown): Inti {
  const { skema, opsional, lapisan } = intiSkema(s);
  const petunjuk = lapisan.map(uraianSkema).find((u) => u !== undefined);
  const jenis = lapisan.map(jenisLapisan).find((j) => j !== undefined);
  return { s: skema, opsional, petunjuk, jenis };
}

/** A type fixed by a wrapper's identity: a date, a kode rekening, or a union normalised after reading (kept as written). */
function jenisLapisan(s: unknown): JenisKolom | undefined {
  const d = def(s);
  if (d === def(tanggal) || d === def(tanggalTandaTangan)) return 'tanggal';
  if (d === def(kodeAnggaran)) return 'kode';
  // A union normalised after reading (kodePos: text or number, kept as text) keeps the cell as written.
  if (d.type === 'pipe' && def(d.out).type === 'transform' && def(d.in).type === 'union') return 'bebas';
  return undefined;
}

const SKALAR = new Set<string>(['string', 'number', 'boolean', 'enum', 'literal', 'bigint']);

/** The type of a plain value (or a union of plain values) and its allowed values. */
function jenisSkalar(s: unknown, paksa?: JenisKolom): { jenis: JenisKolom; pilihan?: string[] } {
  const d = def(s);
  if (d.type === 'union') {
    const opsi = d.options.map((o) => {
      const i = inti(o);
      return jenisSkalar(i.s, i.jenis);
    });
    const jenis = new Set(opsi.map((o) => o.jenis));
    const pilihan = opsi.every((o) => o.pilihan) ? opsi.flatMap((o) => o.pilihan!) : undefined;
    // A nested number-or-text union counts as both (a benchmark: "Nihil" or an indicator value, itself a number or a code).
    const angka = jenis.has('angka') || jenis.has('angka-teks');
    const teks = jenis.has('teks') || jenis.has('angka-teks');
    const angkaTeks = [...jenis].every((j) => j === 'angka' || j === 'teks' || j === 'angka-teks') && angka && teks && !pilihan;
    return { jenis: paksa ?? (jenis.size === 1 ? [...jenis][0] : angkaTeks ? 'angka-teks' : 'bebas'), pilihan };
  }
  if (paksa) return { jenis: paksa };
  // z.int() is a number with a check (its type is "number").
  if (d.type === 'number' || d.type === 'bigint') return { jenis: 'angka' };
  if (d.type === 'boolean') return { jenis: 'ya-tidak' };
  if (d.type === 'enum') return { jenis: 'teks', pilihan: Object.values(d.entries).map(String) };
  if (d.type === 'literal') return { jenis: 'teks', pilihan: d.values.map(String) };
  return { jenis: 'teks' };
}

const adalahSkalar = (s: unknown): boolean => {
  const d = def(s);
  if (d.type === 'union') return d.options.every((o) => adalahSkalar(inti(o).s));
  return SKALAR.has(d.type);
};

const LEBAR: Record<JenisKolom, number> = { teks: 28, angka: 14, 'angka-teks': 16, kode: 20, bebas: 16, 'ya-tidak': 10, tanggal: 12 };

function tambahKolom(l: Lembar, kunci: string, i: Inti, paksa: JenisKolom | undefined, jalurDaun: string, s: unknown): void {
  const { jenis, pilihan } = jenisSkalar(s, paksa ?? i.jenis);
  const ada = l.kolom.find((k) => k.kunci === kunci);
  if (ada) {
    // The same field in several shapes of one union (periode.jenis): one column, every allowed value.
    if (pilihan) ada.pilihan = [...new Set([...(ada.pilihan ?? []), ...pilihan])];
    if (!ada.daun.includes(jalurDaun)) ada.daun.push(jalurDaun);
    ada.wajib &&= !i.opsional;
    return;
  }
  const judul = kunci === '' ? 'Nilai' : kunci;
  l.kolom.push({ kunci, judul, jenis, petunjuk: i.petunjuk ?? '', lebar: LEBAR[jenis], pilihan, wajib: !i.opsional, daun: [jalurDaun] });
}

const gabung = (a: string, b: string) => (a && b ? `${a}.${b}` : a || b);

interface Pembangun {
  berkas: string;
  lembar: Lembar[];
  /** Sheet per element schema: the same object schema at several places is one sheet. */
  perSkema: Map<unknown, Lembar>;
  /** Sheet names taken (lower case). */
  nama: Set<string>;
}

/**
 * Walks one entry's schema: plain fields become columns of `l` (at `rel` inside the entry), lists and records
 * become sheets of their own. `jalurDaun` is the schema path of the entry, for the coverage test.
 */
function jalani(p: Pembangun, l: Lembar, s: unknown, rel: string, jalurDaun: string, longgar = false): void {
  const i0 = inti(s);
  // A field of one shape of a union (periode.ke exists for triwulan, not for tahunan) is never required as such.
  const i = longgar ? { ...i0, opsional: true } : i0;
  const b = bentukSkema(i.s);
  const di = gabung(jalurDaun, rel).replace(/\.(?=\[|\{)/g, '');
  if (b.jenis === 'objek') {
    for (const [k, v] of Object.entries(b.isian)) jalani(p, l, v, gabung(rel, k), jalurDaun, longgar);
    return;
  }
  if (b.jenis === 'daftar' || b.jenis === 'kamus') {
    anakLembar(p, l, i.s, b.unsur, rel, jalurDaun, b.jenis, true, i.petunjuk);
    return;
  }
  if (b.jenis === 'pilihan' && !adalahSkalar(i.s)) {
    for (const o of b.opsi) {
      const io = inti(o);
      const ob = bentukSkema(io.s);
      // One object or a list of them (a budget line's `tertulis`): the object's fields here, the list a sheet.
      if (ob.jenis === 'objek') jalani(p, l, io.s, rel, jalurDaun, true);
      else if (ob.jenis === 'daftar' || ob.jenis === 'kamus')
        anakLembar(p, l, io.s, ob.unsur, rel, jalurDaun, ob.jenis, false, io.petunjuk ?? i.petunjuk);
      // A plain value beside objects (pemangku: "penandatangan" or a name): a column of its own at the union's path.
      else tambahKolom(l, rel, { ...io, petunjuk: i.petunjuk ?? io.petunjuk, opsional: true }, undefined, di, io.s);
    }
    return;
  }
  tambahKolom(l, rel, i, undefined, di, i.s);
}

const tempat = (kunci: string, judul: string, petunjuk: string, wajib = true): Kolom => ({
  kunci,
  judul,
  jenis: 'teks',
  petunjuk,
  lebar: 10,
  daun: [],
  wajib,
});

/** The sheet of a list or record inside an entry of `induk` (or at a file's top level when induk is the file's own). */
function anakLembar(
  p: Pembangun,
  induk: Lembar,
  wadah: unknown,
  unsur: unknown,
  rel: string,
  jalurInduk: string,
  jenis: 'daftar' | 'kamus',
  kurung: boolean,
  petunjuk?: string,
): void {
  const iu = inti(unsur);
  const jalur = gabung(jalurInduk, rel).replace(/\.(?=\[|\{)/g, '') + (kurung ? (jenis === 'daftar' ? '[]' : '{}') : '');
  const indukSungguh = induk.jenis === 'isian' ? null : induk;
  // program → kegiatan → subKegiatan: entries of the same fields nested in themselves stay on one sheet.
  if (indukSungguh && jenis === 'daftar' && kurung && sebentuk(indukSungguh, iu.s)) {
    if (!indukSungguh.tingkat.length) {
      const i = indukSungguh.kolom.findIndex((k) => k.kunci === NO);
      indukSungguh.kolom.splice(i, 0, tempat(TINGKAT, 'Tingkat', ''));
    }
    if (!indukSungguh.tingkat.includes(rel)) indukSungguh.tingkat.push(rel);
    const kt = indukSungguh.kolom.find((k) => k.kunci === TINGKAT)!;
    kt.pilihan = [indukSungguh.asal[0].rel, ...indukSungguh.tingkat].map((t) => manusiawi(t).toLowerCase());
    kt.petunjuk = `${kt.pilihan.join(', ')}: setiap baris berada di bawah baris tingkat di atasnya yang terdekat di atasnya`;
    if (!indukSungguh.jalur.includes(jalur)) indukSungguh.jalur.push(jalur);
    for (const [k, v] of Object.entries(isianObjek(iu.s)!)) jalani(p, indukSungguh, v, k, jalur);
    return;
  }
  const objek = !adalahSkalar(iu.s);
  // An object schema used at several places is one sheet; a list of plain values is its own (teks is shared by many).
  const kunciSkema = def(iu.s).type === 'object' ? def(iu.s) : def(wadah);
  let l = p.perSkema.get(kunciSkema);
  if (!l) {
    l = {
      nama: namaLembar(p, induk, rel, jalur),
      berkas: p.berkas,
      jenis,
      bentuk: objek ? 'objek' : 'nilai',
      kolom: [],
      asal: [],
      anak: [],
      tingkat: [],
      jalur: [],
    };
    if (indukSungguh) l.kolom.push(tempat(INDUK, 'Induk', 'baris induknya: No (atau Kunci) baris itu di lembar induk, mis. 1.2'));
    if (jenis === 'kamus') l.kolom.push(tempat(KUNCI, 'Kunci', petunjuk ?? ''));
    else l.kolom.push(tempat(NO, 'No', 'nomor urut di antara baris dengan induk yang sama; boleh kosong (diberi nomor berikutnya)', false));
    p.perSkema.set(kunciSkema, l);
    p.lembar.push(l);
  } else if (indukSungguh && !l.kolom.some((k) => k.kunci === INDUK)) l.kolom.unshift(tempat(INDUK, 'Induk', 'baris induknya'));
  if (!l.jalur.includes(jalur)) l.jalur.push(jalur);
  if (!l.asal.some((a) => a.induk === indukSungguh && a.rel === rel)) l.asal.push({ induk: indukSungguh, rel, daftar: kurung });
  if (!induk.anak.some((a) => a.lembar === l && a.rel === rel)) induk.anak.push({ lembar: l, rel });
  // Plain values: one column; objects: their fields (walked once per place, so each leaf path is listed).
  if (l.bentuk === 'nilai') tambahKolom(l, '', { ...iu, petunjuk: iu.petunjuk ?? petunjuk }, undefined, jalur, iu.s);
  else if (isianObjek(iu.s)) for (const [k, v] of Object.entries(isianObjek(iu.s)!)) jalani(p, l, v, k, jalur);
  // A code or an object with it (sasaran: "S1" or { kode: S1, porsi: 0.5 }): both shapes' columns.
  else jalani(p, l, unsur, '', jalur);
}

/** The fields of an object schema, or undefined for any other. */
function isianObjek(s: unknown): Record<string, unknown> | undefined {
  const b = bentukSkema(s);
  return b.jenis === 'objek' ? b.isian : undefined;
}

/** An entry schema with its parent's fields and at most one more, a list (a kegiatan inside a program, a sasaran inside a tujuan). */
function sebentuk(induk: Lembar, s: unknown): boolean {
  const shape = isianObjek(s);
  if (!shape || induk.bentuk !== 'objek' || induk.jenis !== 'daftar') return false;
  const milikInduk = new Set([
    ...induk.kolom.filter((k) => !k.kunci.startsWith('(')).map((k) => k.kunci.split('.')[0]),
    ...induk.anak.map((a) => a.rel.split('.')[0]),
  ]);
  const lebih = Object.keys(shape).filter((k) => !milikInduk.has(k));
  const kurang = [...milikInduk].filter((k) => !(k in shape));
  return milikInduk.size > 1 && kurang.length === 0 && lebih.length <= 1 && lebih.every((k) => def(inti(shape[k]).s).type === 'array');
}

function namaLembar(p: Pembangun, induk: Lembar, rel: string, jalur: string): string {
  const berkas = manusiawi(p.berkas.replace(/\.yaml$/, ''));
  const calon = [
    NAMA[`${p.berkas}:${jalur}`],
    rel ? manusiawi(rel) : berkas,
    `${induk.jenis === 'isian' ? berkas : induk.nama} ${rel ? manusiawi(rel).toLowerCase() : ''}`.trim(),
  ].filter((x): x is string => !!x);
  const bebas = (n: string) => !p.nama.has(n.toLowerCase());
  const n =
    calon.map((c) => c.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31)).find(bebas) ??
    [2, 3, 4, 5, 6, 7, 8, 9].map((i) => `${calon[calon.length - 1].slice(0, 28)} ${i}`).find(bebas)!;
  p.nama.add(n.toLowerCase());
  return n;
}

/** The data files of a report with their schemas, from the loader's list (a file added there gets its sheets). */
export const BERKAS_LEMBAR: { berkas: string; schema: unknown }[] = Object.entries(BERKAS).map(([nama, berkas]) => {
  const schema = (skema as Record<string, unknown>)[`${nama}Schema`];
  if (!schema) throw new Error(`src/schemas/index.ts tidak mengekspor ${nama}Schema untuk ${berkas}`);
  return { berkas, schema };
});

function bangunModel(): { identitas: Lembar; isian: Map<string, Lembar>; lembar: Lembar[] } {
  const lembar: Lembar[] = [];
  const isian = new Map<string, Lembar>();
  const perSkema = new Map<unknown, Lembar>();
  const nama = new Set(['petunjuk', 'identitas']);
  for (const { berkas, schema } of BERKAS_LEMBAR) {
    const akar: Lembar = { nama: berkas, berkas, jenis: 'isian', bentuk: 'objek', kolom: [], asal: [], anak: [], tingkat: [], jalur: [''] };
    jalani({ berkas, lembar, perSkema, nama }, akar, schema, '', '');
    isian.set(berkas, akar);
  }
  const identitas: Lembar = {
    nama: 'Identitas',
    berkas: [...isian.values()]
      .filter((l) => l.kolom.length)
      .map((l) => l.berkas)
      .join(', '),
    jenis: 'isian',
    bentuk: 'objek',
    kolom: [
      { kunci: '(berkas)', judul: 'Berkas', jenis: 'teks', petunjuk: 'berkas data yang diisi baris ini', lebar: 16, daun: [], wajib: true },
      { kunci: '(isian)', judul: 'Isian', jenis: 'teks', petunjuk: 'nama isian di berkas itu', lebar: 30, daun: [], wajib: true },
      { kunci: '(nilai)', judul: 'Nilai', jenis: 'bebas', petunjuk: 'nilainya; kosong = tidak diisi', lebar: 50, daun: [], wajib: false },
      {
        kunci: '(keterangan)',
        judul: 'Keterangan',
        jenis: 'teks',
        petunjuk: 'arti isian (tidak dibaca)',
        lebar: 90,
        daun: [],
        wajib: false,
      },
    ],
    asal: [],
    anak: [],
    tingkat: [],
    jalur: [],
  };
  return { identitas, isian, lembar };
}

const MODEL = bangunModel();

/** The top-level fields of each data file: rows of the Identitas sheet. */
export const ISIAN: Map<string, Lembar> = MODEL.isian;
export const IDENTITAS: Lembar = MODEL.identitas;
/** Every sheet after Petunjuk, in order. */
export const LEMBAR: Lembar[] = [IDENTITAS, ...MODEL.lembar];

/** The sheet of a name as people type it (case and spaces ignored). */
export function lembarBernama(nama: string): Lembar | undefined {
  const n = nama.trim().toLowerCase();
  return LEMBAR.find((l) => l.nama.toLowerCase() === n);
}

/** Column letters as Excel shows them: 0 -> A, 26 -> AA. */
export function hurufKolom(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
