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
  nama: teks.describe('nama lengkap dengan gelar, seperti dicetak di bawah tanda tangan, mis. "Drs. AGUS SAMSUL HADI"'),
  jabatan: teks.describe('jabatan, mis. "Camat Candipuro"'),
  pangkat: teks.optional().describe('pangkat dan golongan, mis. "Pembina Tk. I (IV/b)"'),
  nip: nipSchema
    .optional()
    .describe(
      'NIP 18 angka, ditulis dalam tanda kutip, spasi boleh (mis. "19680407 198903 1 006"); boleh kosong untuk pejabat terpilih (bupati/walikota)',
    ),
});

/** The period a report covers. */
export const periodeSchema = z.discriminatedUnion(
  'jenis',
  [
    z.strictObject({ jenis: z.literal('tahunan').describe('jenis periode: "tahunan", "triwulan" atau "semester"') }),
    z.strictObject({
      jenis: z.literal('triwulan'),
      ke: z.number().int().min(1).max(4).describe('untuk triwulan: triwulan ke-1 s.d. 4; untuk semester: semester ke-1 atau 2'),
    }),
    z.strictObject({ jenis: z.literal('semester'), /** Half 1-2. */ ke: z.number().int().min(1).max(2) }),
  ],
  { error: wajib('jenis periode harus salah satu dari: tahunan, triwulan, semester') },
);

/** Report-level figures a hand-made report prints (averages, predikat, counts); the checker compares each with the computed one. */
export const BESARAN_LAPORAN = [
  'rataRataCapaian',
  'rataRataCapaianSemua',
  'predikat',
  'jumlahIndikator',
  'jumlahIndikatorSasaran',
  'jumlahTujuan',
  'jumlahSasaran',
  'jumlahProgram',
  'jumlahKegiatan',
  'jumlahSubKegiatan',
  'jumlahTercapai',
  'jumlahBelumTercapai',
] as const;
export type BesaranLaporan = (typeof BESARAN_LAPORAN)[number];

export const tertulisLaporanSchema = z
  .strictObject({
    besaran: z
      .enum(BESARAN_LAPORAN, { error: wajib(`harus salah satu dari: ${BESARAN_LAPORAN.join(', ')}`) })
      .describe(
        'angka laporan yang dicatat: rataRataCapaian (rata-rata capaian indikator sasaran), rataRataCapaianSemua (rata-rata semua indikator, juga tujuan), predikat (kata predikat rata-rata itu, mis. "Sangat Tinggi"), jumlahIndikator, jumlahIndikatorSasaran, jumlahTujuan, jumlahSasaran, jumlahProgram, jumlahKegiatan, jumlahSubKegiatan, jumlahTercapai, jumlahBelumTercapai',
      ),
    nilai: z
      .union([z.number(), teks], { error: wajib('harus angka (mis. 98.47 atau 12) atau, untuk predikat, kata predikatnya') })
      .describe('angka persis seperti tercetak (mis. 98.47, 12), atau untuk predikat katanya (mis. "Sangat Tinggi")'),
    sumber: teks.describe('tempat angka itu tercetak, mis. "Ikhtisar Eksekutif" atau "Bab III paragraf 2"'),
  })
  .superRefine((t, ctx) => {
    if ((t.besaran === 'predikat') !== (typeof t.nilai === 'string'))
      ctx.addIssue({
        code: 'custom',
        path: ['nilai'],
        message: t.besaran === 'predikat' ? 'predikat ditulis sebagai kata, mis. "Sangat Tinggi"' : `${t.besaran} harus berupa angka`,
      });
  });
export type TertulisLaporan = z.infer<typeof tertulisLaporanSchema>;

const pembulatanSchema = z.strictObject({
  cara: z
    .enum(['potong', 'setengah-ke-atas'], { error: wajib('harus "potong" atau "setengah-ke-atas"') })
    .describe('"potong" (angka lebih dibuang) atau "setengah-ke-atas" (pembulatan biasa)'),
  desimal: z.number().int().min(0).max(4).describe('banyak angka di belakang koma yang dicetak (0-4)'),
});

export const laporanSchema = z
  .strictObject({
    judul: teks.default('Laporan Kinerja').describe('judul lengkap laporan seperti di sampul, mis. "Laporan Kinerja Camat"'),
    instansi: teks.describe('nama instansi, mis. "Kecamatan Candipuro"'),
    pemerintah: z
      .strictObject({
        jenis: z.enum(['kabupaten', 'kota'], { error: wajib('harus "kabupaten" atau "kota"') }).describe('"kabupaten" atau "kota"'),
        nama: teks.describe('nama tanpa kata "Kabupaten"/"Kota", mis. "Lumajang"'),
      })
      .describe('pemerintah daerah: jenis dan nama, mis. { jenis: kabupaten, nama: Lumajang }'),
    provinsi: teks.describe('nama provinsi, mis. "Jawa Timur"'),
    periode: periodeSchema.describe('periode yang dilaporkan, mis. { jenis: tahunan } atau { jenis: triwulan, ke: 2 }'),
    tahun: tahun.describe('tahun anggaran yang dilaporkan, mis. 2024'),
    tempat: teks.describe('tempat penandatanganan, mis. "Lumajang"'),
    tanggal: tanggalTandaTangan.describe(
      'tanggal penandatanganan: YYYY-MM-DD (dicetak "15 Januari 2025") atau YYYY-MM untuk bulan saja ("Januari 2025")',
    ),
    /** The day is left blank to be written by hand when signing: printed "…… Januari 2025" (tanggal then gives the month). */
    tanggalDiisiTangan: z
      .boolean({ error: wajib('harus true atau false') })
      .optional()
      .describe('true: hari dikosongkan untuk ditulis tangan, dicetak "…… Januari 2025"; tanggal ditulis bulannya saja (YYYY-MM)'),
    penandatangan: pejabatSchema.describe('camat yang menandatangani laporan (pihak pertama Perjanjian Kinerja)'),
    pihakKedua: pejabatSchema.optional().describe('pihak kedua Perjanjian Kinerja (bupati/walikota); boleh kosong'),
    perjanjianKinerja: z
      .strictObject({
        tanggal: tanggalTandaTangan
          .optional()
          .describe('tanggal PK ditandatangani: YYYY-MM-DD, atau YYYY-MM untuk bulan saja; bila kosong tidak ada tanggal yang dicetak'),
        /** Place the PK was signed, when it differs from the report's `tempat`; printed before the date. */
        tempat: teks.optional().describe('tempat penandatanganan PK bila berbeda dari tempat laporan; dicetak sebelum tanggal'),
        perubahan: z
          .strictObject({
            tanggal: tanggalTandaTangan.optional().describe('tanggal PK Perubahan ditandatangani (YYYY-MM-DD atau YYYY-MM)'),
            /** Place it was signed, when it differs; optional. */
            tempat: teks.optional().describe('tempat penandatanganan PK Perubahan bila berbeda'),
          })
          .optional()
          .describe('PK Perubahan, bila perjanjian diubah dalam tahun berjalan'),
      })
      .optional()
      .describe('tanggal (dan tempat) penandatanganan Perjanjian Kinerja dan perubahannya, untuk lampiran PK'),
    wilayah: z
      .strictObject({
        sebutan: z
          .enum(['kelurahan', 'desa'], { error: wajib('harus "kelurahan" atau "desa"') })
          .describe('sebutannya: "kelurahan" (kota) atau "desa"'),
        daftar: z
          .array(teks.describe('nama satu kelurahan/desa, mis. "Bumiayu"'))
          .min(1, 'isi sedikitnya 1 nama')
          .describe('nama-nama kelurahan/desa, mis. [Arjowinangun, Bumiayu]'),
      })
      .optional()
      .describe('kelurahan atau desa di kecamatan, agar baris anggaran dapat menyebut wilayahnya (`unit`) dan dibandingkan'),
    alamat: teks.optional().describe('alamat kantor, dicetak di sampul (dan di kop surat bila ada)'),
    logo: teks
      .optional()
      .describe(
        'logo pemerintah daerah: berkas PNG, JPG atau SVG di folder laporan, mis. "logo-lumajang.png"; tampil di sampul dan kop surat',
      ),
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
          .array(
            z
              .enum(['sampul', 'perjanjian-kinerja'], { error: wajib('harus "sampul" atau "perjanjian-kinerja"') })
              .describe('"sampul" atau "perjanjian-kinerja"'),
          )
          .min(1)
          .default(['sampul', 'perjanjian-kinerja'])
          .describe('tempat kop dicetak: "sampul" dan/atau "perjanjian-kinerja"'),
      })
      .optional()
      .describe('kop surat (logo, pemerintah, instansi, alamat, kontak) di sampul dan/atau Perjanjian Kinerja'),
    renstra: z
      .strictObject({
        mulai: tahun.describe('tahun awal Renstra, mis. 2018'),
        akhir: tahun.describe('tahun akhir Renstra, mis. 2023'),
      })
      .optional()
      .describe('periode Renstra yang berlaku, mis. { mulai: 2018, akhir: 2023 }'),
    skalaPredikat: kodeRujukan.describe('id skala predikat di content/skala/ (nama berkas tanpa .yaml), mis. "lumajang-5"'),
    pembulatan: pembulatanSchema
      .default({ cara: 'setengah-ke-atas', desimal: 2 })
      .describe(
        'pembulatan angka kinerja (target, realisasi, capaian) saat dicetak: cara ("potong" seperti Lumajang, atau "setengah-ke-atas") dan banyak desimal',
      ),
    /** Budget tables usually come from a spreadsheet that rounds half-up. */
    pembulatanAnggaran: pembulatanSchema
      .optional()
      .describe('pembulatan persentase anggaran (penyerapan) bila berbeda dari pembulatan; bila kosong: sama dengan pembulatan'),
    acuanTarget: z
      .enum(['pk', 'pk-awal', 'rkt', 'renstra'], { error: wajib('harus "pk", "pk-awal", "rkt" atau "renstra"') })
      .default('pk')
      .describe(
        'target acuan capaian di tabel dan <Nilai> yang tidak menyebut lapisan: "pk" (PK Perubahan bila ada, selain itu PK awal), "pk-awal", "rkt" (RKT/Renja; bila kosong seperti "pk") atau "renstra"; setiap tabel menyebut dokumen targetnya',
      ),
    efisiensi: z
      .enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') })
      .optional()
      .describe(
        'rumus efisiensi: "selisih" (capaian − % penyerapan) atau "rasio" (% penyerapan / capaian × 100); bila kosong efisiensi tidak dihitung',
      ),
    /** Efficiency scale in content/skala-efisiensi/ (bands with their reading, e.g. "kepmendagri-690-1996"), judging each efficiency figure; optional. */
    skalaEfisiensi: kodeRujukan
      .optional()
      .describe(
        'id skala efisiensi di content/skala-efisiensi/ (mis. "kepmendagri-690-1996"): setiap angka efisiensi diberi kategori menurut pitanya; skala harus untuk rumus efisiensi laporan ini',
      ),
    /** Row numbers of budget lines without a kode rekening: "romawi" (I, I.1, I.1.1), "angka" (1, 1.1, 1.1.1) or "tanpa" (none). */
    nomorBaris: z
      .enum(['romawi', 'angka', 'tanpa'], { error: wajib('harus "romawi", "angka" atau "tanpa"') })
      .default('tanpa')
      .describe(
        'nomor baris anggaran yang tidak memiliki kode rekening: "romawi" (I, I.1, I.1.1), "angka" (1, 1.1, 1.1.1) atau "tanpa" (baku)',
      ),
    penomoran: z
      .strictObject({
        tabel: z
          .enum(['per-bab', 'berurutan'], { error: wajib('harus "per-bab" atau "berurutan"') })
          .default('per-bab')
          .describe('nomor tabel: "per-bab" ("Tabel 3.1") atau "berurutan" ("Tabel 7")'),
        gambar: z
          .enum(['per-bab', 'berurutan'], { error: wajib('harus "per-bab" atau "berurutan"') })
          .default('berurutan')
          .describe('nomor gambar: "per-bab" ("Gambar 3.1") atau "berurutan" ("Gambar 7")'),
      })
      .default({ tabel: 'per-bab', gambar: 'berurutan' })
      .describe('cara penomoran judul tabel dan gambar'),
    /** Not published by `npm run build` unless LKJIP_DRAF=1. */
    draf: z
      .boolean({ error: wajib('harus true atau false') })
      .default(false)
      .describe(
        'true: laporan masih draf; diperiksa oleh npm run check dan tampil di npm run dev, tetapi tidak diterbitkan oleh npm run build',
      ),
    bolakBalik: z
      .boolean({ error: wajib('harus true atau false') })
      .default(false)
      .describe(
        'true: dicetak bolak-balik; setiap BAB mulai di halaman kanan (halaman kosong ditambahkan bila perlu) dan margin jilid bergantian',
      ),
    kertas: z
      .enum(['A4', 'F4'], { error: wajib('harus "A4" atau "F4"') })
      .default('A4')
      .describe('ukuran kertas PDF: "A4" atau "F4"'),
    /** Kept only for the checker (`npm run check`), never printed. */
    tertulis: z
      .array(tertulisLaporanSchema.describe('satu angka laporan tertulis'))
      .default([])
      .describe(
        'angka tingkat laporan seperti tertulis di naskah (rata-rata capaian, kata predikat, banyaknya indikator/sasaran/program/kegiatan/sub kegiatan); hanya untuk dibandingkan oleh pemeriksa',
      ),
  })
  .superRefine((l, ctx) => {
    // A day entered and then left out of print would be silently ignored.
    if (l.tanggalDiisiTangan && /^\d{4}-\d{2}-\d{2}$/.test(l.tanggal))
      ctx.addIssue({
        code: 'custom',
        path: ['tanggal'],
        message: `dengan tanggalDiisiTangan: true, tulis bulannya saja (YYYY-MM), mis. ${l.tanggal.slice(0, 7)}`,
      });
  });

export type Laporan = z.infer<typeof laporanSchema>;
export type Pejabat = z.infer<typeof pejabatSchema>;
