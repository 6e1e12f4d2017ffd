/**
 * The one walker of Zod 4 schemas used by the workbook's columns (kolom.ts) and the kitchen sink's leaves
 * (tests/kitchen-sink/daun.ts): which wrappers are stripped to reach what a value is, and what shape it has.
 * Zod 4 keeps a schema's definition in `_zod.def`, tagged by `type` (node_modules/zod/v4/core/schemas.d.ts: $ZodTypes).
 */
import type { z } from 'zod';

/** A schema's definition, narrowed by its `type`. */
export type Def = z.core.$ZodTypes['_zod']['def'];

/** The definition of a schema (any Zod 4 schema; typed loosely because callers hold schemas as unknown). */
export function defSkema(s: unknown): Def {
  return (s as z.core.$ZodTypes)._zod.def;
}

/** A schema's `.describe()` text, if it has one. */
export function uraianSkema(s: unknown): string | undefined {
  return (s as { description?: string }).description;
}

/** Wrappers that let a value be absent or give it a fallback: a field under one of them need not be entered. */
const BOLEH_KOSONG = new Set<Def['type']>(['optional', 'nullable', 'default', 'prefault', 'catch']);

/** What a schema says a value is, under its wrappers. */
export interface Inti {
  /** The schema that says what the value is (an object, a list, a number, a union …). */
  skema: unknown;
  /** A wrapper on the way lets it be absent (optional, nullable, default, prefault, catch). */
  opsional: boolean;
  /** Every schema passed on the way, outermost first, `skema` last (their descriptions and identities). */
  lapisan: unknown[];
}

/**
 * Strips the wrappers down to the schema that says what a value is: optional, nullable, default, prefault, catch,
 * readonly, lazy, and pipes. A pipe is read by its input (x.transform(f) is pipe(x, transform), x.pipe(S) is
 * pipe(x, S)), except z.preprocess(f, S), which is pipe(transform, S) and read by S.
 */
export function intiSkema(s: unknown): Inti {
  const lapisan: unknown[] = [];
  let opsional = false;
  for (;;) {
    lapisan.push(s);
    const d = defSkema(s);
    if (BOLEH_KOSONG.has(d.type) || d.type === 'readonly') {
      opsional ||= d.type !== 'readonly';
      s = (d as { innerType: unknown }).innerType;
    } else if (d.type === 'pipe') s = defSkema(d.in).type === 'transform' ? d.out : d.in;
    else if (d.type === 'lazy') s = d.getter();
    else return { skema: s, opsional, lapisan };
  }
}

/** The shape of a value, for walking: an object's fields, a list's or a record's element, a union's options, or a plain value. */
export type Bentuk =
  | { jenis: 'objek'; isian: Record<string, unknown> }
  | { jenis: 'daftar'; unsur: unknown }
  | { jenis: 'kamus'; unsur: unknown }
  | { jenis: 'pilihan'; opsi: unknown[] }
  | { jenis: 'nilai'; def: Def };

/** The shape of a schema already stripped by intiSkema. */
export function bentukSkema(s: unknown): Bentuk {
  const d = defSkema(s);
  if (d.type === 'object') return { jenis: 'objek', isian: d.shape };
  if (d.type === 'array') return { jenis: 'daftar', unsur: d.element };
  if (d.type === 'record') return { jenis: 'kamus', unsur: d.valueType };
  if (d.type === 'union') return { jenis: 'pilihan', opsi: [...d.options] };
  return { jenis: 'nilai', def: d };
}
