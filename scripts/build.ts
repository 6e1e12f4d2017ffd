/**
 * npm run build: validates every report, builds the website into dist/ with its search index, then prints each report's
 * PDF (dist/<id>/<id>.pdf) with Paged.js in a headless Chromium. Invalid data stops the build with
 * the same messages as `npm run check`. `--tanpa-pdf` builds the website only; `--keluar DIR` writes
 * elsewhere than dist/. Drafts (draf: true) are built only with LKJIP_DRAF=1. The site is rebuilt only
 * when one of its inputs changed (scripts/lib/sidik-situs.ts); PDFs print in parallel and only when
 * their inputs changed (scripts/lib/cetak-semua.ts; LKJIP_PDF_PARALEL sets the pool size).
 * Astro's telemetry is off: the build makes no network request.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A build is a production build even when started from a test runner (Vitest sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/domain/masalah.ts';
import { bukaPeramban, cariPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakSemua, identitasPeramban, ukuranPool } from './lib/cetak-semua.ts';
import { indeksPencarian } from './lib/cari.ts';
import { sidikSitus, situsMasihSama, catatSitus } from './lib/sidik-situs.ts';
import { bacaArgumen } from './lib/argumen.ts';

const { nilai: opsi } = bacaArgumen({
  pakai: 'npm run build [-- pilihan]',
  keterangan:
    'Memeriksa setiap laporan, membangun situs web ke dist/ beserta indeks pencariannya, lalu mencetak PDF setiap laporan\n' +
    '(dist/<id>/<id>.pdf). Data yang bergalat menghentikan build dengan pesan yang sama seperti "npm run check".\n' +
    'Draf (draf: true) hanya dibangun dengan LKJIP_DRAF=1; PDF yang masukannya tidak berubah dipakai ulang dari .cache/pdf/.',
  pilihan: {
    'tanpa-pdf': { type: 'boolean', keterangan: 'situs web saja, tanpa PDF' },
    keluar: { type: 'string', nilai: 'FOLDER', keterangan: 'tulis situs dan PDF ke FOLDER, bukan ke dist/' },
  },
  contoh: ['npm run build', 'npm run build -- --tanpa-pdf', 'LKJIP_DRAF=1 npm run build'],
});

const root = resolve('.');
const dist = resolve(opsi.keluar ?? 'dist');
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

const tSitus = performance.now();
const sidik = sidikSitus(root, dist);
if (situsMasihSama(root, sidik, dist)) {
  console.log(`Situs tidak berubah (data, bab, kode dan pengaturan sama) -> ${dist} dipakai ulang (${detik(tSitus)} s).`);
} else {
  const { build } = await import('astro');
  await build({ root, outDir: dist, logLevel: 'warn' });
  const cari = await indeksPencarian(dist);
  catatSitus(root, sidik, dist);
  console.log(`Situs selesai dalam ${detik(tSitus)} s -> ${dist} (${cari.halaman} halaman di indeks pencarian)`);
}
if (opsi['tanpa-pdf']) process.exit(0);

const tPdf = performance.now();
const ids = hasil
  .filter((r) => {
    if (r.laporan?.data.laporan.draf && process.env.LKJIP_DRAF !== '1') {
      console.log(`Lewati ${r.id}: masih draf (laporan.yaml: draf: true).`);
      return false;
    }
    return true;
  })
  .map((r) => r.id);
let peramban: string;
try {
  peramban = cariPeramban();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const server = await layani(dist);
try {
  const paralel = ukuranPool();
  const cetak = await cetakSemua(bukaPeramban, server.url, dist, ids, {
    cache: join(root, '.cache', 'pdf'),
    peramban: identitasPeramban(peramban),
    paralel,
    lapor: (h) => console.log(`PDF ${h.id}: ${h.halaman} halaman, ${h.dicetak ? `dicetak dalam ${h.detik.toFixed(1)} s` : 'tidak berubah, dipakai ulang'}`),
  });
  // Which PDFs were printed in this build (read by the tests and by `npm run bench`).
  writeFileSync(join(dist, 'cetak-pdf.json'), JSON.stringify({ paralel, laporan: cetak }, null, 2));
  const n = cetak.filter((h) => h.dicetak).length;
  console.log(`PDF selesai dalam ${detik(tPdf)} s (${n} dicetak, ${cetak.length - n} tidak berubah, ${paralel} sekaligus); seluruh build ${detik(t0)} s.`);
} catch (e) {
  // A browser that will not start or a print page that fails: a plain message, no stack trace.
  console.error(`PDF gagal dibuat: ${(e as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  await server.tutup();
}
