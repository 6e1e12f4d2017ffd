/**
 * Every command follows the same conventions (scripts/lib/argumen.ts): `--help` prints the usage and changes
 * nothing, an unknown flag or an extra argument is refused with the usage and exit code 2.
 * Commands run in a scratch copy of the project, whose every file is compared before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jalankan } from './komando.ts';
import { salinProyek, hapusSalinan } from './salinan.ts';

/** Every command is a file directly in scripts/; a new one is covered without being listed here. */
const PERINTAH = readdirSync('scripts')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

/** Each file of the copy (node_modules left out) with its size and modification time. */
function potret(root: string, dir = root, out = new Map<string, string>()): Map<string, string> {
  for (const n of readdirSync(dir)) {
    if (n === 'node_modules') continue;
    const p = join(dir, n);
    const s = statSync(p);
    if (s.isDirectory()) potret(root, p, out);
    else out.set(relative(root, p), `${s.size}:${s.mtimeMs}`);
  }
  return out;
}

let root: string;
let sebelum: Map<string, string>;
beforeAll(() => {
  root = salinProyek([{ dari: 'candipuro-2023-tw2', id: 'candipuro-2023-tw2' }]);
  sebelum = potret(root);
});
afterAll(hapusSalinan);

// A command that ignored --help would start working; it is stopped well before it could finish anything big.
const BATAS = 60_000;

describe.concurrent('every command', () => {
  it('covers the commands the README lists', () => {
    for (const p of ['check', 'build', 'dev']) expect(PERINTAH).toContain(p);
  });

  it.for(PERINTAH)('%s --help prints the usage in Indonesian and exits 0', async (nama) => {
    for (const bantuan of ['--help', '-h']) {
      const r = await jalankan(nama, [bantuan], { cwd: root, batasMs: BATAS });
      expect(r.status, r.keluaran).toBe(0);
      expect(r.stdout).toMatch(/^Pemakaian: npm run /);
      expect(r.stdout).toContain('--help');
      expect(r.stderr).toBe('');
    }
  });

  it.for(PERINTAH)('%s refuses an unknown flag with the usage, exit 2', async (nama) => {
    const r = await jalankan(nama, ['--tidak-ada'], { cwd: root, batasMs: BATAS });
    expect(r.status, r.keluaran).toBe(2);
    expect(r.stderr).toMatch(/^Galat: pilihan tidak dikenal: --tidak-ada\n\nPemakaian: /);
  });
});

describe('one entry point (npm run lkjip -- <perintah>)', () => {
  it('runs a command with its own arguments and passes its exit code on', async () => {
    const r = await jalankan('lkjip', ['check', 'candipuro-2023-tw2', '--quiet'], { cwd: root, batasMs: BATAS });
    expect(r.status, r.keluaran).toBe(0);
    const salah = await jalankan('lkjip', ['check', 'tidak-ada-laporan'], { cwd: root, batasMs: BATAS });
    expect(salah.status).toBe(1);
  });

  it('lists every npm script of scripts/ as a command, and refuses an unknown one', async () => {
    const r = await jalankan('lkjip', ['--help'], { cwd: root, batasMs: BATAS });
    for (const p of ['check', 'build', 'build:situs', 'baru', 'impor', 'templat', 'referensi']) expect(r.stdout).toContain(p);
    const salah = await jalankan('lkjip', ['cek'], { cwd: root, batasMs: BATAS });
    expect(salah.status).toBe(2);
    expect(salah.stderr).toMatch(/^Galat: perintah tidak dikenal: cek\n\nPemakaian: npm run lkjip/);
  });
});

describe('after all of that', () => {
  it('no file of the project was created, changed or removed', () => {
    expect(potret(root)).toEqual(sebelum);
  });
});
