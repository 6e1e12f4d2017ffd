/** Staff (SDM), facilities (sarana prasarana), innovations, awards and activity lists of one report. */
import { z } from 'zod';
import { jumlah, tanggal, teks, tahun, kodeRujukan } from './common.ts';

const hitungan = z.record(z.string(), jumlah);

/** One row of the staff table: people in one jabatan, counted by sex, status, education and eselon. */
export const barisSdmSchema = z.strictObject({
  /** Position in the organisation, e.g. "Camat", "Tenaga Kontrak". */
  jabatan: teks,
  /** Number of men. */
  lakiLaki: jumlah.default(0),
  /** Number of women. */
  perempuan: jumlah.default(0),
  /** Count by status, e.g. { PNS: 1, PPPK: 0, Kontrak: 0 }. */
  status: hitungan.default({}),
  /** Count by education, e.g. { S1: 1 }. */
  pendidikan: hitungan.default({}),
  /** Count by eselon, e.g. { "III.a": 1 }. */
  eselon: hitungan.default({}),
  /** Remark, e.g. "Plt". */
  keterangan: teks.optional(),
});

export const sdmSchema = z.strictObject({
  /** Date the counts refer to (YYYY-MM-DD). */
  perTanggal: tanggal,
  /** Rows of the staff table. */
  baris: z.array(barisSdmSchema).min(1),
  /** Positions needed by the job analysis (analisis jabatan), for the fill rate; optional. */
  kebutuhanJabatan: jumlah.optional(),
  /** The "Jumlah" row as typed in the original document, kept only for the checker. */
  jumlahTertulis: z
    .strictObject({ lakiLaki: jumlah.optional(), perempuan: jumlah.optional(), status: hitungan.optional(), pendidikan: hitungan.optional(), eselon: hitungan.optional() })
    .optional(),
});

export const kondisiSarana = z.enum(['baik', 'kurang baik', 'rusak ringan', 'rusak berat'], {
  error: 'kondisi harus salah satu dari: baik, kurang baik, rusak ringan, rusak berat',
});

export const saranaSchema = z.strictObject({
  /** Date the inventory refers to. */
  perTanggal: tanggal,
  /** Items. */
  barang: z
    .array(
      z.strictObject({
        /** Item name. */
        nama: teks,
        /** Unit, e.g. "unit", "buah". */
        satuan: teks,
        /** How many. */
        jumlah: jumlah,
        /** Condition. */
        kondisi: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), kondisiSarana),
        /** Remark. */
        keterangan: teks.optional(),
      }),
    )
    .min(1),
});

export const inovasiSchema = z.strictObject({
  /** Name of the innovation. */
  nama: teks,
  /** Short name, e.g. "NGOBRAS KLAMBI". */
  singkatan: teks.optional(),
  /** Year started. */
  tahun: tahun.optional(),
  /** The problem it answers. */
  masalah: teks,
  /** What was done (steps). */
  langkah: z.array(teks).default([]),
  /** Description of the innovation. */
  uraian: teks.optional(),
  /** Result after it was applied. */
  hasil: teks,
});

export const prestasiSchema = z.strictObject({
  /** Award name. */
  nama: teks,
  /** Level: kecamatan, kabupaten, provinsi, nasional. */
  tingkat: teks.optional(),
  /** Year. */
  tahun: tahun,
  /** Who gave it. */
  pemberi: teks.optional(),
});

/** A list of activities grouped by kind (e.g. Candipuro Tabel 3.2, activities followed up). */
export const daftarAktivitasSchema = z.strictObject({
  /** Id the narrative uses to refer to the list. */
  id: kodeRujukan,
  /** Title used as the table caption. */
  judul: teks,
  /** Indicator whose pembilang this list counts; the checker compares the count. */
  indikator: kodeRujukan.optional(),
  /** Groups. */
  kelompok: z.array(z.strictObject({ /** Kind of activity. */ jenis: teks, /** Activities. */ aktivitas: z.array(teks).min(1) })).min(1),
});

export const lainnyaSchema = z.strictObject({
  /** Innovations. */
  inovasi: z.array(inovasiSchema).default([]),
  /** Awards. */
  prestasi: z.array(prestasiSchema).default([]),
  /** Activity lists. */
  aktivitas: z.array(daftarAktivitasSchema).default([]),
});

export type Sdm = z.infer<typeof sdmSchema>;
export type Sarana = z.infer<typeof saranaSchema>;
export type Lainnya = z.infer<typeof lainnyaSchema>;
