/**
 * Astro content collections: every data file of every report, validated by the same Zod schemas
 * as `npm run check`. One folder per report under content/laporan/<id>/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import {
  laporanSchema,
  kinerjaSchema,
  realisasiSchema,
  anggaranSchema,
  skalaSchema,
  sdmSchema,
  saranaSchema,
  lainnyaSchema,
} from './schemas/index.ts';
import { babSchema } from './schemas/bab.ts';

/**
 * In the live preview (npm run dev) bad data must not stop the server: collections accept any data
 * and src/site/konteks.ts validates each report itself, showing the problems on the page instead.
 */
const pratinjau = process.env.LKJIP_PRATINJAU === '1';
const longgar = <S extends z.ZodType>(schema: S) => (pratinjau ? z.any() : schema);

/** One collection per data file kind; the entry id is the report folder name. */
const perLaporan = <S extends z.ZodType>(file: string, schema: S) =>
  defineCollection({
    loader: glob({ base: './content/laporan', pattern: `*/${file}`, generateId: ({ entry }) => entry.split('/')[0] }),
    schema: longgar(schema),
  });

export const collections = {
  laporan: perLaporan('laporan.yaml', laporanSchema),
  kinerja: perLaporan('kinerja.yaml', kinerjaSchema),
  realisasi: perLaporan('realisasi.yaml', realisasiSchema),
  anggaran: perLaporan('anggaran.yaml', anggaranSchema),
  sdm: perLaporan('sdm.yaml', sdmSchema),
  sarana: perLaporan('sarana.yaml', saranaSchema),
  lainnya: perLaporan('lainnya.yaml', lainnyaSchema),
  skala: defineCollection({ loader: glob({ base: './content/skala', pattern: '*.yaml' }), schema: longgar(skalaSchema) }),
  /** Chapters (MDX): content/laporan/<id>/bab/*.mdx; id "<report>/<file>". */
  bab: defineCollection({
    loader: glob({ base: './content/laporan', pattern: '*/bab/*.mdx', generateId: ({ entry }) => entry.replace('/bab/', '/').replace(/\.mdx$/, '') }),
    schema: longgar(babSchema),
  }),
};
