/** What an import would change in one data file, as lines staff can read: "+ path: value", "~ path: old → new", "- path: old (dihapus)". */
import { parse } from 'yaml';

/** Leaf values of parsed YAML by path ("program[0].pagu" → "1250000") */
export function nilaiPerJalur(x: unknown, jalur = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(x)) x.forEach((v, i) => nilaiPerJalur(v, `${jalur}[${i}]`, out));
  else if (x && typeof x === 'object' && !(x instanceof Date))
    for (const [k, v] of Object.entries(x)) nilaiPerJalur(v, jalur ? `${jalur}.${k}` : k, out);
  else out.set(jalur, x instanceof Date ? x.toISOString().slice(0, 10) : String(x));
  return out;
}

/** The changed leaves between two texts of a YAML file (`lama` undefined: a new file; `baru` undefined: removed). */
export function rincian(lama: string | undefined, baru: string | undefined): string[] {
  const a = nilaiPerJalur(lama ? parse(lama) : {});
  const b = nilaiPerJalur(baru ? parse(baru) : {});
  const out: string[] = [];
  for (const [k, v] of b)
    if (!a.has(k)) out.push(`+ ${k}: ${v}`);
    else if (a.get(k) !== v) out.push(`~ ${k}: ${a.get(k)} → ${v}`);
  for (const [k, v] of a) if (!b.has(k)) out.push(`- ${k}: ${v} (dihapus)`);
  return out;
}
