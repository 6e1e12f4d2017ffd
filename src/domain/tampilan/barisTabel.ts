/**
 * The rows of a budget table as printed, and which name cells are joined to the one above. Lines of the same
 * level and name printed one under the other (one sub kegiatan per kelurahan) show the name once for the run;
 * the cells below are "sambungan" (text kept for screen readers, shown again at a page top by the print).
 * Decided here, once, on the rows of one section as rendered — after a unit is picked, lines below `sampai`
 * left out and dividers placed — so the first row of a table or of a section always shows its name.
 */
import type { BarisAnggaran } from '../anggaran.ts';
import { ratakan, urutanTingkat, type Tingkat } from '../anggaranPohon.ts';

export interface BarisTabel {
  baris: BarisAnggaran;
  /** The row directly above in the same section is a line of the same level and name. */
  sambungNama: boolean;
}

/** One section of a table: the lines of a budget tree down to `sampai`, in outline order. */
export function barisBagian(program: readonly BarisAnggaran[], sampai: Tingkat = 'subKegiatan'): BarisTabel[] {
  return sambungkan(ratakan(program).filter((b) => urutanTingkat(b.tingkat) <= urutanTingkat(sampai)));
}

/** Rows of one section (no divider row between them), in printed order. */
export function sambungkan(baris: readonly BarisAnggaran[]): BarisTabel[] {
  return baris.map((b, i) => ({ baris: b, sambungNama: i > 0 && baris[i - 1].tingkat === b.tingkat && baris[i - 1].nama === b.nama }));
}
