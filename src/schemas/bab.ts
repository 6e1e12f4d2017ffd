/** Front matter of a chapter: content/laporan/<id>/bab/*.mdx */
import { z } from 'zod';
import { teks, wajib } from './common.ts';

export const babSchema = z.strictObject({
  /** Heading, e.g. "Pendahuluan". */
  judul: teks,
  /** Kind: front matter (kata pengantar, ringkasan eksekutif), a numbered BAB, or an appendix (lampiran). */
  jenis: z.enum(['kata-pengantar', 'ringkasan', 'bab', 'lampiran'], { error: wajib('harus "kata-pengantar", "ringkasan", "bab" atau "lampiran"') }),
  /** BAB number (1 for BAB I); required for jenis "bab". */
  bab: z.number().int().min(1).max(20).optional(),
  /** Order within the report (files are also sorted by name). */
  urutan: z.number({ error: wajib('harus berupa angka urutan') }),
}).superRefine((b, ctx) => {
  if (b.jenis === 'bab' && b.bab === undefined) ctx.addIssue({ code: 'custom', path: ['bab'], message: 'bab dengan jenis "bab" harus memiliki nomor bab, mis. bab: 1' });
});

export type Bab = z.infer<typeof babSchema>;
