/**
 * npm run check [-- <report-id> ...] [--quiet] [--root DIR]
 * Validates every report: errors (exit code 1) and warnings where typed figures disagree with the data.
 * Messages name the file, the line, the field path and what was expected, in Indonesian; no stack traces.
 */
import { resolve } from 'node:path';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/data/masalah.ts';
import { bacaArgumen } from './lib/argumen.ts';

const { nilai: opsi, posisi: ids } = bacaArgumen({
  pakai: 'npm run check [-- id-laporan … pilihan]',
  keterangan:
    'Memeriksa setiap laporan di content/laporan/ (atau hanya yang disebut): setiap galat dengan berkas:baris, nama isian\n' +
    'dan yang diharapkan, dan setiap peringatan (angka tertulis ≠ angka hitungan). Keluar dengan kode 1 bila ada galat.',
  pilihan: {
    quiet: { type: 'boolean', short: 'q', keterangan: 'hanya galat, tanpa peringatan; diam bila semua valid' },
    root: { type: 'string', nilai: 'FOLDER', keterangan: 'folder proyek yang diperiksa (bawaan: folder ini)' },
  },
  posisi: { nama: 'id-laporan', maks: Infinity },
  contoh: ['npm run check', 'npm run check -- candipuro-2023-tw2'],
});
const quiet = !!opsi.quiet;
const root = resolve(opsi.root ?? '.');

try {
  const results = periksaSemua(root, ids);
  if (results.length === 0) {
    console.error(`Tidak ada laporan di ${root}/content/laporan/ (setiap laporan adalah folder berisi laporan.yaml).`);
    process.exit(1);
  }
  let galat = 0;
  for (const r of results) {
    const errors = r.masalah.filter((m) => m.tingkat === 'galat');
    const warnings = r.masalah.filter((m) => m.tingkat === 'peringatan');
    galat += errors.length;
    if (quiet && errors.length === 0) continue;
    const status = errors.length ? `${errors.length} galat` : 'valid';
    console.log(`\n== ${r.id}: ${status}, ${warnings.length} peringatan ==`);
    for (const m of quiet ? errors : [...errors, ...warnings]) console.log(formatMasalah(m));
  }
  // A short summary per report: what to fix first is the first error, else the first warning.
  if (!quiet || galat > 0) {
    console.log('\nRingkasan:');
    const lebar = Math.max(...results.map((r) => r.id.length));
    for (const r of results) {
      const g = r.masalah.filter((m) => m.tingkat === 'galat');
      const w = r.masalah.filter((m) => m.tingkat === 'peringatan');
      const pertama = g[0] ?? w[0];
      const status = g.length ? `${g.length} galat, ${w.length} peringatan` : `valid, ${w.length} peringatan`;
      const dulu = pertama
        ? ` — ${g.length ? 'perbaiki dulu' : 'periksa dulu'}: ${pertama.berkas}${pertama.baris ? `:${pertama.baris}` : ''} (${pertama.jalur}) ${pertama.pesan}`
        : '';
      console.log(`  ${r.id.padEnd(lebar)}  ${status}${dulu}`);
    }
  }
  if (galat > 0) {
    console.log(`\n${galat} galat: perbaiki isian di atas (berkas:baris, nama isian), lalu jalankan lagi "npm run check".`);
    process.exit(1);
  }
  if (!quiet) console.log(`\n${results.length} laporan valid.`);
} catch (e) {
  // A bug of ours, not the author's: say so plainly, keep the detail for a bug report.
  console.error(`Terjadi kesalahan pada program pemeriksa (bukan pada data Anda): ${(e as Error).message}`);
  process.exit(2);
}
