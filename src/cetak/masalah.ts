/**
 * What the print page reports to the build (window.__lkjip): the print lint's problems and the notes
 * on what the layout changed by itself. Plain data, shared by the page and scripts/lib/pdf.ts.
 */
export type JenisMasalahCetak =
  /** wider or taller than the page area, or cell content wider than its column: the build fails */
  | 'luber'
  /** a heading, caption or first line alone at a page foot */
  | 'yatim'
  /** a page less than a third full that does not end a chapter */
  | 'kosong'
  /** a figure, unbreakable table, signature block or row split across pages */
  | 'terpotong'
  /** text in a font that is not bundled with the report: the build fails */
  | 'huruf'
  /** a request outside the local server, blocked while printing: the build fails */
  | 'jaringan';

export interface MasalahCetak {
  jenis: JenisMasalahCetak;
  /** printed page number ("iii", "20") */
  halaman: string;
  /** "Tabel 3.2", "Gambar 1", or a heading */
  label: string;
  pesan: string;
}

/** A table the layout placed on landscape pages or set in smaller type because it did not fit. */
export interface CatatanCetak {
  label: string;
  tindakan: 'lanskap' | 'diperkecil';
  pesan: string;
}

export const FATAL: readonly JenisMasalahCetak[] = ['luber', 'huruf', 'jaringan'];

export const NAMA_JENIS: Record<JenisMasalahCetak, string> = {
  luber: 'melewati tepi halaman',
  yatim: 'tertinggal di kaki halaman',
  kosong: 'halaman hampir kosong',
  terpotong: 'terpotong antarhalaman',
  huruf: 'huruf tidak dibawa',
  jaringan: 'permintaan jaringan diblokir',
};

export function formatMasalahCetak(id: string, m: MasalahCetak): string {
  return `${id}, halaman ${m.halaman}, ${m.label}: ${m.pesan} [${NAMA_JENIS[m.jenis]}]`;
}
