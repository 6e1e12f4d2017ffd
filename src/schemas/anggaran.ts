/**
 * Budget of one report: content/laporan/<id>/anggaran.yaml
 * program -> kegiatan -> sub kegiatan. Amounts are entered on the lowest level used;
 * an amount written on a parent is an entered total that the checker compares with the sum of its children.
 */
import { z } from 'zod';
import { angkaNonNegatif, teks, kodeRujukan, wajib } from './common.ts';
import { normalkanKode, POLA_KODE } from '../domain/isian.ts';

/** Kode rekening: Permendagri 90 codes (7.01.02.2.04.03), ordinals (1.2) or letters; normalised as typed cells are (domain/isian.ts). */
export const kodeAnggaran = z
  .union([z.string(), z.number()], { error: wajib('kode harus berupa teks, mis. "7.01.02.2.04"') })
  .transform((v) => normalkanKode(String(v)))
  .pipe(z.string().regex(POLA_KODE, 'kode harus berupa angka/huruf dipisah titik, mis. "7.01.02.2.04"'));

/** A program/kegiatan performance indicator (output indicator); targets may be text such as "2 dokumen". */
export const indikatorAnggaranSchema = z.strictObject({
  /** Indicator name. */
  nama: teks,
  /** Unit of the target and realisasi, e.g. "dokumen" or "%"; optional. */
  satuan: teks.optional(),
  /** Target in the original PK / DPA. */
  targetAwal: z.union([z.number(), teks]).optional(),
  /** Target after perubahan (or the only target). */
  target: z.union([z.number(), teks]).optional(),
  /** Realisasi, when reported. */
  realisasi: z.union([z.number(), teks]).optional(),
  /** Renstra targets by year, e.g. { "2021": 40, "2022": 96 } (Kedungkandang's program indicator matrix). */
  renstra: z.record(z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"'), z.union([z.number(), teks])).optional(),
  /** The sasaran whose achievement this indicator measures, when the line serves several (Kedungkandang Tabel 3.7). */
  sasaran: kodeRujukan.optional(),
  /** Analysis of the result (keberhasilan/kegagalan); optional, shown by <TabelIndikatorProgram>. */
  analisis: teks.optional().describe('analisis keberhasilan/kegagalan indikator program/kegiatan; tampil di <TabelIndikatorProgram>'),
  /** Solution (solusi) to what held the result back; optional, shown by <TabelIndikatorProgram>. */
  solusi: teks.optional().describe('solusi; tampil di <TabelIndikatorProgram>'),
  /** Rencana tindak lanjut (follow-up plan) written next to the result; optional. */
  tindakLanjut: teks.optional(),
  /** Capaian (%) as typed in the original document, kept only for the checker. */
  capaianTertulis: z.number().optional(),
});

/** Link to a sasaran, optionally with the share of this budget line that serves it (0-1). */
export const tautanSasaran = z.union([
  kodeRujukan,
  z.strictObject({ kode: kodeRujukan, porsi: z.number().gt(0, 'porsi harus lebih dari 0').max(1, 'porsi paling besar 1') }),
]);

/** One set of figures a line was printed with in the original document. */
const angkaTertulis = z.strictObject({
  /** Pagu as printed. */
  pagu: z.number().optional(),
  /** Pagu awal (before perubahan) as printed. */
  paguAwal: z.number().optional(),
  /** Realisasi as printed. */
  realisasi: z.number().optional(),
  /** Sisa as printed. */
  sisa: z.number().optional(),
  /** Penyerapan (%) as printed. */
  persen: z.number().optional(),
  /** Output/outcome achievement (%) of the line as printed. */
  capaian: z.number().optional().describe('capaian keluaran baris (%) seperti tercetak di dokumen asli; hanya untuk pemeriksa'),
  /** Efficiency of the line as printed (by the report's rule). */
  efisiensi: z.number().optional().describe('efisiensi baris seperti tercetak di dokumen asli (menurut rumus laporan); hanya untuk pemeriksa'),
  /** Where these figures were printed, e.g. "Tabel 2.3". */
  sumber: teks.optional(),
});

const baris = {
  /** Kode rekening; optional when the report uses none. */
  kode: kodeAnggaran.optional(),
  /** Name as in the DPA. */
  nama: teks,
  /** Budget in force (after perubahan when there was one), in rupiah. */
  pagu: angkaNonNegatif.optional(),
  /** Original budget before the perubahan, in rupiah; optional. */
  paguAwal: angkaNonNegatif.optional(),
  /** Amount spent up to the end of the report period, in rupiah. */
  realisasi: angkaNonNegatif.optional(),
  /** Funding source, e.g. "DAU". */
  sumberDana: teks.optional(),
  /** Kelurahan/desa that holds the line (one of `wilayah.daftar` in laporan.yaml); absent = the kecamatan itself. */
  unit: teks.optional(),
  /** Sasaran this line serves; its kegiatan and sub kegiatan serve the same unless they name their own. */
  sasaran: z.array(tautanSasaran).optional(),
  /**
   * Output/outcome achievement of this line in percent, when it is reported as one figure rather than
   * computed from the line's indicators (the mean of their capaian); optional.
   */
  capaian: z
    .number()
    .nonnegative('capaian tidak boleh negatif')
    .optional()
    .describe('capaian keluaran/hasil baris ini (%), bila dilaporkan sebagai satu angka; bila kosong dihitung dari rata-rata capaian indikatornya'),
  /** Output indicators of this line. */
  indikator: z.array(indikatorAnggaranSchema).optional(),
  /**
   * Figures as typed in the original document, kept only for the checker: one set, or a list when the line
   * is printed with different figures in several tables (each with its `sumber`), e.g.
   * `[{ sumber: Tabel 2.3, pagu: 1743266949 }, { sumber: Tabel 3.9, persen: 98.05 }]`.
   */
  tertulis: z.union([angkaTertulis, z.array(angkaTertulis.extend({ sumber: teks }))]).optional(),
};

export const subKegiatanSchema = z.strictObject(baris);
export const kegiatanSchema = z.strictObject({ ...baris, /** Sub kegiatan under this kegiatan. */ subKegiatan: z.array(subKegiatanSchema).optional() });
export const programSchema = z.strictObject({ ...baris, /** Kegiatan under this program. */ kegiatan: z.array(kegiatanSchema).optional() });

export const anggaranSchema = z.strictObject({
  /** Programs of the report year. */
  program: z.array(programSchema).min(1, 'isi sedikitnya 1 program'),
  /** Total as typed in the original document (pagu, realisasi), kept for the checker. */
  jumlahTertulis: z.strictObject({ pagu: angkaNonNegatif.optional(), realisasi: angkaNonNegatif.optional(), persen: z.number().optional() }).optional(),
});

export type Anggaran = z.infer<typeof anggaranSchema>;
export type ProgramInput = z.infer<typeof programSchema>;
