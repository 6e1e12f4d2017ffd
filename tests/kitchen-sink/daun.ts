/**
 * The leaves of a Zod schema, derived from the schema itself (so a field added to a schema is found
 * without editing this file), and the values a YAML document gives them.
 * A path is written with "[]" for an array element and "{}" for a record value:
 * "tujuan[].sasaran[].indikator[].target.renstra{}".
 */
import type { ZodType } from 'zod';
import { bentukSkema, defSkema, intiSkema } from '../../scripts/lib/lembar/skema.ts';

export interface Daun {
  /** Path of the field where the schema first holds it. */
  jalur: string;
  /** The same field where the same object schema is used again (an indicator under a tujuan and under a sasaran): one field, entered at any of them. */
  juga: string[];
}

/** Every leaf of a schema (a field holding a value, not an object). */
export function daunSkema(schema: ZodType): Daun[] {
  const out = new Map<string, Daun>();
  const dilihat = new Map<unknown, string>();
  const alias = new Map<string, string[]>();
  const jalan = (s0: unknown, jalur: string) => {
    const s = intiSkema(s0).skema;
    const b = bentukSkema(s);
    switch (b.jenis) {
      case 'objek': {
        const pertama = dilihat.get(s);
        if (pertama !== undefined && pertama !== jalur) {
          alias.set(pertama, [...(alias.get(pertama) ?? []), jalur]);
          return;
        }
        dilihat.set(s, jalur);
        for (const [k, v] of Object.entries(b.isian)) jalan(v, jalur ? `${jalur}.${k}` : k);
        return;
      }
      case 'daftar':
        return jalan(b.unsur, `${jalur}[]`);
      case 'kamus':
        return jalan(b.unsur, `${jalur}{}`);
      case 'pilihan': {
        // One object or a list of them (a budget line's `tertulis`): the list's entries have the same fields at the same paths.
        const unsur = b.opsi.map((o) => {
          const ob = bentukSkema(o);
          return ob.jenis === 'daftar' && defSkema(ob.unsur).type === 'object' ? ob.unsur : o;
        });
        const objek = unsur.filter((o) => defSkema(o).type === 'object');
        // A union of objects (periode: tahunan | triwulan …) contributes the fields of each; a union of plain values is one leaf.
        if (objek.length) for (const o of objek) jalan(o, jalur);
        if (objek.length < b.opsi.length) out.set(jalur, { jalur, juga: [] });
        return;
      }
      default:
        out.set(jalur, { jalur, juga: [] });
    }
  };
  jalan(schema, '');
  // A leaf under an object seen again elsewhere is found at each of its places.
  for (const daun of out.values())
    for (const [asal, lain] of alias)
      if (daun.jalur === asal || daun.jalur.startsWith(asal + '.') || daun.jalur.startsWith(asal + '['))
        daun.juga.push(...lain.map((l) => l + daun.jalur.slice(asal.length)));
  return [...out.values()].sort((a, b) => a.jalur.localeCompare(b.jalur));
}

export type Nilai = string | number | boolean;

/** The values found in a parsed YAML document at each leaf path (records and arrays walked). */
export function nilaiDiJalur(doc: unknown, daun: string[]): Map<string, Nilai[]> {
  const hasil = new Map<string, Nilai[]>(daun.map((d) => [d, []]));
  const ruas = (jalur: string) => jalur.match(/[^.[\]{}]+|\[\]|\{\}/g) ?? [];
  for (const d of daun) {
    let cur: unknown[] = [doc];
    for (const r of ruas(d)) {
      const next: unknown[] = [];
      for (const c of cur) {
        if (c === null || typeof c !== 'object') continue;
        if (r === '[]') Array.isArray(c) && next.push(...c);
        else if (r === '{}') next.push(...Object.values(c as object));
        // A field of a list given where one object is allowed (`tertulis: [...]`) is looked up in each entry.
        else if (Array.isArray(c))
          next.push(...c.filter((x) => x && typeof x === 'object' && r in x).map((x) => (x as Record<string, unknown>)[r]));
        else if (r in (c as object)) next.push((c as Record<string, unknown>)[r]);
      }
      cur = next;
    }
    for (const v of cur)
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') hasil.get(d)!.push(v);
      else if (v instanceof Date) hasil.get(d)!.push(v.toISOString().slice(0, 10));
  }
  return hasil;
}
