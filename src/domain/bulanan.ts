/**
 * Monthly values (rencana aksi / CRAAPK): realisasi and targets entered per month, combined into quarters
 * and running totals by the indicator's agregasi, the same rule that combines quarters.
 * Missing months are skipped, never taken as 0.
 */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import type { Agregasi, NilaiTriwulan } from './triwulan.ts';
import { TRIWULAN } from './triwulan.ts';

/** Values by month number 1-12 (YAML keys "1".."12"). */
export type NilaiBulanan = Partial<Record<string, number>>;

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Whether any month is entered. */
export function adaBulan(b: NilaiBulanan | undefined): b is NilaiBulanan {
  return !!b && Object.values(b).some((v) => v !== undefined);
}

/** Months dari..sampai (1-based, inclusive) combined by agregasi; none entered: cannot. */
export function gabungBulan(b: NilaiBulanan, agregasi: Agregasi, dari: number, sampai: number): Hasil {
  const nilai: number[] = [];
  for (let m = dari; m <= sampai; m++) if (b[String(m)] !== undefined) nilai.push(b[String(m)]!);
  if (nilai.length === 0) return tidakDapat(`belum ada nilai bulan ${dari}–${sampai}`);
  switch (agregasi) {
    case 'kumulatif':
      return hasil(nilai.reduce((a, x) => a + x, 0));
    case 'maksimum':
      return hasil(Math.max(...nilai));
    case 'terakhir':
      return hasil(nilai[nilai.length - 1]);
  }
}

/**
 * The quarter values months give: each quarter from its three months (kumulatif: their sum; terakhir: the
 * last entered; maksimum: the largest). A quarter with no month entered is left out.
 */
export function triwulanDariBulan(b: NilaiBulanan, agregasi: Agregasi): NilaiTriwulan {
  const out: NilaiTriwulan = {};
  TRIWULAN.forEach((k, i) => {
    const h = gabungBulan(b, agregasi, i * 3 + 1, i * 3 + 3);
    if (h.ok) out[k] = h.nilai;
  });
  return out;
}

/** Month keys entered after the report period's last month (values that would otherwise be ignored). */
export function bulanDiLuarPeriode(b: NilaiBulanan | undefined, sampaiBulan: number): number[] {
  return Object.keys(b ?? {})
    .map(Number)
    .filter((m) => m > sampaiBulan)
    .sort((a, c) => a - c);
}
