/**
 * Budget of one report: content/laporan/<id>/anggaran.yaml
 * program -> kegiatan -> sub kegiatan. Amounts are entered on the lowest level used;
 * an amount written on a parent is an entered total that the checker compares with the sum of its children.
 */
import { z } from 'zod';
import { angkaNonNegatif, teks, kodeRujukan, wajib, tahun, kunciBulan } from './common.ts';
import { normalkanKode, POLA_KODE } from '../domain/isian.ts';
import { sebutanTingkat, type Tingkat } from '../domain/anggaranPohon.ts';

/** Kode rekening: Permendagri 90 codes (7.01.02.2.04.03), ordinals (1.2) or letters; normalised as typed cells are (domain/isian.ts). */
export const kodeAnggaran = z
  .union([z.string(), z.number()], { error: wajib('kode harus berupa teks, mis. "7.01.02.2.04"') })
  .transform((v) => normalkanKode(String(v)))
  .pipe(z.string().regex(POLA_KODE, 'kode harus berupa angka/huruf dipisah titik, mis. "7.01.02.2.04"'));

/** A program/kegiatan performance indicator (output indicator); targets may be text such as "2 dokumen". */
export const indikatorAnggaranSchema = z.strictObject({
  nama: teks.describe('nama indikator keluaran/hasil, mis. "Jumlah dokumen perencanaan yang disusun"'),
  satuan: teks.optional().describe('satuan target dan realisasi, mis. "dokumen" atau "%"; boleh kosong'),
  targetAwal: z
    .union([z.number(), teks])
    .optional()
    .describe('target di PK/DPA awal (sebelum perubahan): angka, atau teks seperti "2 dokumen"'),
  target: z
    .union([z.number(), teks])
    .optional()
    .describe('target setelah perubahan (atau satu-satunya target): angka, atau teks seperti "2 dokumen"'),
  realisasi: z
    .union([z.number(), teks])
    .optional()
    .describe('realisasi indikator sampai akhir periode laporan: angka, atau teks seperti "2 dokumen"'),
  /** Kedungkandang's program indicator matrix. */
  renstra: z
    .record(
      z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"'),
      z.union([z.number(), teks]).describe('target Renstra untuk tahun itu: angka atau teks'),
    )
    .optional()
    .describe('target Renstra per tahun, kuncinya tahun (empat angka), mis. { "2021": 40, "2022": 96 }'),
  /** Kedungkandang Tabel 3.7. */
  sasaran: kodeRujukan
    .optional()
    .describe('kode sasaran (dari kinerja.yaml) yang capaiannya diukur indikator ini, bila baris anggarannya melayani beberapa sasaran'),
  /** Analysis of the result (keberhasilan/kegagalan); optional, shown by <TabelIndikatorProgram>. */
  analisis: teks.optional().describe('analisis keberhasilan/kegagalan indikator program/kegiatan; tampil di <TabelIndikatorProgram>'),
  /** Solution (solusi) to what held the result back; optional, shown by <TabelIndikatorProgram>. */
  solusi: teks.optional().describe('solusi; tampil di <TabelIndikatorProgram>'),
  tindakLanjut: teks.optional().describe('rencana tindak lanjut yang ditulis di samping hasil; boleh kosong'),
  capaianTertulis: z
    .number()
    .optional()
    .describe('capaian (%) seperti tertulis di dokumen asli; hanya untuk pemeriksa, tidak dicetak (capaian selalu dihitung)'),
});

/** Link to a sasaran, optionally with the share of this budget line that serves it (0-1). */
export const tautanSasaran = z.union([
  kodeRujukan,
  z.strictObject({
    kode: kodeRujukan.describe('kode sasaran dari kinerja.yaml'),
    porsi: z
      .number()
      .gt(0, 'porsi harus lebih dari 0')
      .max(1, 'porsi paling besar 1')
      .describe('bagian anggaran baris ini yang melayani sasaran tersebut, pecahan lebih dari 0 sampai 1, mis. 0.5 untuk separuh'),
  }),
]);

/** One set of figures a line was printed with in the original document. */
const angkaTertulis = z.strictObject({
  pagu: z.number().optional().describe('pagu seperti tercetak di dokumen asli, dalam rupiah; hanya untuk pemeriksa'),
  paguAwal: z
    .number()
    .optional()
    .describe('pagu awal (sebelum perubahan) seperti tercetak di dokumen asli, dalam rupiah; hanya untuk pemeriksa'),
  realisasi: z.number().optional().describe('realisasi anggaran seperti tercetak di dokumen asli, dalam rupiah; hanya untuk pemeriksa'),
  sisa: z.number().optional().describe('sisa anggaran seperti tercetak di dokumen asli, dalam rupiah; hanya untuk pemeriksa'),
  persen: z.number().optional().describe('penyerapan anggaran (%) seperti tercetak di dokumen asli; hanya untuk pemeriksa'),
  capaian: z.number().optional().describe('capaian keluaran baris (%) seperti tercetak di dokumen asli; hanya untuk pemeriksa'),
  efisiensi: z
    .number()
    .optional()
    .describe('efisiensi baris seperti tercetak di dokumen asli (menurut rumus laporan); hanya untuk pemeriksa'),
  sumber: teks.optional().describe('tempat angka-angka ini tercetak di dokumen asli, mis. "Tabel 2.3"'),
});

/**
 * One earlier year of a line (budget history): its amounts that year, and its kode and name that year where they
 * differ (a nomenclature change, e.g. before Permendagri 90/2019). Amounts roll up the tree like this year's.
 */
export const riwayatBarisSchema = z.strictObject({
  tahun: tahun.describe('tahun anggaran sebelum tahun laporan, mis. 2021'),
  kode: kodeAnggaran
    .optional()
    .describe('kode baris ini pada tahun itu, bila berbeda dengan kode tahun ini (mis. nomenklatur sebelum Permendagri 90/2019)'),
  nama: teks.optional().describe('nama program/kegiatan/sub kegiatan pada tahun itu, bila berbeda dengan nama tahun ini'),
  pagu: angkaNonNegatif
    .optional()
    .describe('pagu tahun itu, dalam rupiah; diisi di tingkat terendah, di tingkat atasnya dibandingkan dengan jumlah rinciannya'),
  realisasi: angkaNonNegatif.optional().describe('realisasi anggaran tahun itu, dalam rupiah'),
});

const kunciTahun = z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"');

/** Renstra budget envelope of a line: indicative amounts per year and for the whole Renstra period. */
export const renstraBarisSchema = z.strictObject({
  pagu: z
    .record(kunciTahun, angkaNonNegatif.describe('pagu indikatif Renstra tahun itu, dalam rupiah'))
    .optional()
    .describe('pagu indikatif Renstra per tahun, kuncinya tahun, mis. { "2025": 450000000, "2026": 480000000 }'),
  jumlah: angkaNonNegatif
    .optional()
    .describe(
      'pagu indikatif Renstra untuk seluruh periode Renstra (laporan.yaml: renstra), dalam rupiah; bila kosong dihitung dari pagu per tahun; bila keduanya diisi, dibandingkan',
    ),
});

/** Monthly budget plan (rencana aksi anggaran): amounts per month, not cumulative. */
export const bulananBarisSchema = z.strictObject({
  target: z
    .record(kunciBulan, angkaNonNegatif.describe('rencana penarikan anggaran bulan itu, dalam rupiah'))
    .optional()
    .describe('target (rencana penarikan) anggaran per bulan, kuncinya nomor bulan 1-12, mis. { "1": 25000000, "2": 30000000 }'),
  realisasi: z
    .record(kunciBulan, angkaNonNegatif.describe('realisasi anggaran bulan itu, dalam rupiah'))
    .optional()
    .describe(
      'realisasi anggaran per bulan (bukan kumulatif), kuncinya nomor bulan 1-12; jumlah bulan-bulan periode dibandingkan dengan realisasi baris',
    ),
});

const baris = {
  kode: kodeAnggaran.optional().describe('kode rekening sesuai DPA, mis. "7.01.02.2.04"; boleh kosong bila laporan tidak memakai kode'),
  nama: teks.describe('nama program/kegiatan/sub kegiatan seperti tertulis di DPA'),
  pagu: angkaNonNegatif
    .optional()
    .describe(
      'pagu anggaran yang berlaku (setelah perubahan bila ada), dalam rupiah (angka tanpa titik ribuan, mis. 1250000000); diisi di tingkat terendah, di tingkat atasnya dibandingkan dengan jumlah rinciannya',
    ),
  paguAwal: angkaNonNegatif
    .optional()
    .describe(
      'pagu awal sebelum perubahan anggaran, dalam rupiah (angka tanpa titik ribuan); boleh kosong: baris tanpa pagu awal dihitung tidak berubah (pagu awalnya = pagunya) di tabel, jumlah dan data unduhan, jadi baris yang baru ditambahkan pada perubahan diisi 0',
    ),
  realisasi: angkaNonNegatif
    .optional()
    .describe('anggaran yang terpakai sampai akhir periode laporan, dalam rupiah (angka tanpa titik ribuan, mis. 1198450000)'),
  sumberDana: teks.optional().describe('sumber dana, mis. "DAU"'),
  unit: teks
    .optional()
    .describe(
      'kelurahan/desa pemegang anggaran baris ini (salah satu nama di wilayah.daftar di laporan.yaml); kosongkan bila dipegang kecamatan sendiri',
    ),
  sasaran: z
    .array(
      tautanSasaran.describe('kode sasaran, mis. "S1", atau { kode: "S1", porsi: 0.5 } bila hanya sebagian anggaran melayani sasaran itu'),
    )
    .optional()
    .describe(
      'sasaran (dari kinerja.yaml) yang dilayani baris ini; kegiatan dan sub kegiatan di bawahnya ikut sasaran yang sama kecuali menulis sendiri',
    ),
  riwayat: z
    .array(riwayatBarisSchema.describe('satu tahun sebelumnya'))
    .superRefine((xs, ctx) =>
      xs.forEach((h, i) => {
        if (xs.findIndex((x) => x.tahun === h.tahun) !== i)
          ctx.addIssue({ code: 'custom', path: [i, 'tahun'], message: `tahun ${h.tahun} tertulis dua kali` });
      }),
    )
    .optional()
    .describe('pagu dan realisasi baris ini pada tahun-tahun sebelumnya, dengan kode/nama tahun itu bila berbeda'),
  renstra: renstraBarisSchema.optional().describe('pagu indikatif baris ini di Renstra: per tahun dan untuk seluruh periode'),
  bulanan: bulananBarisSchema.optional().describe('target dan realisasi anggaran baris ini per bulan (rencana aksi)'),
  capaian: z
    .number()
    .nonnegative('capaian tidak boleh negatif')
    .optional()
    .describe(
      'capaian keluaran/hasil baris ini (%), bila dilaporkan sebagai satu angka; bila kosong dihitung dari rata-rata capaian indikatornya',
    ),
  indikator: z
    .array(indikatorAnggaranSchema.describe('satu indikator keluaran/hasil'))
    .optional()
    .describe('indikator keluaran/hasil baris ini dengan target dan realisasinya'),
  /**
   * Figures as typed in the original document, kept only for the checker: one set, or a list when the line
   * is printed with different figures in several tables (each with its `sumber`), e.g.
   * `[{ sumber: Tabel 2.3, pagu: 1743266949 }, { sumber: Tabel 3.9, persen: 98.05 }]`.
   */
  tertulis: z
    .union([
      angkaTertulis,
      z.array(angkaTertulis.extend({ sumber: teks.describe('tempat angka-angka ini tercetak di dokumen asli, mis. "Tabel 2.3"') })),
    ])
    .optional()
    .describe(
      'angka baris ini seperti tercetak di dokumen asli, hanya untuk pemeriksa (tidak dicetak): satu kelompok, atau daftar bila tercetak berbeda di beberapa tabel (masing-masing dengan sumber)',
    ),
};

/** The list of a line's children, under the key of their level (the levels: domain/anggaranPohon.ts). */
function daftarAnak<K extends Tingkat, S extends z.ZodType>(induk: Tingkat, tingkat: K, anak: S) {
  const daftar = z
    .array(anak.describe(`satu ${sebutanTingkat(tingkat)}`))
    .optional()
    .describe(`${sebutanTingkat(tingkat)} di bawah ${sebutanTingkat(induk)} ini`);
  return { [tingkat]: daftar } as { [P in K]: typeof daftar };
}

export const subKegiatanSchema = z.strictObject(baris);
export const kegiatanSchema = z.strictObject({ ...baris, ...daftarAnak('kegiatan', 'subKegiatan', subKegiatanSchema) });
export const programSchema = z.strictObject({ ...baris, ...daftarAnak('program', 'kegiatan', kegiatanSchema) });

export const anggaranSchema = z.strictObject({
  program: z
    .array(programSchema.describe('satu program'))
    .min(1, 'isi sedikitnya 1 program')
    .describe('program tahun laporan, masing-masing dengan kegiatan dan sub kegiatannya'),
  jumlahTertulis: z
    .strictObject({
      pagu: angkaNonNegatif.optional().describe('jumlah pagu seperti tercetak di dokumen asli, dalam rupiah'),
      realisasi: angkaNonNegatif.optional().describe('jumlah realisasi seperti tercetak di dokumen asli, dalam rupiah'),
      persen: z.number().optional().describe('penyerapan (%) baris jumlah seperti tercetak di dokumen asli'),
    })
    .optional()
    .describe('baris "Jumlah" seperti tercetak di dokumen asli; hanya untuk pemeriksa, yang membandingkannya dengan jumlah hasil hitungan'),
  riwayatTertulis: z
    .array(
      z
        .strictObject({
          tahun: tahun.describe('tahun sebelumnya, mis. 2022'),
          pagu: angkaNonNegatif.optional().describe('jumlah pagu tahun itu seperti tercetak di dokumen asli, dalam rupiah'),
          realisasi: angkaNonNegatif.optional().describe('jumlah realisasi tahun itu seperti tercetak di dokumen asli, dalam rupiah'),
          persen: z.number().optional().describe('penyerapan (%) tahun itu seperti tercetak di dokumen asli'),
          sumber: teks.optional().describe('tempat angka ini tercetak di dokumen asli, mis. "Tabel 3.9"'),
        })
        .describe('baris jumlah satu tahun sebelumnya'),
    )
    .optional()
    .describe(
      'baris "Jumlah" tahun-tahun sebelumnya seperti tercetak di dokumen asli; hanya untuk pemeriksa, yang membandingkannya dengan jumlah riwayat program',
    ),
});

export type Anggaran = z.infer<typeof anggaranSchema>;
export type ProgramInput = z.infer<typeof programSchema>;
