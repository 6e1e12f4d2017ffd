/**
 * npm run sintetis -- --n 10 [--seed 1] [--keluar DIR]: writes N synthetic reports (for benchmarks)
 * into DIR/laporan/ (default: a new scratch folder, never content/). Prints the folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tulisLaporanSintetis } from './lib/sintetis.ts';

const arg = (nama: string) => {
  const i = process.argv.indexOf(`--${nama}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const n = Number(arg('n') ?? 10);
const seed = Number(arg('seed') ?? 1);
const keluar = arg('keluar') ? resolve(arg('keluar')!) : mkdtempSync(join(tmpdir(), 'lkjip-sintetis-'));
if (resolve(keluar).startsWith(resolve('content'))) {
  console.error('Laporan sintetis tidak boleh ditulis ke content/: pilih folder lain dengan --keluar.');
  process.exit(1);
}
const ids = tulisLaporanSintetis(join(keluar, 'laporan'), { n, seed });
console.log(`${ids.length} laporan sintetis ditulis ke ${join(keluar, 'laporan')}`);
