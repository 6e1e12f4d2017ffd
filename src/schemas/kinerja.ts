/**
 * Performance data of one report: content/laporan/<id>/kinerja.yaml
 * tujuan -> sasaran -> indikator, each indikator with its targets, realisasi, history and comparisons.
 * Only measured and agreed figures are entered; capaian, predikat and comparisons are computed.
 */
import { z } from 'zod';
import { angka, tahun, teks, kodeRujukan, wajib, kunciBulan } from './common.ts';
import { LAPISAN } from '../domain/lapisan.ts';

/** One term of a realisasi formula, e.g. { uraian: "Aktivitas yang ditindaklanjuti", nilai: 28 }. */
export const komponenSchema = z.strictObject({
  /** What is counted. */
  uraian: teks,
  /** The count or amount. */
  nilai: angka,
});

/** A figure as it was typed in an earlier (hand-made) document, kept only so the checker can compare it. */
export const tertulisSchema = z.strictObject({
  besaran: z
    .enum(['target', 'realisasi', 'capaian', 'capaianTargetAkhir', 'penyerapan', 'efisiensi', 'pagu', 'paguAwal'], {
      error: wajib('harus salah satu dari: target, realisasi, capaian, capaianTargetAkhir, penyerapan, efisiensi, pagu, paguAwal'),
    })
    .describe(
      'angka mana yang dicatat: target, realisasi, capaian, capaianTargetAkhir (terhadap target akhir Renstra), penyerapan, efisiensi, atau pagu / paguAwal (anggaran sasaran atau tujuan)',
    ),
  nilai: angka.describe('angka persis seperti tercetak di dokumen asal, mis. 98.5; pemeriksa membandingkannya dengan hasil hitungan'),
  sumber: teks.describe('tempat angka itu tercetak, mis. "Tabel 3.3"'),
  lapisan: z
    .enum(LAPISAN, { error: wajib(`harus salah satu dari: ${LAPISAN.join(', ')}`) })
    .optional()
    .describe(
      'untuk target, capaian dan predikat: target dokumen mana yang dicetak (renstra, rkt, pkAwal, pkPerubahan, akhir); bila kosong: target acuan laporan (acuanTarget)',
    ),
});

export const riwayatSchema = z.strictObject({
  tahun: tahun.describe('tahun pengukuran terdahulu, mis. 2023'),
  target: angka.optional().describe('target pada tahun itu, dalam satuan indikator'),
  realisasi: angka.optional().describe('realisasi pada tahun itu, dalam satuan indikator'),
  namaIndikator: teks
    .optional()
    .describe('nama indikator pada tahun itu bila indikatornya berbeda (diganti saat pergantian Renstra); kosongkan bila sama'),
  dokumen: teks.optional().describe('dokumen perencanaan tahun itu, mis. "P-Renstra 2018-2023"'),
  capaianTertulis: angka
    .optional()
    .describe('capaian (%) seperti tercetak di dokumen asal; pemeriksa membandingkannya dengan hitungan dari target dan realisasi'),
});

export const pembandingSchema = z.strictObject({
  jenis: z
    .enum(['kecamatan', 'kabupaten', 'kota', 'provinsi', 'nasional', 'spm'], {
      error: wajib('harus salah satu dari: kecamatan, kabupaten, kota, provinsi, nasional, spm'),
    })
    .describe('jenis pembanding: kecamatan lain, kabupaten, kota, provinsi, nasional, atau spm (standar pelayanan minimal)'),
  nama: teks.describe('nama pembanding, mis. "Kecamatan Yosowilangun" atau "SPM"'),
  nilai: angka.describe('nilai pembanding, dalam satuan indikator'),
  tahun: tahun.optional().describe('tahun nilai pembanding; bila kosong: tahun laporan'),
  label: teks.optional().describe('label predikat yang dicetak di samping nilai pembanding, mis. "B"'),
});

export const indikatorSchema = z
  .strictObject({
    kode: kodeRujukan.describe('kode indikator, unik dalam satu laporan; dipakai tabel dan narasi untuk merujuknya, mis. "IKU-1"'),
    nama: teks.describe('nama indikator seperti tertulis di Perjanjian Kinerja'),
    satuan: teks.describe('satuan indikator, mis. "persen", "indeks", "angka", "dokumen"'),
    /** Definisi operasional: what the indicator measures and how, as in the IKU document; shown in <TabelIku>. */
    definisiOperasional: teks.optional().describe('definisi operasional indikator seperti di dokumen IKU; tampil di <TabelIku>'),
    /** Kind of indicator: "output", "outcome" or "impact" (dampak); shown in <TabelIku>. */
    jenis: z
      .enum(['output', 'outcome', 'impact'], { error: wajib('harus "output", "outcome" atau "impact"') })
      .optional()
      .describe('jenis indikator: "output", "outcome" atau "impact"; tampil di <TabelIku>'),
    /** Decimals shown for this indicator's target and realisasi (0-4), e.g. 0 for an index printed "85"; default: the report's `pembulatan.desimal`. Capaian keeps the report's. */
    desimal: z
      .number({ error: wajib('harus bilangan bulat 0 s.d. 4') })
      .int('harus bilangan bulat 0 s.d. 4')
      .min(0, 'paling kecil 0')
      .max(4, 'paling besar 4')
      .optional()
      .describe(
        'angka di belakang koma untuk target dan realisasi indikator ini (0-4), mis. 0 untuk indeks yang dicetak "85"; baku: pembulatan.desimal laporan',
      ),
    polaritas: z
      .enum(['positif', 'negatif'], { error: wajib('harus "positif" atau "negatif"') })
      .default('positif')
      .describe('"positif" bila makin tinggi makin baik, "negatif" bila makin rendah makin baik (mis. angka kemiskinan)'),
    rumusNegatif: z
      .enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') })
      .default('selisih')
      .describe(
        'rumus capaian indikator negatif: "selisih" = (2 × target − realisasi) / target × 100 (Permenpan RB 53/2014), atau "rasio" = target / realisasi × 100',
      ),
    rumus: teks.optional().describe('rumus perhitungan indikator dalam kata-kata, seperti di dokumen IKU; tampil di <TabelIku>'),
    sumberData: teks.optional().describe('sumber data indikator, mis. "Seksi Pemerintahan"; tampil di <TabelIku>'),
    penanggungJawab: teks.optional().describe('pejabat atau unit yang bertanggung jawab atas indikator; tampil di <TabelIku>'),
    bolehNegatif: z
      .boolean({ error: wajib('harus true atau false') })
      .optional()
      .describe(
        'true bila target dan realisasi indikator ini memang dapat bernilai di bawah nol (mis. laju pertumbuhan); tanpa ini nilai negatif ditolak pemeriksa',
      ),
    agregasi: z
      .enum(['kumulatif', 'terakhir', 'maksimum'], { error: wajib('harus "kumulatif", "terakhir" atau "maksimum"') })
      .default('terakhir')
      .describe(
        'cara nilai triwulan (dan bulan) digabung menjadi nilai tahunan: "kumulatif" (dijumlah), "terakhir" (nilai terakhir, untuk angka s.d. saat itu) atau "maksimum"',
      ),
    target: z
      .strictObject({
        pkAwal: angka.optional().describe('target pada Perjanjian Kinerja awal untuk tahun laporan, dalam satuan indikator (mis. 95)'),
        pkPerubahan: angka.optional().describe('target pada PK Perubahan, bila PK diubah dalam tahun berjalan'),
        rkt: angka
          .optional()
          .describe(
            'target pada Rencana Kerja Tahunan (RKT) / Renja untuk tahun laporan, bila berbeda dari PK; tampil di <TabelTarget> dan dengan lapisan="rkt"',
          ),
        renstra: z
          .record(
            z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"'),
            angka.describe('target Renstra untuk tahun kunci itu, dalam satuan indikator'),
          )
          .optional()
          .describe('target tahunan Renstra per tahun, mis. "2024": 87.72'),
        akhir: angka.optional().describe('target pada akhir periode Renstra (target akhir)'),
        /** Kumulatif indicators: the month's share; terakhir: the level to reach by the month's end. */
        bulanan: z
          .record(
            kunciBulan,
            angka.describe(
              'target bulan itu: untuk agregasi "kumulatif" bagian bulan itu, untuk "terakhir" tingkat yang dicapai di akhir bulan',
            ),
          )
          .optional()
          .describe(
            'target bulanan rencana aksi, per nomor bulan (1 = Januari), mis. { "1": 5, "2": 5 }; tabel bulanan membandingkan realisasi tiap bulan dengannya',
          ),
      })
      .describe('target indikator untuk tahun laporan; isi sedikitnya satu dari pkAwal, pkPerubahan, rkt, renstra atau bulanan'),
    label: z
      .strictObject({
        target: teks.optional().describe('label predikat yang dicetak di samping target, mis. "B-"'),
        realisasi: teks.optional().describe('label predikat yang dicetak di samping realisasi, mis. "C"'),
        akhir: teks.optional().describe('label predikat yang dicetak di samping target akhir Renstra'),
      })
      .optional()
      .describe('label predikat (huruf) yang dicetak di samping angka, mis. { target: "B-", realisasi: "C" }'),
    riwayat: z
      .array(riwayatSchema.describe('hasil satu tahun terdahulu'))
      .default([])
      .describe('hasil tahun-tahun sebelumnya, untuk tabel dan grafik riwayat'),
    pembanding: z
      .array(pembandingSchema.describe('satu pembanding'))
      .default([])
      .describe('pembanding: kecamatan lain, kabupaten, standar nasional atau SPM'),
    /** Analysis of the result: why it succeeded or failed (analisis keberhasilan/kegagalan); shown in <TabelAnalisis>. */
    analisis: teks.optional().describe('analisis penyebab keberhasilan/kegagalan; tampil di <TabelAnalisis>'),
    /** What was done, or will be done, about it (solusi / alternatif solusi); shown in <TabelAnalisis>. */
    solusi: teks.optional().describe('solusi atau alternatif solusi; tampil di <TabelAnalisis>'),
    /** Rencana tindak lanjut (follow-up plan); shown in <TabelAnalisis>. */
    rencanaTindakLanjut: teks.optional().describe('rencana tindak lanjut; tampil di <TabelAnalisis>'),
    /** Kept only for the checker (`npm run check`), never printed. */
    tertulis: z
      .array(tertulisSchema.describe('satu angka tertulis'))
      .default([])
      .describe('angka seperti tertulis di dokumen asal (laporan lama buatan tangan); hanya untuk dibandingkan oleh pemeriksa'),
  })
  .superRefine((ind, ctx) => {
    if (
      ind.target.pkAwal === undefined &&
      ind.target.pkPerubahan === undefined &&
      ind.target.rkt === undefined &&
      ind.target.renstra === undefined &&
      ind.target.bulanan === undefined
    )
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'isi sedikitnya satu target: pkAwal, pkPerubahan, rkt, renstra atau bulanan',
      });
    const years = ind.riwayat.map((r) => r.tahun);
    years.forEach((y, i) => {
      if (years.indexOf(y) !== i) ctx.addIssue({ code: 'custom', path: ['riwayat', i, 'tahun'], message: `tahun ${y} tertulis dua kali` });
    });
  });

/** One schema object for an indicator wherever it stands, so tools that walk the schema see one field set. */
const butirIndikator = indikatorSchema.describe('satu indikator kinerja (di bawah tujuan atau sasaran)');

export const sasaranSchema = z.strictObject({
  kode: kodeRujukan.describe('kode sasaran, mis. "S1"'),
  nama: teks.describe('nama sasaran strategis seperti di Renstra/PK'),
  indikator: z
    .array(butirIndikator)
    .min(1, 'setiap sasaran harus memiliki sedikitnya 1 indikator')
    .describe('indikator kinerja sasaran ini; sedikitnya 1'),
});

export const tujuanSchema = z.strictObject({
  kode: kodeRujukan.describe('kode tujuan, mis. "T1"'),
  nama: teks.describe('nama tujuan seperti di Renstra'),
  indikator: z.array(butirIndikator).default([]).describe('indikator tujuan itu sendiri (mis. Indeks Pelayanan Publik); boleh kosong'),
  sasaran: z.array(sasaranSchema.describe('satu sasaran strategis')).default([]).describe('sasaran strategis di bawah tujuan ini'),
});

export const kinerjaSchema = z.strictObject({
  tujuan: z
    .array(tujuanSchema.describe('satu tujuan Renstra'))
    .min(1, 'isi sedikitnya 1 tujuan')
    .describe('tujuan Renstra, masing-masing dengan sasaran dan indikatornya; sedikitnya 1'),
});

export type Kinerja = z.infer<typeof kinerjaSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type Tujuan = z.infer<typeof tujuanSchema>;
