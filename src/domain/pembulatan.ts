/**
 * Rounding for display only: sums and ratios are always computed on full values.
 * "potong" truncates (Lumajang: 40.646 -> 40.64), "setengah-ke-atas" rounds half away from zero.
 * A tiny tolerance absorbs binary noise (54.9 / 91.5 * 100 = 59.99999999999999 must show 60,00).
 */
export type CaraPembulatan = 'potong' | 'setengah-ke-atas';
export interface Pembulatan {
  cara: CaraPembulatan;
  desimal: number;
}

const EPS = 1e-9;

/** A value rounded for display by the report's rule and decimals (binary noise absorbed). */
export function bulatkan(x: number, p: Pembulatan): number {
  const f = 10 ** p.desimal;
  const scaled = Math.abs(x) * f;
  const tol = Math.max(EPS, scaled * 1e-12);
  // Truncation: a value a hair below an integer is that integer. Half-up: a hair below .5 is .5.
  const r = p.cara === 'potong' ? Math.floor(scaled + tol) : Math.floor(scaled + 0.5 + tol);
  const v = (Math.sign(x) * r) / f;
  return Object.is(v, -0) ? 0 : v;
}
