/** A computed figure, or the reason it cannot be computed ("tidak dapat dihitung"). Missing is never 0. */
export type Hasil =
  | { ok: true; nilai: number }
  /** `tercapai`: a comparison without a number (a grade reached or not), printed "Tercapai" / "Belum tercapai". */
  | { ok: false; alasan: string; tercapai?: boolean };

/** A computed figure; a non-finite one (a division by zero) becomes "tidak dapat dihitung". */
export const hasil = (nilai: number): Hasil => (Number.isFinite(nilai) ? { ok: true, nilai } : { ok: false, alasan: 'hasil bukan angka' });
/** A figure that cannot be computed, with the reason shown to readers. */
export const tidakDapat = (alasan: string): Hasil => ({ ok: false, alasan });
