/**
 * Realisasi of one report: content/laporan/<id>/realisasi.yaml, keyed by indicator code.
 * Kept apart from the indicator definitions because it is what changes every quarter.
 */
import { z } from 'zod';
import { angka, kodeRujukan } from './common.ts';
import { komponenSchema } from './kinerja.ts';

const nilai = angka.optional();

export const realisasiIndikatorSchema = z.strictObject({
  /** Value of triwulan I (for to-date indicators: the value at the end of the quarter). */
  tw1: nilai,
  /** Value of triwulan II. */
  tw2: nilai,
  /** Value of triwulan III. */
  tw3: nilai,
  /** Value of triwulan IV. */
  tw4: nilai,
  /** Monthly values by month number ("1".."12"); optional. */
  bulanan: z.record(z.string().regex(/^(1[0-2]|[1-9])$/, 'kunci bulan harus 1 s.d. 12'), angka).optional(),
  /** Year total. Enter it only when quarters are not known; when quarters are given too, it is checked against them. */
  tahunan: nilai,
  /** How the realisasi was counted: sum(pembilang) / penyebut x 100; checked against the realisasi. */
  perhitungan: z
    .strictObject({
      /** Terms added up above the line. */
      pembilang: z.array(komponenSchema).min(1, 'isi sedikitnya 1 pembilang'),
      /** The term below the line. */
      penyebut: komponenSchema,
    })
    .optional(),
});

export const realisasiSchema = z.record(kodeRujukan, realisasiIndikatorSchema);

export type RealisasiIndikator = z.infer<typeof realisasiIndikatorSchema>;
export type Realisasi = z.infer<typeof realisasiSchema>;
