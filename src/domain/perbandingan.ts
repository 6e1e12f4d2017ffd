/** Comparisons of a realisasi with other figures. */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import type { IndikatorTerhitung } from './laporan.ts';
import { capaian, type Polaritas, type RumusNegatif } from './capaian.ts';

/** Capaian of this year's realisasi against the Renstra end target (target akhir). */
export function capaianTargetAkhir(realisasi: Hasil, targetAkhir: number | undefined, polaritas: Polaritas, rumus: RumusNegatif): Hasil {
  if (!realisasi.ok) return realisasi;
  return capaian(targetAkhir, realisasi.nilai, polaritas, rumus);
}

/** One year's figures of an indicator: the report year's computed ones, or an earlier year's from its history. */
export interface NilaiTahun {
  tahun: number;
  target?: number;
  realisasi: Hasil;
  capaian: Hasil;
  /** True for the report's own year (its realisasi is the period's). */
  tahunIni: boolean;
}

export function nilaiTahun(ind: IndikatorTerhitung, tahun: number, tahunLaporan: number): NilaiTahun | undefined {
  if (tahun === tahunLaporan) return { tahun, target: ind.target, realisasi: ind.realisasi, capaian: ind.capaian, tahunIni: true };
  const h = ind.riwayat.find((x) => x.tahun === tahun);
  if (!h) return undefined;
  return { tahun, target: h.target, realisasi: h.realisasi === undefined ? tidakDapat('realisasi belum diisi') : hasil(h.realisasi), capaian: h.capaian, tahunIni: false };
}
