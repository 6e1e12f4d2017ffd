/**
 * Performance data of one report: content/laporan/<id>/kinerja.yaml
 * tujuan -> sasaran -> indikator, each indikator with its targets, realisasi, history and comparisons.
 * Only measured and agreed figures are entered; capaian, predikat and comparisons are computed.
 */
import { z } from 'zod';
import { angka, tahun, teks, kodeRujukan, wajib, kunciBulan } from './common.ts';

/** One term of a realisasi formula, e.g. { uraian: "Aktivitas yang ditindaklanjuti", nilai: 28 }. */
export const komponenSchema = z.strictObject({
  /** What is counted. */
  uraian: teks,
  /** The count or amount. */
  nilai: angka,
});

/** A figure as it was typed in an earlier (hand-made) document, kept only so the checker can compare it. */
export const tertulisSchema = z.strictObject({
  /** Which figure: target, realisasi, capaian, capaianTargetAkhir (against the Renstra end target), penyerapan, efisiensi, or pagu / paguAwal (budget of the sasaran or tujuan). */
  besaran: z.enum(['target', 'realisasi', 'capaian', 'capaianTargetAkhir', 'penyerapan', 'efisiensi', 'pagu', 'paguAwal'], {
    error: wajib('harus salah satu dari: target, realisasi, capaian, capaianTargetAkhir, penyerapan, efisiensi, pagu, paguAwal'),
  }),
  /** The value as printed. */
  nilai: angka,
  /** Where it was printed, e.g. "Tabel 3.3". */
  sumber: teks,
});

export const riwayatSchema = z.strictObject({
  /** Year of the earlier measurement. */
  tahun: tahun,
  /** Target of that year. */
  target: angka.optional(),
  /** Realisasi of that year. */
  realisasi: angka.optional(),
  /** Name of the indicator that year, when it was a different (replaced) indicator: the lineage across a Renstra change. */
  namaIndikator: teks.optional(),
  /** Planning document of that year, e.g. "P-Renstra 2018-2023". */
  dokumen: teks.optional(),
  /** Capaian as printed in the source, checked against target and realisasi. */
  capaianTertulis: angka.optional(),
});

export const pembandingSchema = z.strictObject({
  /** Kind of benchmark. */
  jenis: z.enum(['kecamatan', 'kabupaten', 'kota', 'provinsi', 'nasional', 'spm'], {
    error: wajib('harus salah satu dari: kecamatan, kabupaten, kota, provinsi, nasional, spm'),
  }),
  /** Name, e.g. "Kecamatan Yosowilangun" or "SPM". */
  nama: teks,
  /** The benchmark's value. */
  nilai: angka,
  /** Year of the value (defaults to the report year). */
  tahun: tahun.optional(),
  /** Grade label shown next to the value. */
  label: teks.optional(),
});

export const indikatorSchema = z
  .strictObject({
    /** Unique code within the report, used by tables and the narrative (e.g. "IKU-1"). */
    kode: kodeRujukan,
    /** Name of the indicator as in the PK. */
    nama: teks,
    /** Unit, e.g. "persen", "indeks", "angka", "dokumen". */
    satuan: teks,
    /** Definisi operasional: what the indicator measures and how, as in the IKU document; shown in <TabelIku>. */
    definisiOperasional: teks.optional().describe('definisi operasional indikator seperti di dokumen IKU; tampil di <TabelIku>'),
    /** Kind of indicator: "output", "outcome" or "impact" (dampak); shown in <TabelIku>. */
    jenis: z.enum(['output', 'outcome', 'impact'], { error: wajib('harus "output", "outcome" atau "impact"') }).optional().describe('jenis indikator: "output", "outcome" atau "impact"; tampil di <TabelIku>'),
    /** Decimals shown for this indicator's target and realisasi (0-4), e.g. 0 for an index printed "85"; default: the report's `pembulatan.desimal`. Capaian keeps the report's. */
    desimal: z.number({ error: wajib('harus bilangan bulat 0 s.d. 4') }).int('harus bilangan bulat 0 s.d. 4').min(0, 'paling kecil 0').max(4, 'paling besar 4').optional().describe('angka di belakang koma untuk target dan realisasi indikator ini (0-4), mis. 0 untuk indeks yang dicetak "85"; baku: pembulatan.desimal laporan'),
    /** "positif" (higher is better) or "negatif" (lower is better). */
    polaritas: z.enum(['positif', 'negatif'], { error: wajib('harus "positif" atau "negatif"') }).default('positif'),
    /** For negative indicators: "selisih" = (2 x target - realisasi) / target x 100 (Permenpan RB 53/2014), or "rasio" = target / realisasi x 100. */
    rumusNegatif: z.enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') }).default('selisih'),
    /** Formula as text, as in the IKU document. */
    rumus: teks.optional(),
    /** Source of the data, e.g. "Bagian Organisasi". */
    sumberData: teks.optional(),
    /** Person or unit responsible. */
    penanggungJawab: teks.optional(),
    /** How quarterly (and monthly) values combine: "kumulatif" (sum), "terakhir" (last value, for to-date figures) or "maksimum". */
    agregasi: z.enum(['kumulatif', 'terakhir', 'maksimum'], { error: wajib('harus "kumulatif", "terakhir" atau "maksimum"') }).default('terakhir'),
    /** Targets for the report year. */
    target: z.strictObject({
      /** Target in the PK (Perjanjian Kinerja) at the start of the year. */
      pkAwal: angka.optional(),
      /** Target in the PK Perubahan, when the PK was changed. */
      pkPerubahan: angka.optional(),
      /** Yearly targets of the Renstra, by year ("2024": 87.72). */
      renstra: z.record(z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"'), angka).optional(),
      /** Target at the end of the Renstra period (target akhir). */
      akhir: angka.optional(),
      /**
       * Targets per month of the rencana aksi, by month number: { "1": 5, "2": 5 }. Each is the target of that month
       * (kumulatif indicators: the month's share; terakhir: the level to reach by the month's end); the monthly table
       * compares each month's realisasi with it.
       */
      bulanan: z.record(kunciBulan, angka).optional(),
    }),
    /** Grade labels printed next to a figure, e.g. { target: "B-", realisasi: "C" }. */
    label: z.strictObject({ target: teks.optional(), realisasi: teks.optional(), akhir: teks.optional() }).optional(),
    /** Results of earlier years. */
    riwayat: z.array(riwayatSchema).default([]),
    /** Benchmarks: another kecamatan, the kabupaten, a national standard. */
    pembanding: z.array(pembandingSchema).default([]),
    /** Analysis of the result: why it succeeded or failed (analisis keberhasilan/kegagalan); shown in <TabelAnalisis>. */
    analisis: teks.optional().describe('analisis penyebab keberhasilan/kegagalan; tampil di <TabelAnalisis>'),
    /** What was done, or will be done, about it (solusi / alternatif solusi); shown in <TabelAnalisis>. */
    solusi: teks.optional().describe('solusi atau alternatif solusi; tampil di <TabelAnalisis>'),
    /** Rencana tindak lanjut (follow-up plan); shown in <TabelAnalisis>. */
    rencanaTindakLanjut: teks.optional().describe('rencana tindak lanjut; tampil di <TabelAnalisis>'),
    /** Figures as typed in the original document, kept for the checker. */
    tertulis: z.array(tertulisSchema).default([]),
  })
  .superRefine((ind, ctx) => {
    if (ind.target.pkAwal === undefined && ind.target.pkPerubahan === undefined && ind.target.renstra === undefined && ind.target.bulanan === undefined)
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'isi sedikitnya satu target: pkAwal, pkPerubahan, renstra atau bulanan' });
    const years = ind.riwayat.map((r) => r.tahun);
    years.forEach((y, i) => {
      if (years.indexOf(y) !== i) ctx.addIssue({ code: 'custom', path: ['riwayat', i, 'tahun'], message: `tahun ${y} tertulis dua kali` });
    });
  });

export const sasaranSchema = z.strictObject({
  /** Code, e.g. "S1". */
  kode: kodeRujukan,
  /** Name of the strategic target. */
  nama: teks,
  /** Its key indicators. */
  indikator: z.array(indikatorSchema).min(1, 'setiap sasaran harus memiliki sedikitnya 1 indikator'),
});

export const tujuanSchema = z.strictObject({
  /** Code, e.g. "T1". */
  kode: kodeRujukan,
  /** Name of the goal. */
  nama: teks,
  /** Indicators of the goal itself (e.g. Indeks Pelayanan Publik); optional. */
  indikator: z.array(indikatorSchema).default([]),
  /** Strategic targets under this goal. */
  sasaran: z.array(sasaranSchema).default([]),
});

export const kinerjaSchema = z.strictObject({
  /** Goals of the Renstra, with their sasaran and indicators. */
  tujuan: z.array(tujuanSchema).min(1, 'isi sedikitnya 1 tujuan'),
});

export type Kinerja = z.infer<typeof kinerjaSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type Tujuan = z.infer<typeof tujuanSchema>;
