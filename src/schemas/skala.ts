/**
 * A predikat scale: ordered bands of capaian (in percent) with a name each.
 * Scales differ by daerah, so they are data files in content/skala/, never code.
 */
import { z } from 'zod';
import { angka, teks, kodeRujukan } from './common.ts';
import { kontrasLencana, KONTRAS_MINIMAL } from '../domain/kontras.ts';

/** One band. Each bound is written the way reports write it: "> 75", ">= 110", "<= 90", "< 60". */
export const pitaSchema = z.strictObject({
  predikat: teks.describe('nama pita (predikat), mis. "Sangat Tinggi"'),
  lebihDari: angka
    .optional()
    .describe(
      'batas bawah, tidak termasuk (ditulis "> 75" di peraturan), dalam persen; pita terendah tanpa batas bawah; pakai salah satu: lebihDari atau minimal',
    ),
  minimal: angka.optional().describe('batas bawah, termasuk (ditulis ">= 110" di peraturan), dalam persen'),
  kurangDari: angka
    .optional()
    .describe(
      'batas atas, tidak termasuk (ditulis "< 60" di peraturan), dalam persen; pita tertinggi tanpa batas atas; pakai salah satu: kurangDari atau maksimal',
    ),
  maksimal: angka.optional().describe('batas atas, termasuk (ditulis "<= 90" di peraturan), dalam persen'),
  warna: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'harus kode warna seperti #1a7f37')
    .superRefine((w, ctx) => {
      // The colour is the badge's border on a light page: a pale one would make the band's cue invisible.
      const k = kontrasLencana(w);
      if (k.rasio < KONTRAS_MINIMAL)
        ctx.addIssue({
          code: 'custom',
          message: `warna ${w} terlalu pucat: kontrasnya dengan latar ${k.latar} hanya ${k.rasio.toFixed(2).replace('.', ',')}:1, paling sedikit ${KONTRAS_MINIMAL}:1 (WCAG 1.4.11); pakai warna yang lebih gelap`,
        });
    })
    .optional()
    .describe(
      'warna label predikat, kode warna enam digit seperti #1a7f37; boleh kosong; harus cukup gelap (kontras sedikitnya 3:1 dengan latar putih halaman), warna pucat ditolak',
    ),
});

export type Pita = z.infer<typeof pitaSchema>;

/** Lower bound of a band and whether it is included; -Infinity for the lowest band. */
export function lowerOf(p: Pita): { v: number; closed: boolean } {
  if (p.minimal !== undefined) return { v: p.minimal, closed: true };
  if (p.lebihDari !== undefined) return { v: p.lebihDari, closed: false };
  return { v: -Infinity, closed: false };
}

export function upperOf(p: Pita): { v: number; closed: boolean } {
  if (p.maksimal !== undefined) return { v: p.maksimal, closed: true };
  if (p.kurangDari !== undefined) return { v: p.kurangDari, closed: false };
  return { v: Infinity, closed: false };
}

export const skalaSchema = z
  .strictObject({
    id: kodeRujukan.describe('pengenal skala yang ditulis di laporan.yaml (skalaPredikat), mis. "lumajang-5"'),
    nama: teks.describe('nama skala, mis. "Skala 5 predikat Kabupaten Lumajang"'),
    sumber: teks.optional().describe('peraturan atau dokumen asal skala'),
    pita: z
      .array(pitaSchema.describe('satu pita: predikat dan batas-batasnya'))
      .min(2, 'skala harus memiliki sedikitnya 2 pita')
      .describe('pita capaian (%), urut dari terendah ke tertinggi, tanpa celah dan tanpa tumpang tindih'),
  })
  .superRefine((s, ctx) => {
    s.pita.forEach((p, i) => {
      if (p.lebihDari !== undefined && p.minimal !== undefined)
        ctx.addIssue({ code: 'custom', path: ['pita', i], message: 'pakai salah satu saja: lebihDari atau minimal' });
      if (p.kurangDari !== undefined && p.maksimal !== undefined)
        ctx.addIssue({ code: 'custom', path: ['pita', i], message: 'pakai salah satu saja: kurangDari atau maksimal' });
      const lo = lowerOf(p);
      const hi = upperOf(p);
      if (lo.v > hi.v || (lo.v === hi.v && !(lo.closed && hi.closed)))
        ctx.addIssue({
          code: 'custom',
          path: ['pita', i],
          message: `batas bawah ${lo.v} lebih besar dari batas atas ${hi.v}: pita kosong`,
        });
    });
    // Fewer than two bands is already refused by min(2); the rules below need a first and a last.
    if (s.pita.length < 2) return;
    const first = s.pita[0];
    const last = s.pita[s.pita.length - 1];
    if (lowerOf(first).v !== -Infinity)
      ctx.addIssue({
        code: 'custom',
        path: ['pita', 0],
        message: 'pita terendah tidak boleh memiliki batas bawah (agar semua nilai masuk pita)',
      });
    if (upperOf(last).v !== Infinity)
      ctx.addIssue({
        code: 'custom',
        path: ['pita', s.pita.length - 1],
        message: 'pita tertinggi tidak boleh memiliki batas atas (capaian di atas 100% pun harus masuk pita)',
      });
    for (let i = 1; i < s.pita.length; i++) {
      const prevHi = upperOf(s.pita[i - 1]);
      const lo = lowerOf(s.pita[i]);
      if (prevHi.v < lo.v)
        ctx.addIssue({
          code: 'custom',
          path: ['pita', i],
          message: `ada celah antara ${prevHi.v} dan ${lo.v}: nilai di antaranya tidak punya predikat`,
        });
      else if (prevHi.v > lo.v)
        ctx.addIssue({
          code: 'custom',
          path: ['pita', i],
          message: `pita tumpang tindih dengan pita sebelumnya (${lo.v} < ${prevHi.v}); urutkan dari terendah ke tertinggi`,
        });
      else if (prevHi.closed === lo.closed)
        ctx.addIssue({
          code: 'custom',
          path: ['pita', i],
          message: prevHi.closed
            ? `nilai ${lo.v} masuk dua pita sekaligus; tulis "lebihDari: ${lo.v}" di pita ini`
            : `nilai ${lo.v} tidak masuk pita mana pun; tulis "minimal: ${lo.v}" di pita ini`,
        });
    }
  });

export type Skala = z.infer<typeof skalaSchema>;
