/** The `npm run check` command as an author meets it: exit codes, messages, no stack trace. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


/** Scratch copies, removed after the tests. */
const sementara: string[] = [];
afterAll(() => sementara.forEach((d) => rmSync(d, { recursive: true, force: true })));
function check(root: string) {
  // process.execPath is the Node that runs Vitest (>= 22.12, which strips TypeScript types).
  const r = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

function copyWith(edit: (files: (name: string, f: (t: string) => string) => void) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'lkjip-cli-'));
  sementara.push(root);
  cpSync('tests/fixtures/valid', root, { recursive: true });
  edit((name, f) => {
    const p = join(root, 'content/laporan/contoh', name);
    writeFileSync(p, f(readFileSync(p, 'utf8')));
  });
  return root;
}

describe('npm run check', () => {
  it('exits 0 on valid data', () => {
    const r = check('tests/fixtures/valid');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 laporan valid');
  });

  it('a wrong type: file, line, field and reason; exit code 1; no stack trace', () => {
    const root = copyWith((edit) => edit('kinerja.yaml', (t) => t.replace('pkAwal: 87.72', 'pkAwal: "87,72"')));
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/GALAT content\/laporan\/contoh\/kinerja\.yaml:\d+/);
    expect(r.out).toContain('isian: tujuan[0].sasaran[0].indikator[0].target.pkAwal');
    expect(r.out).toContain('titik desimal: 87.72');
    expect(r.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    // The summary per report says what to fix first.
    expect(r.out).toMatch(/Ringkasan:\n  contoh  1 galat, \d+ peringatan — perbaiki dulu: content\/laporan\/contoh\/kinerja\.yaml:\d+ \(tujuan\[0\]\.sasaran\[0\]\.indikator\[0\]\.target\.pkAwal\)/);
  });

  it('a bad NIP', () => {
    const root = copyWith((edit) => edit('laporan.yaml', (t) => t.replace('"19680407 198903 1 006"', '"19680407 198903 1 06"')));
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/laporan\.yaml:\d+\n  isian: penandatangan\.nip\n  NIP harus 18 angka, tertulis 17 angka/);
  });

  it('an entered subtotal that disagrees is a warning with entered and computed values; exit code 0', () => {
    const root = copyWith((edit) =>
      edit('anggaran.yaml', (t) => t.replace('    sasaran: [S1]\n', '    sasaran: [S1]\n    pagu: 3000000\n')),
    );
    const r = check(root);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/PERINGATAN content\/laporan\/contoh\/anggaran\.yaml:\d+\n  isian: program\[0\]\.pagu\n  pagu 7\.01\.01 tertulis 3\.000\.000, tetapi jumlah rinciannya 2\.500\.000/);
  });
});
