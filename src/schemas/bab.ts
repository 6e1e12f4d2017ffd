/** Front matter of a chapter: content/laporan/<id>/bab/*.mdx (field texts: `.describe()`, shown in docs/referensi.md). */
import { z } from 'zod';
import { teks, wajib } from './common.ts';

export const babSchema = z
  .strictObject({
    judul: teks.describe('judul bab, mis. "Pendahuluan"'),
    jenis: z
      .enum(['kata-pengantar', 'ringkasan', 'bab', 'lampiran'], {
        error: wajib('harus "kata-pengantar", "ringkasan", "bab" atau "lampiran"'),
      })
      .describe('jenis bagian: "kata-pengantar" dan "ringkasan" (bagian depan), "bab" (bernomor BAB I, II, ...), "lampiran"'),
    bab: z.number().int().min(1).max(20).optional().describe('nomor bab (1 untuk BAB I); wajib untuk jenis "bab"'),
    urutan: z
      .number({ error: wajib('harus berupa angka urutan') })
      .describe('urutan bagian dalam laporan (bagian juga diurutkan menurut nama berkas)'),
  })
  .superRefine((b, ctx) => {
    if (b.jenis === 'bab' && b.bab === undefined)
      ctx.addIssue({ code: 'custom', path: ['bab'], message: 'bab dengan jenis "bab" harus memiliki nomor bab, mis. bab: 1' });
  });

export type Bab = z.infer<typeof babSchema>;
