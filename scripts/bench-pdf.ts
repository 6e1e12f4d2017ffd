/**
 * npm run bench:pdf: times our PDF step (Paged.js pagination + print) against the floor, Chromium
 * printing the same HTML without Paged.js, in one run, on the same browser, and prints the ratio.
 * Builds the site first if dist/ is missing. A benchmark, not a test: nothing here can fail a build.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { daftarLaporan } from '../src/data/muat.ts';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf } from './lib/pdf.ts';
import { bacaArgumen } from './lib/argumen.ts';

bacaArgumen({
  pakai: 'npm run bench:pdf',
  keterangan:
    'Tolok ukur langkah PDF: mencetak setiap laporan dengan Paged.js dan, sebagai batas bawah, tanpa Paged.js di Chromium\n' +
    'yang sama, lalu mencetak rasionya (median dari ULANG=5 kali). Membangun situs dulu bila dist/ belum ada.',
  pilihan: {},
});

const ULANG = Number(process.env.ULANG ?? 5);
const dist = resolve('dist');
if (!existsSync(join(dist, 'index.html'))) {
  const { build } = await import('astro');
  await build({ root: resolve('.'), logLevel: 'warn' });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'lkjip-bench-'));
const browser = await bukaPeramban();
const server = await layani(dist);
console.log(
  `Mesin: ${cpus().length} inti, ${cpus()[0]?.model ?? '?'}; Node ${process.version}; ${browser.version()}; ${ULANG} kali per ukuran, median.`,
);
console.log(
  'laporan | halaman | PDF kita (s) | tanpa Paged.js (s) | rasio | tahap PDF kita (ms, lari median): muat, huruf, grafik, daftar, tabelLebar, paged, lint, pdf, pdfLib | tahap tanpa Paged.js: muat, pdf',
);
try {
  for (const id of daftarLaporan(resolve('content'))) {
    // One warm-up of each, so the first measured run does not pay for cold caches.
    await cetakPdf(browser, server.url, dist, id, { berkas: join(tmp, 'a.pdf') });
    await cetakPdf(browser, server.url, dist, id, { berkas: join(tmp, 'b.pdf'), tanpaPaged: true });
    const kita: number[] = [];
    const tahap: Record<string, number>[] = [];
    const tahapDasar: Record<string, number>[] = [];
    const dasar: number[] = [];
    let halaman = 0;
    for (let i = 0; i < ULANG; i++) {
      const a = await cetakPdf(browser, server.url, dist, id, { berkas: join(tmp, 'a.pdf') });
      halaman = a.halaman;
      kita.push(a.detik);
      tahap.push(a.waktu);
      const b = await cetakPdf(browser, server.url, dist, id, { berkas: join(tmp, 'b.pdf'), tanpaPaged: true });
      dasar.push(b.detik);
      tahapDasar.push(b.waktu);
    }
    const [k, d] = [median(kita), median(dasar)];
    // The phases of the run whose total is the median (each phase of one run, so they add up).
    const w = tahap[kita.indexOf(k)];
    const wd = tahapDasar[dasar.indexOf(d)];
    const f = ['muat', 'huruf', 'grafik', 'daftar', 'tabelLebar', 'paged', 'lint', 'pdf', 'pdfLib'].map((n) => w[n] ?? 0).join(', ');
    console.log(`${id} | ${halaman} | ${k.toFixed(2)} | ${d.toFixed(2)} | ${(k / d).toFixed(2)}x | ${f} | ${wd.muat}, ${wd.pdf}`);
  }
} finally {
  await browser.close();
  await server.tutup();
  rmSync(tmp, { recursive: true, force: true });
}
