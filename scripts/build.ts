/**
 * npm run build: validates every report, builds the website with its search index, then prints each
 * report's PDF (dist/<id>/<id>.pdf) with Paged.js in a headless Chromium. Invalid data stops the build
 * with the same messages as `npm run check`. `--tanpa-pdf` builds the website only; `--keluar DIR`
 * writes elsewhere than dist/. Drafts (draf: true) are built only with LKJIP_DRAF=1.
 *
 * The build is atomic (scripts/lib/dist-baru.ts): everything is built into a scratch folder beside
 * dist/, which is replaced only when the site, the search index and every PDF succeeded; a failure or
 * an interrupt (Ctrl+C, SIGTERM) leaves the previous dist/ whole. Files identical to the published
 * ones keep their modification time, and a rebuild with nothing changed leaves dist/ untouched.
 * The site is rebuilt only when one of its inputs changed (scripts/lib/sidik-situs.ts); PDFs print in
 * parallel and only when their inputs changed (scripts/lib/cetak-semua.ts; LKJIP_PDF_PARALEL sets
 * the pool size). Astro's telemetry is off: the build makes no network request.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A build is a production build even when started from a test runner (Vitest sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
import { join, relative, resolve } from 'node:path';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/data/masalah.ts';
import { bukaPeramban, cariPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakSemua, identitasPeramban, ukuranPool, shardLaporan, type HasilCetak } from './lib/cetak-semua.ts';
import { indeksPencarian } from './lib/cari.ts';
import { GalatCetak } from './lib/pdf.ts';
import { formatMasalahCetak } from '../src/cetak/masalah.ts';
import { sidikSitus, situsMasihSama, catatSitus } from './lib/sidik-situs.ts';
import { bacaArgumen, tolak } from './lib/argumen.ts';
import { siapkanTahap, buangTahap, salinSitus, samakanWaktu, gantiDist, catatanBuild, daftarBerkas, type Tahap } from './lib/dist-baru.ts';
import { saringKeluaran, viteTenang } from './lib/keluaran.ts';

const PERINTAH = {
  pakai: 'npm run build [-- pilihan]',
  keterangan:
    'Memeriksa setiap laporan, membangun situs web ke dist/ beserta indeks pencariannya, lalu mencetak PDF setiap laporan\n' +
    '(dist/<id>/<id>.pdf). Data yang bergalat menghentikan build dengan pesan yang sama seperti "npm run check".\n' +
    'Draf (draf: true) hanya dibangun dengan LKJIP_DRAF=1; PDF yang masukannya tidak berubah dipakai ulang dari .cache/pdf/.',
  pilihan: {
    'tanpa-pdf': { type: 'boolean', keterangan: 'situs web saja, tanpa PDF' },
    keluar: { type: 'string', nilai: 'FOLDER', keterangan: 'tulis situs dan PDF ke FOLDER, bukan ke dist/' },
    shard: {
      type: 'string',
      nilai: 'i/n',
      keterangan: 'cetak hanya PDF bagian ke-i dari n (CI paralel); PDF-nya tersimpan di .cache/pdf/',
    },
    gabung: {
      type: 'string',
      multiple: true,
      nilai: 'FOLDER',
      keterangan: 'gabungkan: ambil PDF dari .cache/pdf/ hasil setiap shard (FOLDER), periksa sidiknya terhadap situs ini, tanpa mencetak',
    },
  },
  contoh: [
    'npm run build',
    'npm run build -- --tanpa-pdf',
    'LKJIP_DRAF=1 npm run build',
    'npm run build -- --shard 1/4',
    'npm run build -- --gabung shard-1/.cache/pdf --gabung shard-2/.cache/pdf',
  ],
} as const;
const { nilai: opsi } = bacaArgumen(PERINTAH);
saringKeluaran();

const root = resolve('.');
const dist = resolve(opsi.keluar ?? 'dist');
const tanpaPdf = opsi['tanpa-pdf'] === true;
const gabung = opsi.gabung?.map((d) => resolve(d));
const shard = bacaShard(opsi.shard);
/** "--shard i/n": this machine prints the reports whose id hashes to i (scripts/lib/cetak-semua.ts shardLaporan). */
function bacaShard(teks: string | undefined): { i: number; n: number } | undefined {
  if (teks === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(teks);
  const [i, n] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!m || n < 1 || i < 1 || i > n) tolak(PERINTAH, `--shard harus i/n dengan 1 ≤ i ≤ n, misalnya 1/4; tertulis "${teks}"`);
  if (opsi.gabung)
    tolak(PERINTAH, '--shard dan --gabung tidak dapat dipakai bersama: cetak di setiap shard, lalu gabungkan di satu langkah');
  return { i, n };
}
const cache = join(root, '.cache', 'pdf');
const namaDist = `${relative(root, dist) || dist}/`;
const t0 = performance.now();
const detik = (t: number) => ((performance.now() - t) / 1000).toFixed(1);

let tahap: Tahap | undefined;
/** Removes what this build wrote (its scratch folder, half-printed PDFs); dist/ itself is never touched here. */
function bersihkan(): void {
  if (tahap) buangTahap(tahap);
  if (existsSync(cache)) for (const f of readdirSync(cache)) if (f.endsWith(`.${process.pid}.tmp`)) rmSync(join(cache, f), { force: true });
}
/** Ctrl+C or a kill: nothing is replaced. Registered before the browser's own handlers, which it pre-empts. */
for (const sinyal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sinyal, () => {
    bersihkan();
    console.error(
      `\nBuild dihentikan (${sinyal === 'SIGINT' ? 'Ctrl+C' : sinyal}). ${namaDist} yang lama tetap utuh: tidak ada berkas yang diganti.`,
    );
    process.exit(sinyal === 'SIGINT' ? 130 : 143);
  });
}
function gagal(pesan: string): never {
  bersihkan();
  console.error(`\nBuild gagal: ${pesan}\n${namaDist} yang lama tetap utuh: tidak ada berkas yang diganti.`);
  process.exit(1);
}

const hasil = periksaSemua(root);
const galat = hasil.flatMap((r) => r.masalah.filter((m) => m.tingkat === 'galat'));
if (galat.length) {
  for (const m of galat) console.error(formatMasalah(m));
  console.error(`\nBuild dihentikan: ${galat.length} galat pada data laporan. Perbaiki lalu jalankan lagi. ${namaDist} tidak diubah.`);
  process.exit(1);
}
const lebar = Math.max(...hasil.map((r) => r.id.length));
const baris = (id: string, teks: string) => console.log(`  ${id.padEnd(lebar)}  ${teks}`);
const nPeringatan = hasil.reduce((a, r) => a + r.masalah.length, 0);
console.log(`Data: ${hasil.length} laporan sah${nPeringatan ? `, ${nPeringatan} peringatan (ringkasan per laporan di akhir)` : ''}.`);

const disiapkan = siapkanTahap(dist);
tahap = disiapkan;
if (disiapkan.dipulihkan) console.log(`${namaDist} dipulihkan dari build sebelumnya yang terputus saat penggantian.`);

const tSitus = performance.now();
const sidik = sidikSitus(root, dist);
const pdfLaporan = (rel: string) => /^([^/]+)\/\1\.pdf$/.test(rel);
if (situsMasihSama(root, sidik, dist)) {
  salinSitus(dist, tahap.baru, pdfLaporan);
  console.log(`Situs tidak berubah (data, bab, kode dan pengaturan sama), dipakai ulang (${detik(tSitus)} s).`);
} else {
  try {
    const { build } = await import('astro');
    // Astro's content cache in the project's own .cache/ (its default, node_modules/.astro, is shared by
    // every copy of the project that links one node_modules: scratch copies, worktrees, CI checkouts).
    await build({ root, outDir: tahap.baru, cacheDir: join(root, '.cache', 'astro'), logLevel: 'warn', vite: viteTenang as never });
    const cari = await indeksPencarian(tahap.baru);
    console.log(`Situs selesai dalam ${detik(tSitus)} s (${cari.halaman} halaman di indeks pencarian).`);
  } catch (e) {
    gagal(`situs tidak dapat dibangun: ${(e as Error).message.split('\n').slice(0, 4).join('\n')}`);
  }
}

let cetak: HasilCetak[] = [];
let paralel = 0;
if (!tanpaPdf) {
  const tPdf = performance.now();
  const ids = hasil
    .filter((r) => {
      if (r.laporan?.data.laporan.draf && process.env.LKJIP_DRAF !== '1') {
        return false;
      }
      return true;
    })
    .map((r) => r.id)
    .filter((id) => !shard || shardLaporan(id, shard.n) === shard.i);
  let peramban: string | undefined;
  try {
    // Merging prints nothing, so it needs no browser (the merge job of a CI matrix may have none).
    if (!gabung) peramban = identitasPeramban(cariPeramban());
  } catch (e) {
    gagal((e as Error).message);
  }
  console.log(
    shard ? `PDF (shard ${shard.i}/${shard.n}: ${ids.length} laporan):` : gabung ? `PDF (gabungan ${gabung.length} shard):` : 'PDF:',
  );
  const server = await layani(tahap.baru);
  try {
    paralel = ukuranPool();
    cetak = await cetakSemua(bukaPeramban, server.url, tahap.baru, ids, {
      cache,
      peramban,
      paralel,
      gabung,
      lapor: (h) => {
        baris(
          h.id,
          `${h.halaman} halaman, ${h.dicetak ? `dicetak dalam ${h.detik.toFixed(1)} s${h.alasan && h.alasan !== 'berubah' ? ` (${h.alasan})` : ''}` : 'tidak berubah, dipakai ulang'}`,
        );
        // What the layout changed by itself, and the print lint's warnings (overflow and the like stop the build below).
        for (const c of h.catatan) console.log(`    Catatan cetak: ${c.label} ${c.pesan}`);
        for (const m of h.masalah) console.log(`    Peringatan cetak: ${formatMasalahCetak(h.id, m)}`);
      },
    });
    const n = cetak.filter((h) => h.dicetak).length;
    console.log(`PDF selesai dalam ${detik(tPdf)} s (${n} dicetak, ${cetak.length - n} tidak berubah, ${paralel} sekaligus).`);
  } catch (e) {
    // A browser that will not start or a print page that fails: a plain message, no stack trace. The
    // print lint's refusal lists every problem (page, table or figure, hint).
    gagal(e instanceof GalatCetak ? e.message : `PDF tidak dapat dibuat: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await server.tutup();
  }
}

// Everything succeeded: put the new build in place (synchronously, so no signal lands in between).
const beda = samakanWaktu(tahap);
let hasilGanti: 'tetap' | 'diganti';
try {
  hasilGanti = gantiDist(tahap, beda);
} catch (e) {
  gagal((e as Error).message);
}
tahap = undefined;
catatSitus(root, sidik, dist);
// Which PDFs were printed in this build (read by the tests and by `npm run bench`); outside dist/ so
// that a rebuild changes nothing there.
const catatan = catatanBuild(root, dist);
mkdirSync(join(catatan, '..'), { recursive: true });
writeFileSync(catatan, JSON.stringify({ paralel, laporan: cetak, berkas: beda }, null, 2));
console.log('Ringkasan per laporan:');
for (const r of hasil) {
  const n = r.masalah.length;
  const data = `sah, ${n ? `${n} peringatan (lihat "npm run check -- ${r.id}")` : 'tanpa peringatan'}`;
  const situs = `situs ${daftarBerkas(join(dist, r.id)).filter((f) => f.endsWith('.html')).length} halaman`;
  const c = cetak.find((h) => h.id === r.id);
  const pdf = tanpaPdf
    ? 'PDF tidak dibuat (--tanpa-pdf)'
    : !c && shard && shardLaporan(r.id, shard.n) !== shard.i
      ? `PDF dicetak di shard ${shardLaporan(r.id, shard.n)}/${shard.n}`
      : !c
        ? 'PDF dilewati: masih draf (laporan.yaml: draf: true; LKJIP_DRAF=1 untuk membuatnya)'
        : `PDF ${c.halaman} halaman, ${c.dicetak ? `dicetak (${c.detik.toFixed(1)} s)` : 'tidak berubah'}`;
  baris(r.id, `${data}; ${situs}; ${pdf}`);
}
console.log(
  hasilGanti === 'tetap'
    ? `${namaDist}: tidak ada berkas yang berubah, tidak disentuh (${beda.sama} berkas). Seluruh build ${detik(t0)} s.`
    : `${namaDist}: diganti (${beda.berubah.length} berkas berubah, ${beda.ditambah.length} baru, ${beda.dihapus.length} dihapus, ${beda.sama} sama). Seluruh build ${detik(t0)} s.`,
);
