/** Chart data built from computed figures: the same numbers feed the canvas, its table and its CSV. */
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

function sel(s: string): string {
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with full-precision values (dot decimal), so a spreadsheet reads them as numbers. */
export function csvGrafik(d: DataGrafik): string {
  const head = [d.judulKategori, ...d.seri.map((s) => s.nama)].map(sel).join(',');
  const rows = d.kategori.map((k, i) => [sel(k), ...d.seri.map((s) => (s.nilai[i] === null ? '' : String(s.nilai[i])))].join(','));
  return [head, ...rows].join('\r\n') + '\r\n';
}
