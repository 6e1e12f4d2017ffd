/**
 * npm run lkjip -- <perintah> [argumen …]
 * One entry point for every command: the npm scripts that run a file of scripts/ (package.json, the only list)
 * are its commands, and `npm run check` stays a short alias of `npm run lkjip -- check`. The command's own
 * arguments are passed on untouched and read by the command itself (scripts/lib/argumen.ts).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { teksBantuan, tolak, type Perintah } from './lib/argumen.ts';

/** "build:situs" -> { berkas: "build.ts", argumen: ["--tanpa-pdf"] }, from package.json's scripts. */
function daftarPerintah(): Map<string, { berkas: string; argumen: string[] }> {
  const paket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const out = new Map<string, { berkas: string; argumen: string[] }>();
  for (const [nama, baris] of Object.entries(paket.scripts)) {
    const m = /^node scripts\/([\w-]+\.ts)((?: [^\s;&|]+)*)$/.exec(baris);
    if (m && m[1] !== 'lkjip.ts') out.set(nama, { berkas: m[1], argumen: m[2].trim() ? m[2].trim().split(' ') : [] });
  }
  return out;
}

const perintah = daftarPerintah();
const pakai: Perintah<Record<string, never>> = {
  pakai: 'npm run lkjip -- <perintah> [argumen …]',
  keterangan:
    'Satu pintu untuk semua perintah; "npm run <perintah>" tetap bisa dipakai sebagai singkatannya.\n' +
    `Perintah: ${[...perintah.keys()].join(', ')}.\n` +
    'Keterangan dan pilihan setiap perintah: npm run lkjip -- <perintah> --help',
  pilihan: {},
  contoh: ['npm run lkjip -- check candipuro-2023-tw2', 'npm run lkjip -- build --help'],
};

const [nama, ...sisa] = process.argv.slice(2);
if (nama === '--help' || nama === '-h') {
  process.stdout.write(teksBantuan(pakai));
  process.exit(0);
}
if (nama === undefined) tolak(pakai, 'perintah belum disebut');
if (nama.startsWith('-')) tolak(pakai, `pilihan tidak dikenal: ${nama}`);
const p = perintah.get(nama);
if (!p) tolak(pakai, `perintah tidak dikenal: ${nama}`);

const anak = spawn(process.execPath, [fileURLToPath(new URL(p.berkas, import.meta.url)), ...p.argumen, ...sisa], { stdio: 'inherit' });
// Ctrl+C reaches the whole process group, the command included: it decides how to stop, and this waits for it.
process.on('SIGINT', () => undefined);
for (const s of ['SIGTERM', 'SIGHUP'] as const) process.on(s, () => anak.kill(s));
anak.on('exit', (kode, sinyal) => process.exit(kode ?? (sinyal === 'SIGINT' ? 130 : 1)));
