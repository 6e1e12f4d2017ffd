/**
 * Incremental, parallel PDF printing, on a scratch copy with two reports: the first build prints
 * both, a rebuild with nothing changed builds and prints nothing, changing one report's data rebuilds
 * the site and prints only that report.
 * Rebuilds touch nothing: with nothing changed (or only a code comment, so the site is rebuilt to
 * identical bytes) every file of dist/ keeps its bytes, modification time and inode; a change to one
 * report rewrites only that report's files, the pages that list it and the search index.
 * What is asserted is which PDFs were printed (the build's record in .cache/build/), never how long it took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, bangun, hapusSalinan } from '../salinan.ts';
import { catatanBuild } from '../../scripts/lib/dist-baru.ts';
import { potretDist, type Berkas } from './potret.ts';

let dir = '';
let awal: Record<string, Berkas> = {};
const potret = () => potretDist(join(dir, 'dist'));
const dicetak = () => {
  const m = JSON.parse(readFileSync(catatanBuild(dir, join(dir, 'dist')), 'utf8')) as { laporan: { id: string; dicetak: boolean }[] };
  return m.laporan
    .filter((l) => l.dicetak)
    .map((l) => l.id)
    .sort();
};
const build = () => {
  const r = bangun(dir);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return r.stdout + r.stderr;
};

beforeAll(() => {
  dir = salinProyek([
    { dari: 'candipuro-2023-tw2', id: 'laporan-a' },
    { dari: 'candipuro-2023-tw2', id: 'laporan-b' },
  ]);
});
afterAll(hapusSalinan);

describe('incremental PDF printing', () => {
  it('prints every report the first time, in parallel', () => {
    const out = build();
    expect(dicetak()).toEqual(['laporan-a', 'laporan-b']);
    expect(out).toMatch(/2 dicetak, 0 tidak berubah, \d sekaligus/);
    // Quiet output: a line per report with what was done, nothing from the libraries, no colour codes in a pipe.
    expect(out).toMatch(
      /Ringkasan per laporan:\n {2}laporan-a {2}sah, .*; situs \d+ halaman; PDF \d+ halaman, dicetak \([\d.]+ s\)\n {2}laporan-b /,
    );
    expect(out).not.toMatch(/MODULE_LEVEL_DIRECTIVE|chunks are larger|\[WARN\]|\x1b\[/);
    for (const id of ['laporan-a', 'laporan-b']) expect(existsSync(join(dir, `dist/${id}/${id}.pdf`))).toBe(true);
    awal = potret();
  }, 180_000);

  it('builds and prints nothing when nothing changed, and touches no file of dist/', () => {
    const out = build();
    expect(out).toMatch(/Situs tidak berubah/);
    expect(out).toMatch(/dist\/: tidak ada berkas yang berubah, tidak disentuh/);
    expect(dicetak()).toEqual([]);
    expect(potret()).toEqual(awal);
    for (const id of ['laporan-a', 'laporan-b']) expect(existsSync(join(dir, `dist/${id}/${id}.pdf`))).toBe(true);
  }, 180_000);

  it('a site rebuilt to identical bytes (only a code comment changed) touches no file of dist/ either', () => {
    const f = join(dir, 'src/domain/tampilan/csv.ts');
    writeFileSync(f, readFileSync(f, 'utf8') + '\n// A comment: the site is rebuilt, its output is the same.\n');
    const out = build();
    expect(out).toMatch(/Situs selesai dalam/);
    expect(dicetak()).toEqual([]);
    expect(potret()).toEqual(awal);
  }, 180_000);

  it('prints again only the report whose data changed', () => {
    const f = join(dir, 'content/laporan/laporan-b/realisasi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('tw2: 54.90', 'tw2: 55.90'));
    const out = build();
    expect(out).toMatch(/Situs selesai dalam/);
    expect(dicetak()).toEqual(['laporan-b']);
    expect(readFileSync(join(dir, 'dist/laporan-b/bab-3/index.html'), 'utf8')).toContain('61,09%'); // 55,90 / 91,50, truncated
    const baru = potret();
    const disentuh = Object.keys(baru).filter((f) => baru[f].sha256 !== awal[f]?.sha256 || baru[f].mtimeMs !== awal[f]?.mtimeMs);
    // Identical bytes keep their time; changed bytes are new files.
    for (const f of Object.keys(baru)) if (awal[f] && baru[f].sha256 === awal[f].sha256) expect(baru[f].mtimeMs, f).toBe(awal[f].mtimeMs);
    expect(disentuh).toContain('laporan-b/laporan-b.pdf');
    expect(disentuh).toContain('laporan-b/bab-3/index.html');
    expect(disentuh.filter((f) => f.startsWith('laporan-a/'))).toEqual([]);
    // Outside the changed report: only the pages that list its figures and the search index.
    expect(
      disentuh.filter(
        (f) => !f.startsWith('laporan-b/') && !f.startsWith('pagefind/') && !f.startsWith('indikator/') && f !== 'index.html',
      ),
    ).toEqual([]);
    console.log(`Berkas yang ditulis ulang (${disentuh.length} dari ${Object.keys(baru).length}):`, disentuh.join(' '));
  }, 180_000);
});
