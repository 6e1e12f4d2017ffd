/**
 * npm run bench:profil [-- --halaman 50,150,300] [--tanpa-contoh]: where the PDF step's time goes, in
 * one run on one browser. Builds, in a scratch copy of the project, the sample reports of content/
 * and one synthetic report per page count asked (scripts/lib/sintetis.ts), with the JavaScript not
 * minified (so the profile names Paged.js's functions); then prints each report four times: ours
 * with a DevTools Protocol CPU profile (hot functions; --tanpa-profil leaves it out), ours without it
 * (the times), Paged.js 0.4.3 as it is ("before": `?paged-asli`, without src/cetak/lepas-pengamat.ts
 * and src/cetak/ukur-bertahap.ts), and the floor (Chromium printing the same HTML without Paged.js).
 * A report whose print fails (one that stops making progress fails after scripts/lib/pdf.ts's
 * BATAS_DIAM) is a row with its message, and the run goes on. Per report: phases, the ratios to the floor in wall time and in the browser's CPU seconds
 * (steadier on a shared machine), ms per page, the layout time of each fifth of the pages (does a page
 * cost more late in the report?), the hottest functions by self time, and the peak memory of the
 * browser. A benchmark, not a test: nothing here fails a build.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { salinKodeProyek } from './lib/proyek.ts';
import { tulisLaporanSintetis } from './lib/sintetis.ts';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf, type ProfilCpu } from './lib/pdf.ts';
import { bacaArgumen, tolak } from './lib/argumen.ts';
import { FOLDER_LAPORAN } from '../src/domain/masalah.ts';

const PERINTAH = {
  pakai: 'npm run bench:profil [-- --halaman 50,150,300] [--tanpa-contoh] [--teratas 12]',
  keterangan:
    'Profil langkah PDF per tahap dan per fungsi (DevTools Protocol) untuk laporan contoh dan laporan sintetis sepanjang\n' +
    'HALAMAN, dalam satu kali jalan, dengan batas bawah Chromium tanpa Paged.js. Tolok ukur, tidak pernah gagal.',
  pilihan: {
    halaman: { type: 'string', nilai: 'DAFTAR', keterangan: 'panjang laporan sintetis (halaman), dipisah koma (bawaan 50,150,300)' },
    'tanpa-contoh': { type: 'boolean', keterangan: 'tanpa laporan contoh dari content/' },
    teratas: { type: 'string', nilai: 'N', keterangan: 'banyaknya fungsi terpanas yang dicetak per laporan (bawaan 12)' },
    'tanpa-profil': {
      type: 'boolean',
      keterangan: 'tanpa profil CPU (profil pencuplikan laporan ratusan halaman sendiri bisa lebih dari 10 menit)',
    },
  },
} as const;
const { nilai: opsi } = bacaArgumen(PERINTAH);
const PANJANG = (opsi.halaman ?? '50,150,300').split(',').filter(Boolean).map(Number);
if (PANJANG.some((x) => !Number.isInteger(x) || x < 1))
  tolak(PERINTAH, `--halaman harus daftar bilangan bulat, tertulis "${opsi.halaman}"`);
const TERATAS = Number(opsi.teratas ?? 12);

/** Self time per function (name, file, line) and the share of idle/GC/native time, from a CPU profile. */
function fungsiTerpanas(p: ProfilCpu, n: number): { total: number; baris: string[] } {
  const simpul = new Map(p.nodes.map((s) => [s.id, s]));
  const diri = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const s = simpul.get(id)!;
    if (s.callFrame.functionName === '(idle)') return;
    const f = s.callFrame;
    const kunci = f.url ? `${f.functionName || '(anonim)'} ${basename(f.url).replace(/\?.*$/, '')}:${f.lineNumber + 1}` : f.functionName;
    diri.set(kunci, (diri.get(kunci) ?? 0) + dt);
    total += dt;
  });
  const baris = [...diri.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${Math.round(ms)} ms (${((ms / total) * 100).toFixed(1)} %) ${k}`);
  return { total, baris };
}

/** Whether two PDFs have the same text page by page (pdftotext -layout, pages split by form feeds): "ya", "TIDAK" or "?" without poppler. */
function halamanSama(a: string, b: string): string {
  try {
    const teks = (f: string) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return teks(a) === teks(b) ? 'ya' : 'TIDAK';
  } catch {
    return '?';
  }
}

/** Resident memory of this process's descendants (the browser's processes), Linux ps. */
function memoriPeramban(): number {
  try {
    const baris = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const turunan = new Set([process.pid]);
    for (let tambah = true; tambah;) {
      tambah = false;
      for (const [pid, ppid] of baris) if (turunan.has(ppid) && !turunan.has(pid)) (turunan.add(pid), (tambah = true));
    }
    return baris.filter(([pid]) => turunan.has(pid) && pid !== process.pid).reduce((a, [, , rss]) => a + rss * 1024, 0);
  } catch {
    return 0;
  }
}

const dir = salinKodeProyek();
const laporan = join(dir, FOLDER_LAPORAN);
try {
  // With --tanpa-contoh the copy has no report folder yet.
  mkdirSync(laporan, { recursive: true });
  if (!opsi['tanpa-contoh']) cpSync(resolve(FOLDER_LAPORAN), laporan, { recursive: true });
  for (const h of PANJANG) {
    const tmp = mkdtempSync(join(tmpdir(), 'lkjip-sintetis-'));
    const [id] = tulisLaporanSintetis(tmp, { n: 1, seed: 1, halaman: h });
    renameSync(join(tmp, id), join(laporan, `sintetis-${h}-halaman`));
    rmSync(tmp, { recursive: true, force: true });
  }
  const { build } = await import('astro');
  // The report loader reads content/ from the working folder: without this the copy's build held the
  // samples of this project and no synthetic report, and their prints waited on a missing page.
  const asal = process.cwd();
  process.chdir(dir);
  await build({ root: dir, logLevel: 'error', vite: { build: { minify: false } } });
  process.chdir(asal);
  const dist = join(dir, 'dist');
  const browser = await bukaPeramban();
  const server = await layani(dist);
  const muatAwal = loadavg();
  console.log(
    `Mesin: ${cpus().length} inti (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; Chromium ${browser.version()}; ` +
      `beban rata-rata (1/5/15 menit) di awal: ${muatAwal.map((x) => x.toFixed(1)).join(' / ')}. JavaScript tidak diperkecil (nama fungsi terbaca).`,
  );
  const tabel: string[] = [];
  const fase = [
    'muat',
    'huruf',
    'grafik',
    'daftar',
    'tabelLebar',
    'pagedGaya',
    'pagedUrai',
    'pagedTata',
    'pagedAkhir',
    'lint',
    'pdf',
    'pdfLib',
  ];
  /** One report's four prints (profile, ours, 0.4.3 as it is, the floor) and its lines. */
  const profilLaporan = async (id: string, puncak: () => number) => {
    const berkas = join(dir, `${id}.pdf`);
    const p = opsi['tanpa-profil'] ? undefined : await cetakPdf(browser, server.url, dist, id, { berkas, profil: true, tanpaGagal: true });
    const a = await cetakPdf(browser, server.url, dist, id, { berkas, tanpaGagal: true, ukurCpu: true });
    const asli = await cetakPdf(browser, server.url, dist, id, {
      berkas: join(dir, `${id}.asli.pdf`),
      tanpaGagal: true,
      ukurCpu: true,
      pagedAsli: true,
    });
    const d = await cetakPdf(browser, server.url, dist, id, {
      berkas: join(dir, `${id}.dasar.pdf`),
      tanpaPaged: true,
      tanpaGagal: true,
      ukurCpu: true,
    });
    const sama = halamanSama(berkas, join(dir, `${id}.asli.pdf`));
    const per = a.perHalaman;
    const seperlima = [0, 1, 2, 3, 4].map((k) => {
      const bagian = per.slice(Math.floor((k * per.length) / 5), Math.floor(((k + 1) * per.length) / 5));
      return bagian.length ? Math.round(bagian.reduce((x, y) => x + y, 0) / bagian.length) : 0;
    });
    const { total, baris } = p ? fungsiTerpanas(p.profil!, TERATAS) : { total: 0, baris: [] };
    console.log(
      `\n${id}: ${a.halaman} halaman; kita ${a.detik.toFixed(2)} s (CPU ${a.cpu!.toFixed(1)} s, ${a.luap} pengukuran luapan), Paged.js 0.4.3 apa adanya ${asli.detik.toFixed(2)} s ` +
        `(CPU ${asli.cpu!.toFixed(1)} s, ${asli.luap} pengukuran luapan), tanpa Paged.js ${d.detik.toFixed(2)} s (CPU ${d.cpu!.toFixed(1)} s); rasio ${(a.detik / d.detik).toFixed(2)}x ` +
        `(CPU ${(a.cpu! / d.cpu!).toFixed(2)}x), sebelum ${(asli.detik / d.detik).toFixed(2)}x (CPU ${(asli.cpu! / d.cpu!).toFixed(2)}x)`,
    );
    console.log(
      `  tahap (ms): ${fase.map((f) => `${f} ${a.waktu[f] ?? 0}`).join(', ')}; tanpa Paged.js: muat ${d.waktu.muat}, pdf ${d.waktu.pdf}`,
    );
    console.log(`  tata letak per halaman (ms, rata-rata tiap seperlima halaman): ${seperlima.join(' / ')}`);
    if (p)
      console.log(
        `  profil CPU (${Math.round(total)} ms JavaScript dan tata letak dalam halaman, tanpa idle), fungsi terpanas menurut waktu sendiri:`,
      );
    for (const b of baris) console.log(`    ${b}`);
    tabel.push(
      `| ${id} | ${a.halaman} | ${a.detik.toFixed(2)} s | ${d.detik.toFixed(2)} s | ${(a.detik / d.detik).toFixed(2)}x | ${(a.cpu! / d.cpu!).toFixed(2)}x | ${(asli.detik / d.detik).toFixed(2)}x / ${(asli.cpu! / d.cpu!).toFixed(2)}x | ${a.cpu!.toFixed(1)} s / ${asli.cpu!.toFixed(1)} s / ${d.cpu!.toFixed(1)} s | ${(a.cpu! / Math.max(a.halaman, 1)).toFixed(3)} s | ${a.luap} / ${asli.luap} | ${sama} | ${seperlima.join(' / ')} | ${fase.map((f) => a.waktu[f] ?? 0).join(' / ')} | ${d.waktu.muat} / ${d.waktu.pdf} | ${(puncak() / 2 ** 30).toFixed(2)} GB |`,
    );
  };
  try {
    for (const id of readdirSync(laporan).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
      let puncak = 0;
      const contoh = setInterval(() => (puncak = Math.max(puncak, memoriPeramban())), 250);
      try {
        await profilLaporan(id, () => puncak);
      } catch (e) {
        // A report that fails (a print that stopped: scripts/lib/pdf.ts) is a row with its message, and the run goes on.
        const pesan = (e as Error).message.split('\n')[0];
        console.log(`\n${id}: GAGAL: ${pesan}`);
        tabel.push(`| ${id} | gagal: ${pesan} |`);
      } finally {
        clearInterval(contoh);
      }
    }
  } finally {
    await browser.close();
    await server.tutup();
  }
  console.log(
    `\nBeban rata-rata di akhir: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}\n`,
  );
  console.log(
    `| laporan | halaman | kita | tanpa Paged.js | rasio | rasio CPU | Paged.js 0.4.3 apa adanya: rasio / rasio CPU | CPU peramban: kita / 0.4.3 / tanpa Paged.js | CPU per halaman (kita) | pengukuran luapan: kita / 0.4.3 | halaman sama dengan 0.4.3 (pdftotext per halaman) | tata letak per seperlima halaman (ms) | ${fase.join(' / ')} (ms) | tanpa Paged.js: muat / pdf (ms) | memori puncak peramban (laporan ini) |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const t of tabel) console.log(t);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
