/**
 * Realisasi of one report: content/laporan/<id>/realisasi.yaml, keyed by indicator code.
 * Kept apart from the indicator definitions because it is what changes every quarter.
 */
import { z } from 'zod';
import { angka, kodeRujukan, teks, kunciBulan } from './common.ts';
import { komponenSchema, nilaiIndikator } from './kinerja.ts';

/** A number, or the code of a grade for an indicator with skalaNilai (checked by the loader against the scale). */
const nilai = nilaiIndikator.optional();

/** komponenSchema (kinerja.ts) with the author texts of its fields as used here. */
const komponen = komponenSchema.extend({
  uraian: komponenSchema.shape.uraian.describe('apa yang dihitung, mis. "Jumlah pengaduan yang diselesaikan"'),
  nilai: komponenSchema.shape.nilai.describe('banyaknya atau besarnya, angka, mis. 45'),
});

export const realisasiIndikatorSchema = z.strictObject({
  tw1: nilai.describe(
    'realisasi triwulan I, dalam satuan indikator (untuk indikator yang dihitung sampai saat itu: nilai pada akhir triwulan), mis. 24.5',
  ),
  tw2: nilai.describe('realisasi triwulan II, dalam satuan indikator'),
  tw3: nilai.describe('realisasi triwulan III, dalam satuan indikator'),
  tw4: nilai.describe('realisasi triwulan IV, dalam satuan indikator'),
  /**
   * Realisasi per month (rencana aksi), by month number: { "1": 12.5, "2": 13 }. When given, each triwulan is derived
   * from its three months by the indicator's `agregasi` (kumulatif: their sum; terakhir: the last month entered;
   * maksimum: the largest), and a typed tw1..tw4 that disagrees is a checker warning.
   */
  bulanan: z
    .record(kunciBulan, angka.describe('realisasi bulan itu, dalam satuan indikator'))
    .optional()
    .describe(
      'realisasi per bulan (rencana aksi), kuncinya nomor bulan 1-12, mis. { "1": 12.5, "2": 13 }; bila diisi, triwulan dihitung dari tiga bulannya menurut agregasi indikator (kumulatif: dijumlah; terakhir: bulan terakhir yang diisi; maksimum: yang terbesar), dan tw1-tw4 yang ditulis tetapi berbeda menjadi peringatan',
    ),
  keteranganBulanan: z
    .record(kunciBulan, teks.describe('keterangan bulan itu'))
    .optional()
    .describe(
      'keterangan per bulan untuk kolom "Keterangan" tabel bulanan (rencana aksi), kuncinya nomor bulan 1-12, mis. { "3": "Data dari kelurahan terlambat" }',
    ),
  tahunan: nilai.describe(
    'realisasi setahun, dalam satuan indikator; isi hanya bila angka triwulan tidak ada (bila triwulan juga diisi, angka ini dicocokkan dengannya)',
  ),
  perhitungan: z
    .strictObject({
      pembilang: z
        .array(komponen.describe('satu komponen pembilang: uraian dan nilainya'))
        .min(1, 'isi sedikitnya 1 pembilang')
        .describe('komponen di atas garis pecahan, dijumlahkan'),
      penyebut: komponen.describe('komponen di bawah garis pecahan: uraian dan nilainya'),
    })
    .optional()
    .describe('cara realisasi dihitung: jumlah pembilang ÷ penyebut × 100; hasilnya dicocokkan dengan realisasi yang ditulis'),
});

export const realisasiSchema = z.record(
  kodeRujukan,
  realisasiIndikatorSchema.describe('realisasi satu indikator; kuncinya kode indikator dari kinerja.yaml, mis. "IKU-1"'),
);

export type RealisasiIndikator = z.infer<typeof realisasiIndikatorSchema>;
export type Realisasi = z.infer<typeof realisasiSchema>;
