/**
 * Realisasi of one report: content/laporan/<id>/realisasi.yaml, keyed by indicator code.
 * Kept apart from the indicator definitions because it is what changes every quarter.
 */
import { z } from 'zod';
import { angka, kodeRujukan, teks, kunciBulan } from './common.ts';
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
  /**
   * Realisasi per month (rencana aksi), by month number: { "1": 12.5, "2": 13 }. When given, each triwulan is derived
   * from its three months by the indicator's `agregasi` (kumulatif: their sum; terakhir: the last month entered;
   * maksimum: the largest), and a typed tw1..tw4 that disagrees is a checker warning.
   */
  bulanan: z.record(kunciBulan, angka).optional(),
  /** A remark per month for the monthly table (rencana aksi "Keterangan"), by month number: { "3": "Data dari kelurahan terlambat" }. */
  keteranganBulanan: z.record(kunciBulan, teks).optional(),
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
