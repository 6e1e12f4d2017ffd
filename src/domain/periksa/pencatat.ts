/**
 * What every kind of check shares: comparing a typed figure with the computed one at the precision it was typed
 * with, and the recorder a check writes its warnings and its comparisons to.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { bulatkan } from '../pembulatan.ts';
import { angka } from '../tampilan/format.ts';
import { berkasLaporan, type Masalah } from '../masalah.ts';

/** Decimals a typed figure was written with (89.52 -> 2, 60 -> 0). */
export function desimalDari(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(4, s.length - i - 1);
}

/**
 * Does a typed figure agree with the computed one, read at the precision it was typed with?
 * Truncated and half-up roundings both count as agreement: hand-made reports mix them (Candipuro's
 * budget table truncates some percentages and rounds others), and a rounding habit is not a wrong figure.
 */
export function sesuai(tertulis: number, dihitung: number): boolean {
  const desimal = desimalDari(tertulis);
  return (['potong', 'setengah-ke-atas'] as const).some(
    (cara) => bulatkan(dihitung, { cara, desimal }) === bulatkan(tertulis, { cara, desimal }),
  );
}

/** What a kind of check needs from the checker: compare, warn, and record what it compared. */
export interface Pencatat {
  /** A typed figure was compared (agreeing or not): its file and path. */
  banding(berkas: string, jalur: string): void;
  warn(berkas: string, jalur: string, pesan: string): void;
  /** A percentage/number formatted for a message. */
  fmt(x: number): string;
  /** Does a typed figure agree with the computed one at the precision it was typed with? */
  sesuai(tertulis: number, dihitung: number): boolean;
}

/** A recorder for one report: warnings go to `out` (file named from the report folder), comparisons to `dibandingkan`. */
export function pencatat(r: LaporanTerhitung, out: Masalah[], dibandingkan: string[]): Pencatat {
  const p = r.data.laporan.pembulatan;
  return {
    banding: (file, jalur) => void dibandingkan.push(`${file}:${jalur}`),
    warn: (file, jalur, pesan) => void out.push({ tingkat: 'peringatan', berkas: berkasLaporan(r.data.id, file), jalur, pesan }),
    fmt: (x) => angka(x, { cara: p.cara, desimal: Math.max(p.desimal, 2) }),
    sesuai,
  };
}
