/**
 * Problems as the loader and the commands write them: a Zod path as a field path, and one problem as the lines the
 * terminal (check, build, dev) and the dev overlay show. The problem itself is src/domain/masalah.ts.
 */
import type { Masalah } from '../domain/masalah.ts';

/** ['tujuan', 0, 'sasaran', 1] -> "tujuan[0].sasaran[1]" */
export function jalurTeks(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out || '(seluruh berkas)';
}

/** One problem as printed: "GALAT file:line:column", the field path, the message, what the file says. */
export function formatMasalah(m: Masalah): string {
  const where = `${m.berkas}${m.baris ? `:${m.baris}${m.kolom ? `:${m.kolom}` : ''}` : ''}`;
  const label = m.tingkat === 'galat' ? 'GALAT' : 'PERINGATAN';
  return `${label} ${where}\n  isian: ${m.jalur}\n  ${m.pesan}${m.ditemukan ? `\n  tertulis: ${m.ditemukan}` : ''}`;
}
