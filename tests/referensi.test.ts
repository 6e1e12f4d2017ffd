/**
 * The generated reference (docs/referensi.md): up to date with the schemas and the catalogue, every
 * component and prop documented, and no new data field without its `.describe()` text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { daftarIsian, tanpaKeterangan } from '../src/data/referensi.ts';
import { KATALOG } from '../src/components/katalog.ts';
import { BERKAS_REFERENSI, teksReferensi } from '../scripts/lib/referensi.ts';

/** Fields documented only in code comments so far (English); the list may only shrink. */
const BELUM: string[] = JSON.parse(readFileSync('tests/referensi-belum.json', 'utf8'));

describe('docs/referensi.md', () => {
  it('is what `npm run referensi` writes (run it after changing a schema or the catalogue)', () => {
    // The text `npm run referensi` writes, made in-process (the command only writes it or compares it).
    expect(readFileSync(BERKAS_REFERENSI, 'utf8') === teksReferensi(), 'docs/referensi.md is stale: run npm run referensi').toBe(true);
  });

  it('documents every component, its example and every prop', () => {
    expect(tanpaKeterangan().komponen).toEqual([]);
    const teks = readFileSync('docs/referensi.md', 'utf8');
    for (const [nama, e] of Object.entries(KATALOG)) {
      expect(teks).toContain(`### \`<${nama}>\``);
      for (const prop of Object.keys(e.props.shape)) expect(teks).toContain(`| \`${prop}\` |`);
    }
  });

  it('has no new data field without a .describe() text', () => {
    const baru = tanpaKeterangan().isian.filter((i) => !BELUM.includes(i));
    expect(baru, 'add .describe("…") in Indonesian to these fields').toEqual([]);
  });

  it('reads the description, allowed values and requiredness from the schema', () => {
    const [a, b] = daftarIsian(z.strictObject({ a: z.enum(['x', 'y']).describe('pilihan a'), b: z.number().optional() }));
    expect(a).toMatchObject({ jalur: 'a', wajib: true, nilai: '"x", "y"', uraian: 'pilihan a' });
    expect(b).toMatchObject({ jalur: 'b', wajib: false, jenis: 'angka' });
    expect(b.uraian).toBeUndefined();
  });
});
