/**
 * The command-line arguments of every command, read the same way: node's util.parseArgs in strict mode
 * (built in, typed, refuses what it does not know), with usage text in Indonesian generated from the same
 * declaration. `--help`/`-h` prints the usage and exits 0 before the command does anything; an unknown flag,
 * a missing value or an extra argument is refused with the usage (exit 2).
 */
import { parseArgs } from 'node:util';

export interface Pilihan {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the usage text, e.g. FOLDER. */
  nilai?: string;
  /** One line for the usage text. */
  keterangan: string;
}

export interface Perintah<O extends Record<string, Pilihan>> {
  /** How it is typed, e.g. `npm run check -- [id-laporan …]`. */
  pakai: string;
  /** What the command does, a sentence or two. */
  keterangan: string;
  pilihan: O;
  /** Positional arguments: their name in messages, how many are accepted (default none). */
  posisi?: { nama: string; min?: number; maks?: number };
  /** Examples, one per line. */
  contoh?: readonly string[];
}

type Nilai<P extends Pilihan> = P['type'] extends 'boolean' ? boolean : P['multiple'] extends true ? string[] : string;
export type HasilArgumen<O extends Record<string, Pilihan>> = {
  nilai: { [K in keyof O]?: Nilai<O[K]> };
  posisi: string[];
};

/** Exit code for a command line the command cannot accept (as getopt-style tools do). */
export const SALAH_PAKAI = 2;

const BANTUAN: Pilihan = { type: 'boolean', short: 'h', keterangan: 'tampilkan bantuan ini lalu berhenti' };

/** The usage text: how to type it, what it does, every option, examples. */
export function teksBantuan(p: Perintah<Record<string, Pilihan>>): string {
  const baris = Object.entries({ ...p.pilihan, help: BANTUAN }).map(([nama, o]) => {
    const kiri = `${o.short ? `-${o.short}, ` : '    '}--${nama}${o.type === 'string' ? ` ${o.nilai ?? 'NILAI'}` : ''}`;
    return [kiri, o.keterangan + (o.multiple ? ' (boleh berulang)' : '')];
  });
  const lebar = Math.max(...baris.map(([k]) => k.length));
  return [
    `Pemakaian: ${p.pakai}`,
    '',
    p.keterangan,
    '',
    'Pilihan:',
    ...baris.map(([k, v]) => `  ${k.padEnd(lebar)}  ${v}`),
    ...(p.contoh?.length ? ['', 'Contoh:', ...p.contoh.map((c) => `  ${c}`)] : []),
    '',
  ].join('\n');
}

/** node's messages, in the reader's language. */
function terjemahkan(e: Error & { code?: string }): string {
  const nama = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `pilihan tidak dikenal: ${nama}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `argumen tidak diharapkan: ${nama}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(e.message)
        ? `pilihan ${nama} tidak memakai nilai`
        : `pilihan ${nama.replace(/ <value>$/, '')} memerlukan nilai`;
    default:
      return e.message;
  }
}

/** Stops the command because of how it was typed: the reason, then the usage, on stderr; exit 2. */
export function tolak(p: Perintah<Record<string, Pilihan>>, alasan: string): never {
  process.stderr.write(`Galat: ${alasan}\n\n${teksBantuan(p)}`);
  process.exit(SALAH_PAKAI);
}

/** What a command line means: go on with these values, print the usage, or refuse with a reason. */
export type Uraian<O extends Record<string, Pilihan>> =
  ({ jenis: 'jalan' } & HasilArgumen<O>) | { jenis: 'bantuan' } | { jenis: 'tolak'; alasan: string };

/** Reads a command line against the declaration, without side effects (bacaArgumen acts on the result). */
export function uraiArgumen<const O extends Record<string, Pilihan>>(p: Perintah<O>, args: string[]): Uraian<O> {
  const options = Object.fromEntries(
    Object.entries({ ...p.pilihan, help: BANTUAN }).map(([nama, o]) => [
      nama,
      { type: o.type, multiple: !!o.multiple, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let hasil: { values: Record<string, unknown>; positionals: string[] };
  try {
    hasil = parseArgs({ args, options, strict: true, allowPositionals: (p.posisi?.maks ?? 0) > 0 });
  } catch (e) {
    if (!String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw e; // our declaration, not the user's line
    // --help wins over any other mistake on the same line.
    if (args.includes('--help') || args.includes('-h')) return { jenis: 'bantuan' };
    return { jenis: 'tolak', alasan: terjemahkan(e as Error) };
  }
  if (hasil.values.help) return { jenis: 'bantuan' };
  const { min = 0, maks = 0 } = p.posisi ?? {};
  if (hasil.positionals.length < min) return { jenis: 'tolak', alasan: `kurang argumen: tulis ${p.posisi!.nama}` };
  if (hasil.positionals.length > maks)
    return { jenis: 'tolak', alasan: `argumen tidak diharapkan: ${hasil.positionals.slice(maks).join(' ')}` };
  const { help: _, ...nilai } = hasil.values;
  return { jenis: 'jalan', nilai: nilai as HasilArgumen<O>['nilai'], posisi: hasil.positionals };
}

/**
 * Reads the command line against the declaration. Returns only when it is acceptable; `--help` (usage on
 * stdout, exit 0) and refusals (reason and usage on stderr, exit 2) end the process here, so nothing after
 * the call runs for them.
 */
export function bacaArgumen<const O extends Record<string, Pilihan>>(p: Perintah<O>, args = process.argv.slice(2)): HasilArgumen<O> {
  const u = uraiArgumen(p, args);
  if (u.jenis === 'tolak') tolak(p, u.alasan);
  if (u.jenis === 'bantuan') {
    process.stdout.write(teksBantuan(p));
    process.exit(0);
  }
  return { nilai: u.nilai, posisi: u.posisi };
}

/** A whole number given as an option's text (e.g. --port 4322), or the command is refused. */
export function bilanganBulat(
  p: Perintah<Record<string, Pilihan>>,
  nama: string,
  teks: string | undefined,
  bawaan: number,
  min = 0,
): number {
  if (teks === undefined) return bawaan;
  const n = Number(teks);
  if (!/^\d+$/.test(teks) || n < min) tolak(p, `--${nama} harus bilangan bulat${min > 0 ? ` ≥ ${min}` : ''}, tertulis "${teks}"`);
  return n;
}
