/** Predikat: the band of a scale (content/skala/*.yaml) a capaian falls in. */
import type { Skala, Pita } from '../schemas/skala.ts';
import { lowerOf, upperOf } from '../schemas/skala.ts';
import type { Hasil } from './hasil.ts';
import { bulatkan, type Pembulatan } from './pembulatan.ts';

/** The band of a scale a value falls in (bounds open or closed as the scale says), if any. */
export function pitaUntuk(skala: Skala, nilai: number): Pita | undefined {
  return skala.pita.find((p) => {
    const lo = lowerOf(p);
    const hi = upperOf(p);
    const aboveLo = lo.closed ? nilai >= lo.v : nilai > lo.v;
    const belowHi = hi.closed ? nilai <= hi.v : nilai < hi.v;
    return aboveLo && belowHi;
  });
}

/**
 * The predikat of a capaian. The band is chosen on the value as displayed (with the report's rounding),
 * so that a reader who sees "90,00%" never finds it labelled as if it were above 90.
 */
export function predikat(skala: Skala, c: Hasil, p: Pembulatan): Pita | undefined {
  if (!c.ok) return undefined;
  return pitaUntuk(skala, bulatkan(c.nilai, p));
}

/** A band written the way reports write it: "> 75% – 90%", "≤ 50%", "≥ 110%", "= 100%". */
export function rentangPita(p: Pita): string {
  const f = (x: number) => `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(x)}%`;
  const lo = lowerOf(p);
  const hi = upperOf(p);
  if (lo.v === hi.v) return `= ${f(lo.v)}`;
  if (lo.v === -Infinity) return `${hi.closed ? '≤' : '<'} ${f(hi.v)}`;
  if (hi.v === Infinity) return `${lo.closed ? '≥' : '>'} ${f(lo.v)}`;
  return `${lo.closed ? '≥' : '>'} ${f(lo.v)} – ${hi.closed ? '' : '< '}${f(hi.v)}`;
}
