/**
 * Astro content collections: only the chapters (MDX), which Astro renders. The report's data files are
 * read, validated and computed by the one loader (src/data/periksaSemua.ts) that `npm run check` uses too:
 * see src/site/konteks.ts. A new data file is added in src/data/muat.ts only.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { babSchema } from './schemas/bab.ts';

/**
 * In the live preview (npm run dev) bad data must not stop the server: the collection accepts any front
 * matter and src/site/konteks.ts validates each report itself, showing the problems on the page instead.
 */
const pratinjau = process.env.LKJIP_PRATINJAU === '1';

export const collections = {
  /** Chapters (MDX): content/laporan/<id>/bab/*.mdx; id "<report>/<file>". */
  bab: defineCollection({
    loader: glob({
      base: './content/laporan',
      pattern: '*/bab/*.mdx',
      generateId: ({ entry }) => entry.replace('/bab/', '/').replace(/\.mdx$/, ''),
    }),
    schema: pratinjau ? z.any() : babSchema,
  }),
};
