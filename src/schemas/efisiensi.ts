/**
 * An efficiency scale: bands of efficiency figures, each with its reading, cited from a regulation, e.g.
 * Kepmendagri 690.900.327/1996 ("> 100% tidak efisien … < 60% sangat efisien"). Data files in
 * content/skala-efisiensi/, chosen in laporan.yaml with `skalaEfisiensi`; the bands follow the same rules
 * as a predikat scale (lowest to highest, no gaps, no overlaps).
 */
import { z } from 'zod';
import { teks, kodeRujukan, wajib } from './common.ts';
import { pitaSchema, skalaSchema } from './skala.ts';

export const skalaEfisiensiSchema = z
  .strictObject({
    id: kodeRujukan.describe('pengenal skala yang ditulis di laporan.yaml (skalaEfisiensi), mis. "kepmendagri-690-1996"'),
    nama: teks.describe('nama skala efisiensi'),
    sumber: teks.describe(
      'peraturan asal pita-pita ini, mis. "Kepmendagri 690.900.327/1996"; dicetak di bawah setiap tabel yang memakainya',
    ),
    rumus: z
      .enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') })
      .describe(
        'rumus efisiensi yang hasilnya dinilai skala ini, harus sama dengan efisiensi di laporan.yaml: "rasio" (% penyerapan ÷ % capaian × 100) atau "selisih" (% capaian − % penyerapan)',
      ),
    pita: z
      .array(pitaSchema.describe('satu pita: kategori (predikat, mis. "Sangat Efisien") dan batas-batasnya'))
      .min(2, 'skala harus memiliki sedikitnya 2 pita')
      .describe('pita nilai efisiensi, urut dari terendah ke tertinggi, tanpa celah dan tanpa tumpang tindih'),
  })
  .superRefine((s, ctx) => {
    // The band rules are the predikat scale's: checked by its schema, issues reported at the same paths.
    const r = skalaSchema.safeParse({ id: s.id, nama: s.nama, sumber: s.sumber, pita: s.pita });
    if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  });

export type SkalaEfisiensi = z.infer<typeof skalaEfisiensiSchema>;
