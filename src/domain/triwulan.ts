/** Combining quarterly realisasi into the figure for the report period. */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';

export type Agregasi = 'kumulatif' | 'terakhir' | 'maksimum';
export interface NilaiTriwulan {
  tw1?: number;
  tw2?: number;
  tw3?: number;
  tw4?: number;
}

export const TRIWULAN = ['tw1', 'tw2', 'tw3', 'tw4'] as const;

/**
 * Realisasi up to quarter `sampai` (1-4). Missing quarters are skipped, never taken as 0;
 * with no quarter filled at all the figure cannot be computed.
 */
export function realisasiSampai(v: NilaiTriwulan, agregasi: Agregasi, sampai: number): Hasil {
  const values = TRIWULAN.slice(0, sampai)
    .map((k) => v[k])
    .filter((x): x is number => x !== undefined);
  if (values.length === 0) return tidakDapat(`belum ada realisasi triwulan s.d. triwulan ${sampai}`);
  switch (agregasi) {
    case 'kumulatif':
      return hasil(values.reduce((a, b) => a + b, 0));
    case 'maksimum':
      return hasil(Math.max(...values));
    case 'terakhir': {
      const last = TRIWULAN.slice(0, sampai)
        .filter((k) => v[k] !== undefined)
        .pop()!;
      return hasil(v[last]!);
    }
  }
}
