/**
 * npm run bench [-- --n 1,10,50]: builds N synthetic reports (site + PDFs) in a scratch copy of the
 * project and prints, per size: site build time, PDF time, total, time per report, peak memory of
 * the build (Node and Chromium together), output sizes; then, in the same run, the floor (Chromium
 * printing the same pages without Paged.js, same pool size), a rebuild with nothing changed, and the
 * web weight per page type. A benchmark, not a test: it prints numbers and never fails a build.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { salinKodeProyek } from './lib/proyek.ts';
import { tulisLaporanSintetis } from './lib/sintetis.ts';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf } from './lib/pdf.ts';
import { ukuranPool } from './lib/cetak-semua.ts';
import { FOLDER_LAPORAN } from '../src/domain/masalah.ts';
import { bacaArgumen, tolak } from './lib/argumen.ts';
import { catatanBuild } from './lib/dist-baru.ts';

const PERINTAH = {
  pakai: 'npm run bench [-- --n 1,10,50]',
  keterangan:
    'Tolok ukur: membangun 1, 10 dan 50 laporan sintetis (situs + PDF) di salinan proyek sementara dan mencetak waktu,\n' +
    'memori, ukuran, batas bawah tanpa Paged.js, build ulang tanpa perubahan dan berat halaman web. Tidak pernah gagal.',
  pilihan: { n: { type: 'string', nilai: 'DAFTAR', keterangan: 'ukuran yang diukur, dipisah koma (bawaan 1,10,50)' } },
} as const;
const { nilai: opsi } = bacaArgumen(PERINTAH);
const UKURAN = (opsi.n ?? '1,10,50').split(',').map(Number);
if (UKURAN.some((x) => !Number.isInteger(x) || x < 1))
  tolak(PERINTAH, `--n harus daftar bilangan bulat dipisah koma, tertulis "${opsi.n}"`);
const s = (x: number) => `${x.toFixed(1)} s`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

/** CPU seconds (user + system) a process has used so far (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
function cpuProses(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * Runs the build and samples, every 200 ms until it exits (Linux: ps, /proc), the sum of the resident
 * memory of its process and all its descendants, and each one's CPU seconds: the CPU figure is the sum
 * of the last sample of every process (Node, Astro, Pagefind, each Chromium process), so it misses at
 * most the last 200 ms of each; on a shared machine it moves far less with the other users' load than
 * wall time.
 */
function jalankan(dir: string, args: string[]): Promise<{ keluaran: string; detik: number; puncak: number; cpu: number }> {
  return new Promise((ok, gagal) => {
    const mulai = performance.now();
    const anak = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, env: { ...process.env, LKJIP_DRAF: '' } });
    let keluaran = '';
    anak.stdout.on('data', (d) => (keluaran += d));
    anak.stderr.on('data', (d) => (keluaran += d));
    let puncak = 0;
    const cpu = new Map<number, number>();
    const contoh = setInterval(() => {
      if (platform() !== 'linux') return;
      try {
        const baris = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .map((l) => l.trim().split(/\s+/).map(Number));
        const keturunan = new Set([anak.pid!]);
        for (let tambah = true; tambah;) {
          tambah = false;
          for (const [pid, ppid] of baris) if (keturunan.has(ppid) && !keturunan.has(pid)) (keturunan.add(pid), (tambah = true));
        }
        puncak = Math.max(
          puncak,
          baris.filter(([pid]) => keturunan.has(pid)).reduce((a, [, , rss]) => a + rss * 1024, 0),
        );
        for (const pid of keturunan) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuProses(pid)));
      } catch {
        /* the process tree changed while sampling */
      }
    }, 200);
    anak.on('exit', (kode) => {
      clearInterval(contoh);
      if (kode !== 0) gagal(new Error(`build gagal (${kode}):\n${keluaran.slice(-2000)}`));
      else ok({ keluaran, detik: (performance.now() - mulai) / 1000, puncak, cpu: [...cpu.values()].reduce((a, b) => a + b, 0) });
    });
  });
}

function ukuranFolder(dir: string, saring: (f: string) => boolean = () => true): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += ukuranFolder(p, saring);
    else if (saring(p)) total += statSync(p).size;
  }
  return total;
}

/**
 * Transferred bytes (gzip) of a page and what it loads, and of its JavaScript: scripts, styles and
 * the modules those scripts import (statically or on demand: the chart module loads where a chart is).
 */
function beratHalaman(dist: string, halaman: string): { total: number; js: number } {
  const html = readFileSync(join(dist, halaman), 'utf8');
  let total = gzipSync(html).length;
  let js = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)]
    .filter((m) => m[1].trim())
    .reduce((a, m) => a + gzipSync(m[1]).length, 0);
  const dimuat = new Set<string>();
  const muat = (url: string) => {
    if (dimuat.has(url)) return;
    dimuat.add(url);
    const isi = readFileSync(join(dist, url));
    const g = gzipSync(isi).length;
    total += g;
    if (url.endsWith('.css')) return;
    js += g;
    const dasar = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of isi.toString('utf8').matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js|\/[^"'`]+\.js)["'`]/g))
      muat(m[1].startsWith('/') ? m[1] : new URL(m[1], `http://x${dasar}`).pathname);
  };
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  for (const m of inline.matchAll(/(?:from|import)\s*\(?\s*["'](\/[^"']+\.js)["']/g)) muat(m[1]);
  for (const m of html.matchAll(/(?:src|href)="(\/[^"?#]+\.(?:js|css|mjs))"/g)) muat(m[1]);
  return { total, js };
}

/** One page of each type of the site: what a reader downloads (gzip) and how much of it is JavaScript. */
function beratPerJenis(dist: string, id: string): string[] {
  const ringkasan = readFileSync(join(dist, id, 'index.html'), 'utf8');
  const bab = [...(ringkasan.match(/<ol class="daftar-bab">[^]*?<\/ol>/)?.[0] ?? '').matchAll(/href="\/([^"]+)"/g)].map(
    (m) => `${m[1]}index.html`,
  );
  const adaGrafik = (p: string) => readFileSync(join(dist, p), 'utf8').includes('<canvas');
  const indikator = readdirSync(join(dist, 'indikator')).find((d) => d !== 'index.html');
  const jenis: [string, string | undefined][] = [
    ['beranda', 'index.html'],
    ['ringkasan laporan', `${id}/index.html`],
    ['bab tanpa grafik', bab.find((p) => !adaGrafik(p))],
    ['bab dengan grafik (Chart.js dimuat saat grafik terlihat)', bab.find(adaGrafik)],
    ['halaman indikator (dengan grafik)', indikator && `indikator/${indikator}/index.html`],
    ['halaman data', `${id}/data/index.html`],
    ['pencarian (UI; indeks dimuat per kata)', 'cari/index.html'],
  ];
  return jenis
    .filter((j): j is [string, string] => !!j[1])
    .map(([nama, p]) => {
      const b = beratHalaman(dist, p);
      return `| ${nama} | /${p.replace(/index\.html$/, '')} | ${kb(b.total)} | ${kb(b.js)} |`;
    });
}

console.log(
  `Mesin: ${cpus().length} inti (${cpus()[0]?.model ?? '?'}), ${mb(totalmem())} RAM, ${platform()}; Node ${process.version}; pool PDF ${ukuranPool()}.`,
);
const baris: string[] = [];
const berat: string[] = [];
for (const n of UKURAN) {
  const dir = salinKodeProyek();
  try {
    tulisLaporanSintetis(join(dir, FOLDER_LAPORAN), { n, seed: 1 });
    const bebanAwal = loadavg()[0];
    const awal = await jalankan(dir, []);
    const beban = `${bebanAwal.toFixed(1)} / ${loadavg()[0].toFixed(1)}`;
    const situs = Number(/Situs selesai dalam ([\d.]+) s/.exec(awal.keluaran)?.[1]);
    const pdf = Number(/PDF selesai dalam ([\d.]+) s/.exec(awal.keluaran)?.[1]);
    const dist = join(dir, 'dist');
    const halaman = (JSON.parse(readFileSync(catatanBuild(dir, dist), 'utf8')) as { laporan: { halaman: number }[] }).laporan.reduce(
      (a, l) => a + l.halaman,
      0,
    );
    const ulang = await jalankan(dir, []);

    // The floor: the same print pages printed by Chromium without Paged.js, with the same pool size.
    const browser = await bukaPeramban();
    const server = await layani(dist);
    const ids = readdirSync(join(dir, FOLDER_LAPORAN));
    const mulaiDasar = performance.now();
    const antrian = [...ids];
    await Promise.all(
      Array.from({ length: Math.min(ukuranPool(), ids.length) }, async () => {
        for (let id = antrian.shift(); id; id = antrian.shift())
          await cetakPdf(browser, server.url, dist, id, { tanpaPaged: true, berkas: join(dir, `${id}-dasar.pdf`) });
      }),
    );
    const dasar = (performance.now() - mulaiDasar) / 1000;
    await browser.close();
    await server.tutup();

    baris.push(
      `| ${n} | ${s(situs)} | ${s(pdf)} | ${s(awal.detik)} | ${platform() === 'linux' ? s(awal.cpu) : '-'} | ${s(awal.detik / n)} | ${mb(awal.puncak)} | ${halaman} | ${mb(ukuranFolder(dist, (f) => f.endsWith('.pdf')))} | ${mb(ukuranFolder(dist, (f) => !f.endsWith('.pdf')))} | ${s(dasar)} | ${(pdf / dasar).toFixed(2)}x | ${s(ulang.detik)} | ${beban} |`,
    );
    if (!berat.length) berat.push(...beratPerJenis(dist, ids[0]));
    console.log(`N = ${n} selesai.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('');
console.log(
  '| N | situs | PDF | total | CPU (user + sys) | per laporan | memori puncak | halaman PDF | ukuran PDF | ukuran situs | dasar (tanpa Paged.js) | PDF ÷ dasar | build ulang tanpa perubahan | beban 1 menit (awal / akhir build) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const b of baris) console.log(b);
console.log('\nBerat halaman (gzip, semua yang dimuat halaman itu):\n');
console.log('| jenis halaman | contoh | total | JavaScript |');
console.log('|---|---|---|---|');
for (const b of berat) console.log(b);
if (UKURAN.length > 1) {
  const per = baris.map((b) => Number(b.split('|')[6].trim().replace(' s', '')));
  console.log(
    `\nWaktu per laporan pada N = ${UKURAN[UKURAN.length - 1]} ÷ pada N = ${UKURAN[0]}: ${(per[per.length - 1] / per[0]).toFixed(2)}x`,
  );
}
