/**
 * No typed figure is skipped silently: every figure under a `tertulis`, `capaianTertulis` or `jumlahTertulis`
 * key of every fixture and sample is either compared by the checker or reported as not comparable.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { muatLaporan } from '../src/data/muat.ts';
import { hitungLaporan } from '../src/domain/laporan.ts';
import { periksaLaporan } from '../src/domain/periksa.ts';

/** Project roots holding reports: the samples and every fixture project under tests/fixtures. */
const akar = [
  '.',
  ...readdirSync('tests/fixtures')
    .map((d) => join('tests/fixtures', d))
    .filter((d) => existsSync(join(d, 'content/laporan'))),
];

/**
 * Paths of every typed number below a key ending in "tertulis" (an indicator's {besaran, nilai} counts as one figure;
 * the `tahun` of a year's typed totals names the year, it is not a figure).
 */
export function jalurTertulis(node: unknown, jalur = '', diBawah = false): string[] {
  if (typeof node === 'number') return diBawah && !/\.tahun$/.test(jalur) ? [jalur.replace(/\.nilai$/, '')] : [];
  if (Array.isArray(node)) return node.flatMap((x, i) => jalurTertulis(x, `${jalur}[${i}]`, diBawah));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => jalurTertulis(v, jalur ? `${jalur}.${k}` : k, diBawah || /tertulis$/i.test(k)));
  return [];
}

const kasus = akar.flatMap((root) =>
  readdirSync(join(root, 'content/laporan'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => [root, d.name] as const),
);

let jumlah = 0;
describe('every typed figure is compared or reported', () => {
  it('covers the samples and the fixtures', () => {
    expect(kasus.length).toBeGreaterThanOrEqual(4);
  });
  it.each(kasus)('%s: %s', (root, id) => {
    const m = muatLaporan(root, id);
    expect(m.data, JSON.stringify(m.masalah.slice(0, 3))).toBeDefined();
    const dibandingkan: string[] = [];
    const masalah = periksaLaporan(hitungLaporan(m.data!), dibandingkan);
    const dilaporkan = masalah.map((x) => `${x.berkas.split('/').pop()}:${x.jalur}`);
    const dir = join(root, 'content/laporan', id);
    const semua = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => jalurTertulis(parse(readFileSync(join(dir, f), 'utf8'))).map((j) => `${f}:${j}`));
    jumlah += semua.length;
    const terlewat = semua.filter((j) => !dibandingkan.includes(j) && !dilaporkan.includes(j));
    expect(terlewat).toEqual([]);
  });
  it('found typed figures to check (the walk is not empty)', () => {
    expect(jumlah).toBeGreaterThan(50);
  });
});
