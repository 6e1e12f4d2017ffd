/**
 * The `npm run check` command as an author meets it: exit codes, messages, no stack trace. One case runs the real
 * command in its own process (exit code, stdout/stderr, no stack trace); the others call the same function the
 * command calls (scripts/lib/check.ts) in-process, which keeps the fast loop free of process start-ups.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jalankan } from './komando.ts';
import { salinData, ubahTeks, hapusSalinan } from './salinan.ts';
import { jalankanCheck } from '../scripts/lib/check.ts';

afterAll(hapusSalinan);
/** The command in its own process, as `npm run check -- --root DIR`. */
async function checkProses(root: string) {
  const r = await jalankan('check', ['--root', root]);
  return { code: r.status, out: r.keluaran };
}
/** The same command in-process: its exit code and what it prints (stdout then stderr). */
function check(root: string) {
  const log: string[] = [];
  const error: string[] = [];
  const code = jalankanCheck(root, [], false, { log: (t) => log.push(t), error: (t) => error.push(t) });
  return { code, out: [...log, ...error].join('\n') + '\n' };
}

/** The valid fixture with one file of its report edited as text. */
function copyWith(berkas: string, ubah: (t: string) => string): string {
  const root = salinData();
  ubahTeks(root, 'contoh', berkas, ubah);
  return root;
}

// Each test runs its own copy, so the commands run side by side.
describe.concurrent('npm run check', () => {
  it('exits 0 on valid data', () => {
    const r = check('tests/fixtures/valid');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 laporan valid');
  });

  it('a wrong type: file, line, field and reason; exit code 1 from the real process; no stack trace', async () => {
    const root = copyWith('kinerja.yaml', (t) => t.replace('pkAwal: 87.72', 'pkAwal: "87,72"'));
    const r = await checkProses(root);
    expect(check(root)).toEqual(r);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/GALAT content\/laporan\/contoh\/kinerja\.yaml:\d+/);
    expect(r.out).toContain('isian: tujuan[0].sasaran[0].indikator[0].target.pkAwal');
    expect(r.out).toContain('titik desimal: 87.72');
    expect(r.out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    // The summary per report says what to fix first.
    expect(r.out).toMatch(
      /Ringkasan:\n  contoh  1 galat, \d+ peringatan — perbaiki dulu: content\/laporan\/contoh\/kinerja\.yaml:\d+ \(tujuan\[0\]\.sasaran\[0\]\.indikator\[0\]\.target\.pkAwal\)/,
    );
  });

  it('the summary names a data warning before a chapter one (found by helper uji: it named a typed figure of a hand-made table)', () => {
    const out = check('tests/fixtures/kitchen-sink').out;
    expect(out).toMatch(
      /lengkap {2}valid, \d+ peringatan — periksa dulu: content\/laporan\/lengkap\/realisasi\.yaml:\d+ \(IDX-DAPUR\.tahunan\)/,
    );
  });

  it('a bad NIP', () => {
    const root = copyWith('laporan.yaml', (t) => t.replace('"19680407 198903 1 006"', '"19680407 198903 1 06"'));
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/laporan\.yaml:\d+\n  isian: penandatangan\.nip\n  NIP harus 18 angka, tertulis 17 angka/);
  });

  it('an entered subtotal that disagrees is a warning with entered and computed values; exit code 0', () => {
    const root = copyWith('anggaran.yaml', (t) => t.replace('    sasaran: [S1]\n', '    sasaran: [S1]\n    pagu: 3000000\n'));
    const r = check(root);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /PERINGATAN content\/laporan\/contoh\/anggaran\.yaml:\d+\n  isian: program\[0\]\.pagu\n  pagu 7\.01\.01 tertulis 3\.000\.000, tetapi jumlah rinciannya 2\.500\.000/,
    );
  });
});
