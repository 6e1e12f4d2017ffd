/** Comparisons of a realisasi with other figures. */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { capaian, type Polaritas, type RumusNegatif } from './capaian.ts';

/** Change against an earlier value, in the indicator's own unit (percentage points for percentages). */
export function selisih(sekarang: Hasil, dulu: number | undefined): Hasil {
  if (!sekarang.ok) return sekarang;
  if (dulu === undefined) return tidakDapat('nilai pembanding belum diisi');
  return hasil(sekarang.nilai - dulu);
}

/** Capaian of this year's realisasi against the Renstra end target (target akhir). */
export function capaianTargetAkhir(realisasi: Hasil, targetAkhir: number | undefined, polaritas: Polaritas, rumus: RumusNegatif): Hasil {
  if (!realisasi.ok) return realisasi;
  return capaian(targetAkhir, realisasi.nilai, polaritas, rumus);
}
