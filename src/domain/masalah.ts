/** A problem found in a report's files: an error (the build stops) or a warning (figures disagree). */
export interface Masalah {
  tingkat: 'galat' | 'peringatan';
  /** File, relative to the project root, e.g. content/laporan/candipuro-2023-tw2/kinerja.yaml. */
  berkas: string;
  /** Line in the file, when known. */
  baris?: number;
  /** Column on that line (chapters), when known. */
  kolom?: number;
  /** Field path, e.g. tujuan[0].sasaran[1].indikator[0].target. */
  jalur: string;
  /** What is wrong and what was expected, in plain Indonesian. */
  pesan: string;
  /** What the file says, when it helps. */
  ditemukan?: string;
}

/** The folder holding the reports, relative to the project root: the one place the layout is written. */
export const FOLDER_LAPORAN = 'content/laporan';

/** Where a report's data file lives, relative to the project root (as messages name it). */
export function berkasLaporan(id: string, nama: string): string {
  return `${FOLDER_LAPORAN}/${id}/${nama}`;
}
