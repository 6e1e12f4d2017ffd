/**
 * Plain-Indonesian validation messages. Installed once (z.config) so every schema, in the CLI and in
 * Astro's content layer alike, speaks to report authors, not to programmers.
 */
import { z } from 'zod';

const JENIS: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  array: 'daftar (baris-baris diawali "- ")',
  object: 'kelompok isian (kunci: nilai)',
  record: 'kelompok isian (kunci: nilai)',
  date: 'tanggal',
};

/** Describes a value the way an author sees it in the file. */
export function gambarkan(v: unknown): string {
  if (v === undefined) return 'kosong (tidak diisi)';
  if (v === null) return 'kosong (null)';
  if (typeof v === 'string') {
    // Control characters are named, never echoed (they could redraw the terminal).
    const aman = v.replace(
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    return `teks "${aman.length > 60 ? aman.slice(0, 57) + '...' : aman}"`;
  }
  if (typeof v === 'number') return `angka ${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `daftar berisi ${v.length} butir`;
  if (typeof v === 'object') return 'kelompok isian';
  return String(v);
}

/** A hint when a number was written the Indonesian way ("1.234,5") or with a percent sign. */
export function saranAngka(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (/^-?[\d.]+,\d+%?$/.test(t) || /^-?\d{1,3}(\.\d{3})+%?$/.test(t)) {
    const plain = t.replace(/%$/, '').replace(/\./g, '').replace(',', '.');
    return `tulis angka tanpa pemisah ribuan dan dengan titik desimal: ${plain}`;
  }
  if (/^-?\d+(\.\d+)?%$/.test(t)) return `tulis tanpa tanda persen: ${t.slice(0, -1)}`;
  if (/^-?\d+(\.\d+)?$/.test(t)) return `hapus tanda kutip agar terbaca sebagai angka: ${t}`;
  return undefined;
}

const fallback = z.locales.id().localeError!;

export const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const want = JENIS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `wajib diisi (${want})`;
      const hint = issue.expected === 'number' || issue.expected === 'int' ? saranAngka(issue.input) : undefined;
      return `harus berupa ${want}${hint ? `; ${hint}` : ''}`;
    }
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')} (salah ketik nama isian?)`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `harus berisi sedikitnya ${issue.minimum} butir`;
      if (issue.origin === 'string') return 'tidak boleh kosong';
      return `harus ${issue.inclusive ? 'sedikitnya' : 'lebih dari'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `paling banyak ${issue.maximum} butir`;
      return `harus ${issue.inclusive ? 'paling besar' : 'kurang dari'} ${issue.maximum}`;
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return `nama kunci "${String(issue.input)}" tidak valid${inner ? `: ${inner}` : ''}`;
    }
    case 'invalid_union':
      return 'bentuk isian tidak sesuai dengan pilihan mana pun';
    default:
      return fallback(issue) ?? 'isian tidak valid';
  }
};

z.config({ customError: errorMap });
