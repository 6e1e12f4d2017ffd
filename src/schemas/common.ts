/**
 * Building blocks shared by every schema: numbers, dates, codes, people.
 * Messages are Indonesian because the people who read them write the reports.
 */
import { z } from 'zod';
import { saranAngka } from './pesan.ts';

/** A plain number as YAML writes it (1234.5). Indonesian-formatted text is refused by the error translator with a hint. */
export const angka = z.number({ error: wajib('harus berupa angka') }).refine(Number.isFinite, 'harus berupa angka yang terhingga');

/** A number that can never be negative (pagu, realisasi anggaran, counts). */
export const angkaNonNegatif = angka.refine((n) => n >= 0, 'tidak boleh negatif');

/** A whole count of people, items or activities. */
export const jumlah = z
  .number({ error: wajib('harus berupa bilangan bulat') })
  .int('harus berupa bilangan bulat')
  .min(0, 'tidak boleh negatif');

/** A calendar date written YYYY-MM-DD (e.g. 2023-08-23); checked to exist on the calendar. */
export const tanggal = z.preprocess(
  // Astro's YAML reader turns 2023-08-23 into a Date; ours keeps text. Both end up as "2023-08-23".
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string({ error: wajib('harus berupa tanggal dengan format YYYY-MM-DD, mis. 2023-08-23') }).refine(isRealDate, {
    message: 'harus berupa tanggal yang ada di kalender dengan format YYYY-MM-DD, mis. 2023-08-23',
  }),
);

/**
 * A signing date: a full date (2024-01-15 -> "15 Januari 2024") or a month only (2024-01 -> "Januari 2024", as
 * reports signed "Januari 2024" print it). See `tanggalDiisiTangan` for a day left blank to fill by hand.
 */
export const tanggalTandaTangan = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: wajib('harus berupa tanggal YYYY-MM-DD (mis. 2024-01-15) atau bulan YYYY-MM (mis. 2024-01)') })
    .refine((t) => isRealDate(t) || /^\d{4}-(0[1-9]|1[0-2])$/.test(t), {
      message:
        'harus berupa tanggal yang ada di kalender dengan format YYYY-MM-DD (mis. 2024-01-15), atau bulan saja YYYY-MM (mis. 2024-01)',
    }),
);

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A year such as 2024. */
export const tahun = z
  .number({ error: wajib('harus berupa tahun, mis. 2024') })
  .int('harus berupa tahun, mis. 2024')
  .min(2000, 'tahun terlalu kecil')
  .max(2100, 'tahun terlalu besar');

/** Non-empty text. Data text is always shown as text, never interpreted as HTML. */
export const teks = z
  .string({ error: wajib('harus berupa teks') })
  .trim()
  .min(1, 'tidak boleh kosong');

/** A month number as a YAML key, "1" (Januari) to "12" (Desember). */
export const kunciBulan = z.string().regex(/^(1[0-2]|[1-9])$/, 'kunci bulan harus 1 s.d. 12 (1 = Januari)');

/** Identifier used to refer to a row from elsewhere (letters, digits, dot, dash, underscore). */
export const kodeRujukan = z
  .string({ error: wajib('harus berupa kode teks') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'hanya boleh huruf, angka, titik, tanda hubung atau garis bawah, tanpa spasi');

/** Schema-level message for a wrong value that still says "wajib diisi" when the field is missing. */
export function wajib(message: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `wajib diisi: ${message}`;
    const hint =
      message.includes('angka') || message.includes('bilangan') || message.includes('tahun') ? saranAngka(issue.input) : undefined;
    return hint ? `${message}; ${hint}` : message;
  };
}
