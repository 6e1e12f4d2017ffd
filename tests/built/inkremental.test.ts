/**
 * Incremental, parallel PDF printing, on a scratch copy with two reports: the first build prints
 * both, a rebuild with nothing changed builds and prints nothing, changing one report's data rebuilds
 * the site and prints only that report.
 * What is asserted is which PDFs were printed (the build's record in .cache/build/), never how long it took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, bangun, hapusSalinan } from '../salinan.ts';
import { catatanBuild } from '../../scripts/lib/dist-baru.ts';

let dir = '';
const dicetak = () => {
  const m = JSON.parse(readFileSync(catatanBuild(dir, join(dir, 'dist')), 'utf8')) as { laporan: { id: string; dicetak: boolean }[] };
  return m.laporan.filter((l) => l.dicetak).map((l) => l.id).sort();
};
const build = () => {
  const r = bangun(dir);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return r.stdout;
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
    for (const id of ['laporan-a', 'laporan-b']) expect(existsSync(join(dir, `dist/${id}/${id}.pdf`))).toBe(true);
  }, 180_000);

  it('builds and prints nothing when nothing changed, and still delivers the site and every PDF', () => {
    const out = build();
    expect(out).toMatch(/Situs tidak berubah/);
    expect(dicetak()).toEqual([]);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    for (const id of ['laporan-a', 'laporan-b']) expect(existsSync(join(dir, `dist/${id}/${id}.pdf`))).toBe(true);
  }, 180_000);

  it('prints again only the report whose data changed', () => {
    const f = join(dir, 'content/laporan/laporan-b/realisasi.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('tw2: 54.90', 'tw2: 55.90'));
    const out = build();
    expect(out).toMatch(/Situs selesai dalam/);
    expect(dicetak()).toEqual(['laporan-b']);
    expect(readFileSync(join(dir, 'dist/laporan-b/bab-3/index.html'), 'utf8')).toContain('61,09%'); // 55,90 / 91,50, truncated
  }, 180_000);
});
