/**
 * The one Zod 4 schema walker (scripts/lib/lembar/skema.ts) that the workbook's columns and the kitchen sink's
 * leaves share: which wrappers are stripped, which make a field optional, how pipes are read, and the shapes.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bentukSkema, defSkema, intiSkema, uraianSkema } from '../scripts/lib/lembar/skema.ts';

const jenis = (s: unknown) => defSkema(intiSkema(s).skema).type;

describe('intiSkema: the schema that says what a value is', () => {
  it('strips optional, nullable, default, prefault and catch, each making the value optional', () => {
    for (const s of [z.number().optional(), z.number().nullable(), z.number().default(1), z.number().prefault(1), z.number().catch(0)]) {
      expect(jenis(s)).toBe('number');
      expect(intiSkema(s).opsional).toBe(true);
    }
  });

  it('strips readonly and lazy without making the value optional', () => {
    expect(intiSkema(z.object({ a: z.string() }).readonly())).toMatchObject({ opsional: false });
    expect(jenis(z.object({ a: z.string() }).readonly())).toBe('object');
    expect(intiSkema(z.lazy(() => z.boolean()))).toMatchObject({ opsional: false });
    expect(jenis(z.lazy(() => z.boolean()))).toBe('boolean');
  });

  it('reads a pipe by its input, except a preprocess, read by what it hands on', () => {
    expect(jenis(z.string().transform((x) => x.length))).toBe('string');
    expect(jenis(z.union([z.string(), z.number()]).pipe(z.string()))).toBe('union');
    expect(jenis(z.preprocess((x) => x, z.number()))).toBe('number');
  });

  it('lists every schema on the way, outermost first, with their descriptions', () => {
    const innen = z.number().describe('dalam');
    const s = innen.optional().describe('luar');
    const { lapisan, skema } = intiSkema(s);
    expect(lapisan.map(uraianSkema)).toEqual(['luar', 'dalam']);
    expect(skema).toBe(innen);
  });

  it('leaves a plain schema as it is', () => {
    const s = z.string();
    expect(intiSkema(s)).toEqual({ skema: s, opsional: false, lapisan: [s] });
  });
});

describe('bentukSkema: the shape to walk', () => {
  it('objects, lists, records, unions and plain values', () => {
    const isi = z.string();
    expect(bentukSkema(z.object({ a: isi }))).toEqual({ jenis: 'objek', isian: { a: isi } });
    expect(bentukSkema(z.array(isi))).toEqual({ jenis: 'daftar', unsur: isi });
    expect(bentukSkema(z.record(z.string(), isi))).toEqual({ jenis: 'kamus', unsur: isi });
    expect(bentukSkema(z.union([isi, z.number()]))).toMatchObject({ jenis: 'pilihan', opsi: [isi, expect.anything()] });
    expect(bentukSkema(z.int())).toMatchObject({ jenis: 'nilai', def: { type: 'number' } });
  });
});
