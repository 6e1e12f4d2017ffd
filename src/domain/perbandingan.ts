/** Comparisons of a realisasi with other figures. */
import type { Hasil } from './hasil.ts';
import { capaian, type Polaritas, type RumusNegatif } from './capaian.ts';

/** Capaian of this year's realisasi against the Renstra end target (target akhir). */
export function capaianTargetAkhir(realisasi: Hasil, targetAkhir: number | undefined, polaritas: Polaritas, rumus: RumusNegatif): Hasil {
  if (!realisasi.ok) return realisasi;
  return capaian(targetAkhir, realisasi.nilai, polaritas, rumus);
}
