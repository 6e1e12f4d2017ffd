/** Chart data built from computed figures: the same numbers feed the canvas, its table and its CSV. */
import { csv } from './csv.ts';

export interface SeriGrafik {
  nama: string;
  nilai: (number | null)[];
  /** Values as displayed (id-ID). */
  teks: string[];
  /** "garis" draws an outlined bar (e.g. the target), "isi" a solid one. */
  gaya: 'isi' | 'garis';
  /** What tells this series from another of the same name (its kode or unit); shown only then. */
  pembeda?: string;
}
export interface DataGrafik {
  jenis: 'bar' | 'line';
  arah?: 'vertikal' | 'horizontal';
  judulKategori: string;
  kategori: string[];
  seri: SeriGrafik[];
  /** Axis title, e.g. "Persen" or "Rupiah". */
  satuan: string;
  /** Per category, what tells it from another of the same name (kode or unit); shown only then. */
  pembedaKategori?: (string | undefined)[];
}

/** The chart's data as CSV, exactly the values drawn (full precision, dot decimal). */
export function csvGrafik(d: DataGrafik): string {
  return csv(
    [d.judulKategori, ...d.seri.map((s) => s.nama)],
    d.kategori.map((k, i) => [k, ...d.seri.map((s) => s.nilai[i])]),
  );
}

/**
 * Names made distinct: a name that occurs more than once gets its pembeda (kode or unit) in
 * brackets, e.g. two programs both called "Program Penunjang …". Unique names are left as they are.
 */
export function namaBeda(nama: string[], pembeda: (string | undefined)[] = []): string[] {
  const kali = new Map<string, number>();
  for (const n of nama) kali.set(n, (kali.get(n) ?? 0) + 1);
  const hasil = nama.map((n, i) => (kali.get(n)! > 1 && pembeda[i] ? `${n} (${pembeda[i]})` : n));
  // Still the same (no pembeda given, or the same one twice): number them so a reader can tell them apart.
  const lagi = new Map<string, number>();
  for (const n of hasil) lagi.set(n, (lagi.get(n) ?? 0) + 1);
  const ke = new Map<string, number>();
  return hasil.map((n) => {
    if (lagi.get(n)! < 2) return n;
    ke.set(n, (ke.get(n) ?? 0) + 1);
    return `${n} (${ke.get(n)})`;
  });
}

/** The chart with every category and series name distinct (see namaBeda): canvas, legend, table and CSV use these. */
export function grafikBeda(d: DataGrafik): DataGrafik {
  const seri = namaBeda(
    d.seri.map((s) => s.nama),
    d.seri.map((s) => s.pembeda),
  );
  return { ...d, kategori: namaBeda(d.kategori, d.pembedaKategori), seri: d.seri.map((s, i) => ({ ...s, nama: seri[i] })) };
}

/**
 * A label broken into lines of at most `lebar` characters at spaces (a word longer than a line
 * stands alone on its line), so an axis shows the whole name instead of cutting it with "…".
 */
export function bungkusLabel(teks: string, lebar: number): string[] {
  const baris: string[] = [];
  let kini = '';
  for (const kata of teks.split(/\s+/).filter(Boolean)) {
    if (kini && kini.length + 1 + kata.length > lebar) {
      baris.push(kini);
      kini = kata;
    } else kini = kini ? `${kini} ${kata}` : kata;
  }
  if (kini) baris.push(kini);
  return baris.length ? baris : [''];
}
