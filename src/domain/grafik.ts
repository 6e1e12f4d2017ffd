/** Chart data built from computed figures: the same numbers feed the canvas, its table and its CSV. */
import { csv } from './csv.ts';

export interface SeriGrafik {
  nama: string;
  nilai: (number | null)[];
  /** Values as displayed (id-ID). */
  teks: string[];
  /** "garis" draws an outlined bar (e.g. the target), "isi" a solid one. */
  gaya: 'isi' | 'garis';
}
export interface DataGrafik {
  jenis: 'bar' | 'line';
  arah?: 'vertikal' | 'horizontal';
  judulKategori: string;
  kategori: string[];
  seri: SeriGrafik[];
  /** Axis title, e.g. "Persen" or "Rupiah". */
  satuan: string;
}

/** The chart's data as CSV, exactly the values drawn (full precision, dot decimal). */
export function csvGrafik(d: DataGrafik): string {
  return csv(
    [d.judulKategori, ...d.seri.map((s) => s.nama)],
    d.kategori.map((k, i) => [k, ...d.seri.map((s) => s.nilai[i])]),
  );
}
