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
    /** Identifier the reports use in `skalaEfisiensi`, e.g. "kepmendagri-690-1996". */
    id: kodeRujukan,
    /** Human name of the scale. */
    nama: teks,
    /** The regulation the bands are cited from, printed under every table that uses them. */
    sumber: teks,
    /** The efficiency rule whose figures the bands judge ("rasio": % penyerapan ÷ % capaian × 100; "selisih": capaian − penyerapan). */
    rumus: z.enum(['selisih', 'rasio'], { error: wajib('harus "selisih" atau "rasio"') }),
    /** Bands from the lowest to the highest value; `predikat` is the category, e.g. "Sangat Efisien". */
    pita: z.array(pitaSchema).min(2, 'skala harus memiliki sedikitnya 2 pita'),
  })
  .superRefine((s, ctx) => {
    // The band rules are the predikat scale's: checked by its schema, issues reported at the same paths.
    const r = skalaSchema.safeParse({ id: s.id, nama: s.nama, sumber: s.sumber, pita: s.pita });
    if (!r.success) for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  });

export type SkalaEfisiensi = z.infer<typeof skalaEfisiensiSchema>;
