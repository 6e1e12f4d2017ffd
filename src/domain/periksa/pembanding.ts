/** Typed capaian against a benchmark (pembanding[].capaianTertulis): realisasi ÷ the benchmark × 100, or why not. */
import type { IndikatorTerhitung } from '../laporan.ts';
import type { Pencatat } from './pencatat.ts';

/** Each benchmark of one indicator with a typed capaian: compared, or reported as not comparable with the reason. */
export function periksaPembanding(ind: IndikatorTerhitung, c: Pencatat): void {
  ind.pembanding.forEach((b, i) => {
    if (b.capaianTertulis === undefined) return;
    const jalur = `${ind.jalur}.pembanding[${i}].capaianTertulis`;
    const awal = `capaian indikator ${ind.input.kode} terhadap ${b.nama} tertulis ${c.fmt(b.capaianTertulis)}`;
    if (!b.capaian.ok) return c.warn('kinerja.yaml', jalur, `${awal}, tetapi tidak dapat dibandingkan: ${b.capaian.alasan}`);
    c.banding('kinerja.yaml', jalur);
    if (!c.sesuai(b.capaianTertulis, b.capaian.nilai))
      c.warn('kinerja.yaml', jalur, `${awal}, sedangkan realisasi ÷ nilai pembanding × 100 = ${c.fmt(b.capaian.nilai)}`);
  });
}
