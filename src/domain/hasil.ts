/** A computed figure, or the reason it cannot be computed ("tidak dapat dihitung"). Missing is never 0. */
export type Hasil =
  | { ok: true; nilai: number }
  /** `tercapai`: a comparison without a number (a grade reached or not), printed "Tercapai" / "Belum tercapai". */
  | { ok: false; alasan: string; tercapai?: boolean };

export const hasil = (nilai: number): Hasil => (Number.isFinite(nilai) ? { ok: true, nilai } : { ok: false, alasan: 'hasil bukan angka' });
export const tidakDapat = (alasan: string): Hasil => ({ ok: false, alasan });
