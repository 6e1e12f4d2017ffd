/**
 * npm run build: validates every report, builds the website into dist/, then prints each report's
 * PDF (dist/<id>/<id>.pdf) with Paged.js in a headless Chromium. Invalid data stops the build with
 * the same messages as `npm run check`. `--tanpa-pdf` builds the website only; `--keluar DIR` writes
 * elsewhere than dist/. Drafts (draf: true) are built only with LKJIP_DRAF=1.
 * Astro's telemetry is off: the build makes no network request.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A build is a production build even when started from a test runner (Vitest sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
import { resolve } from 'node:path';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/domain/masalah.ts';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf } from './lib/pdf.ts';

const root = resolve('.');
const keluar = process.argv.indexOf('--keluar');
const dist = resolve(keluar >= 0 ? process.argv[keluar + 1] : 'dist');
const t0 = performance.now();
const detik = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

const hasil = periksaSemua(root);
const galat = hasil.flatMap((r) => r.masalah.filter((m) => m.tingkat === 'galat'));
if (galat.length) {
  for (const m of galat) console.error(formatMasalah(m));
  console.error(`\nBuild dihentikan: ${galat.length} galat pada data laporan. Perbaiki lalu jalankan lagi.`);
  process.exit(1);
}
const peringatan = hasil.reduce((a, r) => a + r.masalah.length, 0);
if (peringatan) console.log(`${peringatan} peringatan pada data (angka tertulis yang tidak cocok); lihat "npm run check".`);

const { build } = await import('astro');
const tSitus = performance.now();
await build({ root, outDir: dist, logLevel: 'warn' });
console.log(`Situs selesai dalam ${detik(tSitus)} s -> ${dist}`);
if (process.argv.includes('--tanpa-pdf')) process.exit(0);

const tPdf = performance.now();
const browser = await bukaPeramban().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
const server = await layani(dist);
try {
  for (const r of hasil) {
    if (r.laporan?.data.laporan.draf && process.env.LKJIP_DRAF !== '1') {
      console.log(`Lewati ${r.id}: masih draf (laporan.yaml: draf: true).`);
      continue;
    }
    const pdf = await cetakPdf(browser, server.url, dist, r.id);
    console.log(`PDF ${pdf.id}: ${pdf.halaman} halaman, ${pdf.detik.toFixed(1)} s -> ${pdf.berkas}`);
  }
} finally {
  await browser.close();
  await server.tutup();
}
console.log(`PDF selesai dalam ${detik(tPdf)} s; seluruh build ${detik(t0)} s.`);
