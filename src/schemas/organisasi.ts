/** Staff (SDM), facilities (sarana prasarana), innovations, awards and activity lists of one report. */
import { z } from 'zod';
import { jumlah, tanggal, teks, tahun, kodeRujukan } from './common.ts';

/** Counts by a free key (status, pendidikan, eselon); `isi` describes one count. */
const hitungan = (isi: string) => z.record(z.string(), jumlah.describe(isi));

/** One row of the staff table: people in one jabatan, counted by sex, status, education and eselon. */
export const barisSdmSchema = z.strictObject({
  jabatan: teks.describe('jabatan dalam organisasi, mis. "Camat", "Tenaga Kontrak"'),
  lakiLaki: jumlah.default(0).describe('jumlah pegawai laki-laki pada jabatan ini (orang)'),
  perempuan: jumlah.default(0).describe('jumlah pegawai perempuan pada jabatan ini (orang)'),
  status: hitungan('jumlah pegawai (orang) dengan status itu')
    .default({})
    .describe('jumlah pegawai per status kepegawaian, mis. { PNS: 1, PPPK: 0, Kontrak: 0 }'),
  pendidikan: hitungan('jumlah pegawai (orang) dengan pendidikan itu')
    .default({})
    .describe('jumlah pegawai per pendidikan terakhir, mis. { S1: 1, SMA: 2 }'),
  eselon: hitungan('jumlah pegawai (orang) pada eselon itu').default({}).describe('jumlah pegawai per eselon, mis. { "III.a": 1 }'),
  keterangan: teks.optional().describe('keterangan, mis. "Plt"'),
});

export const sdmSchema = z.strictObject({
  perTanggal: tanggal.describe('tanggal keadaan pegawai yang dihitung (YYYY-MM-DD), mis. 2024-12-31'),
  baris: z
    .array(barisSdmSchema.describe('satu baris: pegawai pada satu jabatan'))
    .min(1)
    .describe('baris tabel pegawai, satu per jabatan; sedikitnya 1'),
  kebutuhanJabatan: jumlah
    .optional()
    .describe(
      'jumlah kebutuhan jabatan menurut analisis jabatan (orang); dipakai menghitung persentase jabatan yang terisi ASN (PNS/PPPK)',
    ),
  /** Kept only for the checker, never printed. */
  jumlahTertulis: z
    .strictObject({
      lakiLaki: jumlah.optional().describe('jumlah laki-laki seperti tertulis di baris "Jumlah"'),
      perempuan: jumlah.optional().describe('jumlah perempuan seperti tertulis di baris "Jumlah"'),
      status: hitungan('jumlah tertulis untuk status itu').optional().describe('jumlah per status seperti tertulis, mis. { PNS: 12 }'),
      pendidikan: hitungan('jumlah tertulis untuk pendidikan itu')
        .optional()
        .describe('jumlah per pendidikan seperti tertulis, mis. { S1: 8 }'),
      eselon: hitungan('jumlah tertulis untuk eselon itu').optional().describe('jumlah per eselon seperti tertulis, mis. { "III.a": 1 }'),
    })
    .optional()
    .describe('baris "Jumlah" seperti tertulis di dokumen asal; hanya untuk dibandingkan oleh pemeriksa dengan jumlah yang dihitung'),
});

export const kondisiSarana = z.enum(['baik', 'kurang baik', 'rusak ringan', 'rusak berat'], {
  error: 'kondisi harus salah satu dari: baik, kurang baik, rusak ringan, rusak berat',
});

export const saranaSchema = z.strictObject({
  perTanggal: tanggal.describe('tanggal keadaan inventaris (YYYY-MM-DD), mis. 2024-12-31'),
  barang: z
    .array(
      z
        .strictObject({
          nama: teks.describe('nama barang, mis. "Komputer PC"'),
          satuan: teks.describe('satuan barang, mis. "unit" atau "buah"'),
          jumlah: jumlah.describe('banyaknya barang, bilangan bulat'),
          kondisi: z
            .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), kondisiSarana)
            .describe('kondisi barang: "baik", "kurang baik", "rusak ringan" atau "rusak berat" (huruf besar/kecil bebas)'),
          keterangan: teks.optional().describe('keterangan, boleh kosong'),
        })
        .describe('satu jenis barang'),
    )
    .min(1)
    .describe('daftar sarana dan prasarana, satu baris per jenis barang'),
});

export const inovasiSchema = z.strictObject({
  nama: teks.describe('nama inovasi'),
  singkatan: teks.optional().describe('nama singkat inovasi, mis. "NGOBRAS KLAMBI"'),
  tahun: tahun.optional().describe('tahun inovasi mulai diterapkan, mis. 2023'),
  masalah: teks.describe('masalah yang hendak dijawab inovasi'),
  langkah: z.array(teks.describe('satu langkah')).default([]).describe('langkah-langkah yang dilakukan, satu butir per langkah'),
  uraian: teks.optional().describe('uraian inovasi'),
  hasil: teks.describe('hasil setelah inovasi diterapkan'),
});

export const prestasiSchema = z.strictObject({
  nama: teks.describe('nama penghargaan atau prestasi'),
  tingkat: teks.optional().describe('tingkat penghargaan, mis. kecamatan, kabupaten, provinsi, nasional'),
  tahun: tahun.describe('tahun penghargaan diterima, mis. 2024'),
  pemberi: teks.optional().describe('pemberi penghargaan, mis. "Bupati Lumajang"'),
});

/** A list of activities grouped by kind (e.g. Candipuro Tabel 3.2, activities followed up). */
export const daftarAktivitasSchema = z.strictObject({
  id: kodeRujukan.describe('kode daftar, dipakai bab untuk merujuknya, mis. "tindak-lanjut"'),
  judul: teks.describe('judul daftar, dipakai sebagai judul tabel'),
  indikator: kodeRujukan
    .optional()
    .describe(
      'kode indikator yang pembilangnya dihitung dari daftar ini; pemeriksa membandingkan banyaknya aktivitas dengan pembilang itu',
    ),
  kelompok: z
    .array(
      z
        .strictObject({
          jenis: teks.describe('jenis aktivitas, judul kelompok, mis. "Pengaduan masyarakat"'),
          aktivitas: z
            .array(teks.describe('satu aktivitas'))
            .min(1)
            .describe('aktivitas dalam kelompok ini, satu butir per aktivitas; sedikitnya 1'),
        })
        .describe('satu kelompok aktivitas sejenis'),
    )
    .min(1)
    .describe('kelompok aktivitas menurut jenisnya; sedikitnya 1'),
});

export const lainnyaSchema = z.strictObject({
  inovasi: z.array(inovasiSchema.describe('satu inovasi')).default([]).describe('inovasi kecamatan'),
  prestasi: z.array(prestasiSchema.describe('satu prestasi')).default([]).describe('penghargaan atau prestasi yang diterima'),
  aktivitas: z
    .array(daftarAktivitasSchema.describe('satu daftar aktivitas'))
    .default([])
    .describe('daftar aktivitas berkelompok (mis. aktivitas yang ditindaklanjuti), ditampilkan sebagai tabel'),
});

export type Sdm = z.infer<typeof sdmSchema>;
export type Sarana = z.infer<typeof saranaSchema>;
export type Lainnya = z.infer<typeof lainnyaSchema>;
