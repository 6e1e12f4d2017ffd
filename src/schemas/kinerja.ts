/**
 * Performance data of one report: content/laporan/<id>/kinerja.yaml
 * tujuan -> sasaran -> indikator, each indikator with its targets, realisasi, history and comparisons.
 * Only measured and agreed figures are entered; capaian, predikat and comparisons are computed.
 */
import { z } from 'zod';
import { angka, tahun, teks, kodeRujukan, wajib, kunciBulan } from './common.ts';
import { LAPISAN } from '../domain/lapisan.ts';
import { saranAngka } from './pesan.ts';

/**
 * A value of an indicator: a number, or, for an indicator with `skalaNilai`, the code of a grade on that scale ("B").
 * Typed as a number because the computed report turns every code into its number (skalaNilai.ts) before anything reads
 * it; a code on an indicator without a scale, or not on its scale, is refused (kinerja: here; realisasi: the loader).
 */
export const nilaiIndikator = z.union([angka, teks], {
  error: wajib('harus berupa angka, atau kode nilai skala huruf indikator (mis. "B")'),
}) as unknown as z.ZodType<number>;

/** One grade of an ordered scale of letters/categories, lowest first. */
export const nilaiHurufSchema = z.strictObject({
  kode: teks.describe('kode nilai seperti tertulis, mis. "BB" atau "A"'),
  angka: angka
    .optional()
    .describe(
      'padanan angka nilai ini bila skala menetapkannya (mis. nilai SAKIP BB = 70); bila semua nilai memilikinya, capaian = angka realisasi ÷ angka target × 100; bila tidak, capaian berupa tercapai / belum tercapai',
    ),
});

/** An ordered scale of grades (letters or categories), e.g. the SAKIP grades AA … D. */
export const skalaNilaiSchema = z
  .strictObject({
    id: kodeRujukan.describe('pengenal skala yang ditulis di indikator (skalaNilai), mis. "sakip"'),
    nama: teks.describe('nama skala, mis. "Nilai SAKIP (AA–D)"'),
    sumber: teks.optional().describe('peraturan atau dokumen asal skala'),
    nilai: z
      .array(nilaiHurufSchema.describe('satu nilai skala'))
      .min(2, 'skala nilai harus memiliki sedikitnya 2 nilai')
      .describe('nilai-nilai skala, urut dari terendah ke tertinggi, mis. D, C, CC, B, BB, A, AA'),
  })
  .superRefine((s, ctx) => {
    const kode = s.nilai.map((n) => n.kode);
    kode.forEach((k, i) => {
      if (kode.indexOf(k) !== i) ctx.addIssue({ code: 'custom', path: ['nilai', i, 'kode'], message: `kode "${k}" tertulis dua kali` });
    });
    const ada = s.nilai.filter((n) => n.angka !== undefined).length;
    if (ada > 0 && ada < s.nilai.length)
      ctx.addIssue({ code: 'custom', path: ['nilai'], message: 'isi angka untuk semua nilai skala, atau tidak sama sekali' });
    s.nilai.forEach((n, i) => {
      const sebelum = s.nilai[i - 1]?.angka;
      if (i > 0 && n.angka !== undefined && sebelum !== undefined && n.angka <= sebelum)
        ctx.addIssue({ code: 'custom', path: ['nilai', i, 'angka'], message: 'angka harus naik dari nilai terendah ke tertinggi' });
    });
  });
export type SkalaNilai = z.infer<typeof skalaNilaiSchema>;

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
  target: nilaiIndikator.optional().describe('target pada tahun itu, dalam satuan indikator (atau kode nilai skala huruf)'),
  realisasi: nilaiIndikator.optional().describe('realisasi pada tahun itu, dalam satuan indikator (atau kode nilai skala huruf)'),
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
  nilai: z
    .union([z.literal('Nihil'), nilaiIndikator], { error: wajib('harus angka, kode nilai skala huruf, atau "Nihil"') })
    .describe(
      'nilai pembanding, dalam satuan indikator; "Nihil" bila tidak ada standar yang berlaku (dicetak "Nihil", capaian terhadapnya tidak dihitung)',
    ),
  tahun: tahun.optional().describe('tahun nilai pembanding; bila kosong: tahun laporan'),
  capaianTertulis: angka
    .optional()
    .describe(
      'capaian terhadap pembanding (%) seperti tercetak, realisasi ÷ nilai pembanding × 100; pemeriksa membandingkannya dengan hitungan',
    ),
  label: teks.optional().describe('label predikat yang dicetak di samping nilai pembanding, mis. "B"'),
});

export const indikatorSchema = z
  .strictObject({
    kode: kodeRujukan.describe('kode indikator, unik dalam satu laporan; dipakai tabel dan narasi untuk merujuknya, mis. "IKU-1"'),
    nama: teks.describe('nama indikator seperti tertulis di Perjanjian Kinerja'),
    satuan: teks.describe('satuan indikator, mis. "persen", "indeks", "angka", "dokumen"'),
    skalaNilai: kodeRujukan
      .optional()
      .describe(
        'id skala nilai huruf (kinerja.yaml: skalaNilai) bila target dan realisasi indikator ini berupa nilai huruf/kategori, mis. "sakip"; nilainya ditulis dengan kodenya ("B")',
      ),
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
        pkAwal: nilaiIndikator
          .optional()
          .describe(
            'target pada Perjanjian Kinerja awal untuk tahun laporan, dalam satuan indikator (mis. 95, atau "B" untuk nilai huruf)',
          ),
        pkPerubahan: nilaiIndikator.optional().describe('target pada PK Perubahan, bila PK diubah dalam tahun berjalan'),
        rkt: nilaiIndikator
          .optional()
          .describe(
            'target pada Rencana Kerja Tahunan (RKT) / Renja untuk tahun laporan, bila berbeda dari PK; tampil di <TabelTarget> dan dengan lapisan="rkt"',
          ),
        renstra: z
          .record(
            z.string().regex(/^\d{4}$/, 'kunci harus tahun, mis. "2024"'),
            nilaiIndikator.describe('target Renstra untuk tahun kunci itu, dalam satuan indikator'),
          )
          .optional()
          .describe('target tahunan Renstra per tahun, mis. "2024": 87.72'),
        akhir: nilaiIndikator.optional().describe('target pada akhir periode Renstra (target akhir)'),
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

export const kinerjaSchema = z
  .strictObject({
    skalaNilai: z
      .array(skalaNilaiSchema.describe('satu skala nilai huruf'))
      .default([])
      .describe('skala nilai huruf/kategori yang dipakai indikator (mis. nilai SAKIP AA … D), masing-masing urut dari terendah'),
    tujuan: z
      .array(tujuanSchema.describe('satu tujuan Renstra'))
      .min(1, 'isi sedikitnya 1 tujuan')
      .describe('tujuan Renstra, masing-masing dengan sasaran dan indikatornya; sedikitnya 1'),
  })
  .superRefine((k, ctx) => periksaNilaiHuruf(k, ctx));

/** Values of each indicator against its grade scale: codes only where a scale is named, and only its codes. */
function periksaNilaiHuruf(k: { skalaNilai: SkalaNilai[]; tujuan: z.infer<typeof tujuanSchema>[] }, ctx: z.RefinementCtx): void {
  const skala = new Map(k.skalaNilai.map((s) => [s.id, s]));
  const cek = (ind: Indikator, jalur: (string | number)[]) => {
    const s = ind.skalaNilai === undefined ? undefined : skala.get(ind.skalaNilai);
    if (ind.skalaNilai !== undefined && !s)
      ctx.addIssue({
        code: 'custom',
        path: [...jalur, 'skalaNilai'],
        message: `skala nilai "${ind.skalaNilai}" tidak ada di skalaNilai kinerja.yaml; yang ada: ${[...skala.keys()].join(', ') || '(belum ada)'}`,
      });
    if (s && ind.agregasi === 'kumulatif')
      ctx.addIssue({
        code: 'custom',
        path: [...jalur, 'agregasi'],
        message: 'nilai huruf tidak dapat dijumlahkan: pakai agregasi "terakhir" atau "maksimum"',
      });
    if (s && ind.target.bulanan)
      ctx.addIssue({
        code: 'custom',
        path: [...jalur, 'target', 'bulanan'],
        message: 'indikator bernilai huruf tidak memiliki target bulanan',
      });
    const nilai = (v: unknown, p: (string | number)[]) => {
      if (v === undefined || v === 'Nihil') return;
      if (typeof v === 'number' && s)
        ctx.addIssue({
          code: 'custom',
          path: [...jalur, ...p],
          message: `indikator ini bernilai huruf: tulis kodenya (${s.nilai.map((n) => n.kode).join(', ')})`,
        });
      if (typeof v === 'string' && !s)
        ctx.addIssue({
          code: 'custom',
          path: [...jalur, ...p],
          message: saranAngka(v) ?? 'harus berupa angka (untuk nilai huruf, sebutkan skalaNilai indikator ini)',
        });
      if (typeof v === 'string' && s && !s.nilai.some((n) => n.kode === v))
        ctx.addIssue({
          code: 'custom',
          path: [...jalur, ...p],
          message: `"${v}" bukan nilai skala ${s.id}; pilih salah satu: ${s.nilai.map((n) => n.kode).join(', ')}`,
        });
    };
    const t = ind.target;
    (['pkAwal', 'pkPerubahan', 'rkt', 'akhir'] as const).forEach((x) => nilai(t[x], ['target', x]));
    Object.entries(t.renstra ?? {}).forEach(([th, v]) => nilai(v, ['target', 'renstra', th]));
    ind.riwayat.forEach((h, i) => (nilai(h.target, ['riwayat', i, 'target']), nilai(h.realisasi, ['riwayat', i, 'realisasi'])));
    ind.pembanding.forEach((b, i) => nilai(b.nilai, ['pembanding', i, 'nilai']));
  };
  k.tujuan.forEach((tj, ti) => {
    tj.indikator.forEach((ind, ii) => cek(ind, ['tujuan', ti, 'indikator', ii]));
    tj.sasaran.forEach((sa, si) => sa.indikator.forEach((ind, ii) => cek(ind, ['tujuan', ti, 'sasaran', si, 'indikator', ii])));
  });
}

export type Kinerja = z.infer<typeof kinerjaSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type Tujuan = z.infer<typeof tujuanSchema>;
