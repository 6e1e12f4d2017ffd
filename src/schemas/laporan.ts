/** Identity and settings of one report: content/laporan/<id>/laporan.yaml */
import { z } from 'zod';
import { tanggalTandaTangan, tahun, teks, kodeRujukan, wajib } from './common.ts';
import { checkNip } from '../domain/nip.ts';

/** NIP, 18 digits, spaces allowed ("19680407 198903 1 006"). */
export const nipSchema = z.string({ error: wajib('NIP harus ditulis sebagai teks, dalam tanda kutip') }).superRefine((v, ctx) => {
  const r = checkNip(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.reason });
});

/** A person who signs (camat, bupati/walikota). */
export const pejabatSchema = z.strictObject({
  /** Full name with titles, e.g. "Drs. AGUS SAMSUL HADI". */
  nama: teks,
  /** Position, e.g. "Camat Candipuro". */
  jabatan: teks,
  /** Rank and grade, e.g. "Pembina Tk. I (IV/b)"; optional. */
  pangkat: teks.optional(),
  /** NIP; optional for elected officials (bupati/walikota). */
  nip: nipSchema.optional(),
});

/** The period a report covers. */
export const periodeSchema = z.discriminatedUnion('jenis', [
  z.strictObject({ jenis: z.literal('tahunan') }),
  z.strictObject({ jenis: z.literal('triwulan'), /** Quarter 1-4. */ ke: z.number().int().min(1).max(4) }),
  z.strictObject({ jenis: z.literal('semester'), /** Half 1-2. */ ke: z.number().int().min(1).max(2) }),
], { error: wajib('jenis periode harus salah satu dari: tahunan, triwulan, semester') });

const pembulatanSchema = z.strictObject({
  /** "potong" or "setengah-ke-atas". */
  cara: z.enum(['potong', 'setengah-ke-atas'], { error: wajib('harus "potong" atau "setengah-ke-atas"') }),
  /** Decimals shown (0-4). */
  desimal: z.number().int().min(0).max(4),
});

export const laporanSchema = z.strictObject({
  /** Full report title as on the cover, e.g. "Laporan Kinerja Camat". */
  judul: teks.default('Laporan Kinerja'),
  /** Name of the instansi, e.g. "Kecamatan Candipuro". */
  instansi: teks,
  /** The regional government: kind and name ("kabupaten", "Lumajang"). */
  pemerintah: z.strictObject({
    /** "kabupaten" or "kota". */
    jenis: z.enum(['kabupaten', 'kota'], { error: wajib('harus "kabupaten" atau "kota"') }),
    /** Name without the prefix, e.g. "Lumajang". */
    nama: teks,
  }),
  /** Province, e.g. "Jawa Timur". */
  provinsi: teks,
  /** Period covered. */
  periode: periodeSchema,
  /** Budget year. */
  tahun: tahun,
  /** Place of signing, e.g. "Lumajang". */
  tempat: teks,
  /** Date of signing: YYYY-MM-DD ("15 Januari 2025"), or YYYY-MM for a month only ("Januari 2025"). */
  tanggal: tanggalTandaTangan,
  /** The day is left blank to be written by hand when signing: printed "…… Januari 2025" (tanggal then gives the month). */
  tanggalDiisiTangan: z.boolean({ error: wajib('harus true atau false') }).optional().describe('true: hari dikosongkan untuk ditulis tangan, dicetak "…… Januari 2025"; tanggal ditulis bulannya saja (YYYY-MM)'),
  /** The camat who signs the report (pihak pertama of the PK). */
  penandatangan: pejabatSchema,
  /** Pihak kedua of the Perjanjian Kinerja (bupati/walikota); optional. */
  pihakKedua: pejabatSchema.optional(),
  /** Dates the Perjanjian Kinerja (and its perubahan) were signed, for the PK appendix. */
  perjanjianKinerja: z
    .strictObject({
      /** Date the PK was signed: YYYY-MM-DD, or YYYY-MM for a month only; optional (left out: no date is printed). */
      tanggal: tanggalTandaTangan.optional(),
      /** Place the PK was signed, when it differs from the report's `tempat`; printed before the date. */
      tempat: teks.optional().describe('tempat penandatanganan PK bila berbeda dari tempat laporan; dicetak sebelum tanggal'),
      /** The PK Perubahan, when the agreement was changed during the year. */
      perubahan: z
        .strictObject({
          /** Date it was signed (YYYY-MM-DD or YYYY-MM); optional. */
          tanggal: tanggalTandaTangan.optional(),
          /** Place it was signed, when it differs; optional. */
          tempat: teks.optional().describe('tempat penandatanganan PK Perubahan bila berbeda'),
        })
        .optional(),
    })
    .optional(),
  /** The kelurahan or desa of the kecamatan, so budget lines can name the one that holds them (`unit`) and be compared. */
  wilayah: z
    .strictObject({
      /** What they are called: "kelurahan" (kota) or "desa". */
      sebutan: z.enum(['kelurahan', 'desa'], { error: wajib('harus "kelurahan" atau "desa"') }),
      /** Their names, e.g. [Arjowinangun, Bumiayu]. */
      daftar: z.array(teks).min(1, 'isi sedikitnya 1 nama'),
    })
    .optional(),
  /** Office address, printed on the cover (and in the letterhead, when there is one); optional. */
  alamat: teks.optional(),
  /** Logo of the pemerintah daerah: a PNG, JPG or SVG file in the report folder, e.g. "logo-lumajang.png"; on the cover and in the letterhead. Optional. */
  logo: teks.optional(),
  /**
   * Letterhead (kop surat): logo, "PEMERINTAH …", the instansi, address and contacts, above a double rule.
   * Printed where `pada` says: on the cover ("sampul") and/or on the first page of each Perjanjian Kinerja ("perjanjian-kinerja").
   */
  kop: z
    .strictObject({
      /** Phone, e.g. "(0334) 321 465". */
      telepon: teks.optional().describe('nomor telepon kantor, mis. "(0334) 321 465"'),
      /** Fax. */
      faksimile: teks.optional().describe('nomor faksimile'),
      /** Postcode, e.g. "67355". */
      kodePos: z.union([teks, z.number().int()]).transform(String).optional().describe('kode pos, mis. "67355"'),
      /** Website, e.g. "kecjatiroto.lumajangkab.go.id". */
      laman: teks.optional().describe('alamat situs web kantor'),
      /** E-mail. */
      surel: teks.optional().describe('alamat surel (e-mail) kantor'),
      /** Where the letterhead is printed. */
      pada: z
        .array(z.enum(['sampul', 'perjanjian-kinerja'], { error: wajib('harus "sampul" atau "perjanjian-kinerja"') }).describe('"sampul" atau "perjanjian-kinerja"'))
        .min(1)
        .default(['sampul', 'perjanjian-kinerja'])
        .describe('tempat kop dicetak: "sampul" dan/atau "perjanjian-kinerja"'),
    })
    .optional()
    .describe('kop surat (logo, pemerintah, instansi, alamat, kontak) di sampul dan/atau Perjanjian Kinerja'),
  /** Renstra in force, e.g. { mulai: 2018, akhir: 2023 }. */
  renstra: z.strictObject({ mulai: tahun, akhir: tahun }).optional(),
  /** Id of the predikat scale in content/skala/ (e.g. "lumajang-5"). */
  skalaPredikat: kodeRujukan,
  /** How performance figures (target, realisasi, capaian) are rounded for display: "potong" (truncate, as Lumajang does) or "setengah-ke-atas"; decimals shown. */
  pembulatan: pembulatanSchema.default({ cara: 'setengah-ke-atas', desimal: 2 }),
  /** Rounding of budget percentages (penyerapan), when it differs from `pembulatan`: budget tables usually come from a spreadsheet that rounds half-up. */
  pembulatanAnggaran: pembulatanSchema.optional(),
  /** Which target capaian is measured against: "pk" (PK Perubahan when there is one, else PK awal), "pk-awal", or "renstra". */
  acuanTarget: z.enum(['pk', 'pk-awal', 'renstra'], { error: wajib('harus "pk", "pk-awal" atau "renstra"') }).default('pk'),
  /** Efficiency rule: "selisih" (capaian - % penyerapan) or "rasio" (% penyerapan / capaian x 100); optional. */
  efisiensi: z.enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') }).optional(),
  /** Efficiency scale in content/skala-efisiensi/ (bands with their reading, e.g. "kepmendagri-690-1996"), judging each efficiency figure; optional. */
  skalaEfisiensi: kodeRujukan.optional().describe('id skala efisiensi di content/skala-efisiensi/ (mis. "kepmendagri-690-1996"): setiap angka efisiensi diberi kategori menurut pitanya; skala harus untuk rumus efisiensi laporan ini'),
  /** Row numbers of budget lines without a kode rekening: "romawi" (I, I.1, I.1.1), "angka" (1, 1.1, 1.1.1) or "tanpa" (none). */
  nomorBaris: z
    .enum(['romawi', 'angka', 'tanpa'], { error: wajib('harus "romawi", "angka" atau "tanpa"') })
    .default('tanpa')
    .describe('nomor baris anggaran yang tidak memiliki kode rekening: "romawi" (I, I.1, I.1.1), "angka" (1, 1.1, 1.1.1) atau "tanpa" (baku)'),
  /** Caption numbering: tables per BAB ("Tabel 3.1") or straight through ("Tabel 7"); same for figures ("Gambar"). */
  penomoran: z
    .strictObject({
      tabel: z.enum(['per-bab', 'berurutan'], { error: wajib('harus "per-bab" atau "berurutan"') }).default('per-bab'),
      gambar: z.enum(['per-bab', 'berurutan'], { error: wajib('harus "per-bab" atau "berurutan"') }).default('berurutan'),
    })
    .default({ tabel: 'per-bab', gambar: 'berurutan' }),
  /** A draft is validated by `npm run check` and shown by `npm run dev`, but not published by `npm run build` (unless LKJIP_DRAF=1). */
  draf: z.boolean({ error: wajib('harus true atau false') }).default(false),
  /** Printed on both sides: each BAB starts on a right-hand page (a blank page is added before it when needed) and the binding margin alternates. */
  bolakBalik: z.boolean({ error: wajib('harus true atau false') }).default(false),
  /** Paper size for the PDF. */
  kertas: z.enum(['A4', 'F4'], { error: wajib('harus "A4" atau "F4"') }).default('A4'),
}).superRefine((l, ctx) => {
  // A day entered and then left out of print would be silently ignored.
  if (l.tanggalDiisiTangan && /^\d{4}-\d{2}-\d{2}$/.test(l.tanggal))
    ctx.addIssue({ code: 'custom', path: ['tanggal'], message: `dengan tanggalDiisiTangan: true, tulis bulannya saja (YYYY-MM), mis. ${l.tanggal.slice(0, 7)}` });
});

export type Laporan = z.infer<typeof laporanSchema>;
export type Pejabat = z.infer<typeof pejabatSchema>;
