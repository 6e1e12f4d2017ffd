/** Capaian kinerja (Permenpan RB 53/2014): how far realisasi reaches the target, in percent. */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';

export type Polaritas = 'positif' | 'negatif';
/** Negative-indicator variants: "selisih" = (2T - R) / T x 100; "rasio" = T / R x 100. */
export type RumusNegatif = 'selisih' | 'rasio';

/** Capaian of a realisasi against its target (realisasi ÷ target × 100; negative indicators by their formula), or why not. */
export function capaian(
  target: number | undefined,
  realisasi: number | undefined,
  polaritas: Polaritas = 'positif',
  rumusNegatif: RumusNegatif = 'selisih',
): Hasil {
  if (target === undefined) return tidakDapat('target belum diisi');
  if (realisasi === undefined) return tidakDapat('realisasi belum diisi');
  if (target === 0) return tidakDapat('target 0: tidak dapat dibagi');
  if (polaritas === 'positif') return hasil((realisasi / target) * 100);
  if (rumusNegatif === 'selisih') return hasil(((2 * target - realisasi) / target) * 100);
  if (realisasi === 0) return tidakDapat('realisasi 0 pada indikator negatif (rumus rasio): tidak dapat dibagi');
  return hasil((target / realisasi) * 100);
}

/** Realisasi from its counted terms: sum(pembilang) / penyebut x 100. */
export function realisasiDariPerhitungan(pembilang: number[], penyebut: number): Hasil {
  if (penyebut === 0) return tidakDapat('penyebut 0: tidak dapat dibagi');
  return hasil((pembilang.reduce((a, b) => a + b, 0) / penyebut) * 100);
}

/** Mean of the capaian that can be computed ("rata-rata capaian" of a table); none computable: cannot. */
export function rataRataCapaian(daftar: Hasil[]): Hasil {
  const ada = daftar.filter((h): h is { ok: true; nilai: number } => h.ok);
  if (!ada.length) return tidakDapat('tidak ada capaian yang dapat dihitung');
  return hasil(ada.reduce((a, h) => a + h.nilai, 0) / ada.length);
}

/** How many of these capaian reach the target (100% or more), and how many could be computed at all. */
export function jumlahTercapai(daftar: Hasil[]): { tercapai: number; dihitung: number } {
  const ada = daftar.filter((h): h is { ok: true; nilai: number } => h.ok);
  // A grade compared without numbers counts too: it is reached or not, though it has no percentage.
  const banding = daftar.filter((h) => !h.ok && h.tercapai !== undefined);
  return {
    tercapai: ada.filter((h) => h.nilai >= 100).length + banding.filter((h) => !h.ok && h.tercapai).length,
    dihitung: ada.length + banding.length,
  };
}
