/**
 * npm run templat -- <report-id> [--keluar FILE.xlsx]: the Excel workbook to fill the report's data,
 * with what the report already holds. Default file: <report-id>.xlsx in the current folder; an
 * existing file is never overwritten.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { tulisTemplat } from './lib/lembar/templat.ts';

const args = process.argv.slice(2);
const flag = (n: string) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : undefined);
const id = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!id) {
  console.error('Tulis id laporannya: npm run templat -- <id-laporan>');
  process.exit(1);
}
const keluar = resolve(flag('keluar') ?? `${id}.xlsx`);
if (existsSync(keluar)) {
  console.error(`Tidak ditulis: ${keluar} sudah ada (berkas yang ada tidak ditimpa). Pindahkan atau pakai --keluar <nama lain>.xlsx`);
  process.exit(1);
}
try {
  await tulisTemplat(resolve(flag('root') ?? '.'), id, keluar);
  console.log(`Lembar kerja ditulis: ${keluar}\nIsi di Excel, simpan, lalu: npm run impor -- ${id} ${keluar}`);
} catch (e) {
  console.error(`Tidak ditulis: ${(e as Error).message}`);
  process.exit(1);
}
