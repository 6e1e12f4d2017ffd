/**
 * Shards, as a CI matrix runs them: three scratch copies of one project stand for three runners. One
 * builds everything; two build with --shard 1/2 and --shard 2/2 (each prints only its reports); the
 * first shard's runner then merges the second's PDF cache (--gabung) into one dist/, printing nothing.
 * The merged dist/ equals the full build file by file: every site file byte for byte, every PDF by its
 * page count and text (PDFs are not byte-reproducible yet), or byte for byte once they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { salinProyek, bangun, hapusSalinan } from '../salinan.ts';
import { potretDist } from './potret.ts';
import { halamanTeks } from './pdf.ts';
import { shardLaporan } from '../../scripts/lib/cetak-semua.ts';
import { catatanBuild } from '../../scripts/lib/dist-baru.ts';

const LAPORAN = [
  { dari: 'candipuro-2023-tw2', id: 'laporan-a' },
  { dari: 'candipuro-2023-tw2', id: 'laporan-b' },
];
let penuh = '';
let shard1 = '';
let shard2 = '';
const jalan = (dir: string, ...args: string[]) => {
  const r = bangun(dir, ...args);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return r.stdout;
};
const dicetak = (dir: string) =>
  (JSON.parse(readFileSync(catatanBuild(dir, join(dir, 'dist')), 'utf8')) as { laporan: { id: string; dicetak: boolean }[] }).laporan
    .filter((l) => l.dicetak)
    .map((l) => l.id);

beforeAll(() => {
  // The two reports fall in different shards of 2 (a hash of the id decides).
  expect(new Set(LAPORAN.map((l) => shardLaporan(l.id, 2))).size).toBe(2);
  penuh = salinProyek(LAPORAN);
  shard1 = salinProyek(LAPORAN);
  shard2 = salinProyek(LAPORAN);
  jalan(penuh);
}, 600_000);
afterAll(hapusSalinan);

describe('build --shard i/n and build --gabung', () => {
  it('each shard prints only its own reports and names the shard of the others', () => {
    const keluar1 = jalan(shard1, '--shard', '1/2');
    const keluar2 = jalan(shard2, '--shard', '2/2');
    const di = (i: number) => LAPORAN.filter((l) => shardLaporan(l.id, 2) === i).map((l) => l.id);
    expect(dicetak(shard1)).toEqual(di(1));
    expect(dicetak(shard2)).toEqual(di(2));
    expect(keluar1).toMatch(new RegExp(`${di(2)[0]}.*PDF dicetak di shard 2/2`));
    expect(keluar2).toMatch(new RegExp(`${di(1)[0]}.*PDF dicetak di shard 1/2`));
  }, 600_000);

  it('a merge missing a shard fails, names the report and leaves dist/ as it was', () => {
    const sebelum = potretDist(join(shard1, 'dist'));
    const kosong = mkdtempSync(join(tmpdir(), 'lkjip-shard-kosong-'));
    const r = bangun(shard1, '--gabung', kosong);
    expect(r.status).toBe(1);
    const hilang = LAPORAN.find((l) => shardLaporan(l.id, 2) === 2)!.id;
    expect(r.stderr).toMatch(new RegExp(`PDF ${hilang} tidak ada di hasil shard mana pun`));
    expect(r.stderr).toMatch(/dist\/ yang lama tetap utuh/);
    expect(potretDist(join(shard1, 'dist'))).toEqual(sebelum);
    rmSync(kosong, { recursive: true, force: true });
  }, 600_000);

  it('merging the shards prints nothing and gives the same dist/ as one full build, file by file', () => {
    const keluar = jalan(shard1, '--gabung', join(shard2, '.cache/pdf'));
    expect(keluar).toMatch(/0 dicetak, 2 tidak berubah/);
    const a = potretDist(join(penuh, 'dist'));
    const b = potretDist(join(shard1, 'dist'));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const pdf = Object.keys(a).filter((f) => f.endsWith('.pdf'));
    expect(pdf).toEqual(['laporan-a/laporan-a.pdf', 'laporan-b/laporan-b.pdf']);
    for (const f of Object.keys(a).filter((f) => !f.endsWith('.pdf'))) expect(b[f].sha256, f).toBe(a[f].sha256);
    for (const f of pdf) {
      if (b[f].sha256 === a[f].sha256) continue;
      const [ta, tb] = [halamanTeks(join(penuh, 'dist', f)), halamanTeks(join(shard1, 'dist', f))];
      expect(tb.length, f).toBe(ta.length);
      expect(tb, f).toEqual(ta);
    }
  }, 600_000);
});
