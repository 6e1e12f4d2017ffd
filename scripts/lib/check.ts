/**
 * The `npm run check` command without its process: what it prints (stdout and stderr lines) and its exit code. The
 * command (scripts/check.ts) only reads its arguments and calls this, so the fast tests run it in-process.
 */
import { periksaSemua } from '../../src/data/periksaSemua.ts';
import { formatMasalah } from '../../src/data/masalah.ts';
import { JALUR_ANGKA_TEKS } from '../../src/data/periksaBab.ts';

/** Where the command writes: the console, or a test's collector. */
export interface Keluaran {
  log(teks: string): void;
  error(teks: string): void;
}

/** Checks the reports `ids` (all when empty) under `root`; 0 valid, 1 an author's error, 2 a bug of ours. */
export function jalankanCheck(root: string, ids: string[], quiet: boolean, keluar: Keluaran = console): number {
  try {
    const results = periksaSemua(root, ids);
    if (results.length === 0) {
      keluar.error(`Tidak ada laporan di ${root}/content/laporan/ (setiap laporan adalah folder berisi laporan.yaml).`);
      return 1;
    }
    let galat = 0;
    for (const r of results) {
      const galatnya = r.masalah.filter((m) => m.tingkat === 'galat');
      const peringatan = r.masalah.filter((m) => m.tingkat === 'peringatan');
      galat += galatnya.length;
      if (quiet && galatnya.length === 0) continue;
      const status = galatnya.length ? `${galatnya.length} galat` : 'valid';
      keluar.log(`\n== ${r.id}: ${status}, ${peringatan.length} peringatan ==`);
      for (const m of quiet ? galatnya : [...galatnya, ...peringatan]) keluar.log(formatMasalah(m));
    }
    // A short summary per report: what to fix first is the first error, else the first warning.
    if (!quiet || galat > 0) {
      keluar.log('\nRingkasan:');
      const lebar = Math.max(...results.map((r) => r.id.length));
      for (const r of results) {
        const g = r.masalah.filter((m) => m.tingkat === 'galat');
        const w = r.masalah.filter((m) => m.tingkat === 'peringatan');
        // A warning about the data (a figure that disagrees, a quarter left blank) before one about a chapter (a figure typed
        // in a hand-made table or in prose, which cannot be compared).
        const pertama = g[0] ?? w.find((m) => /\.ya?ml$/.test(m.berkas)) ?? w.find((m) => m.jalur !== JALUR_ANGKA_TEKS) ?? w[0];
        const status = g.length ? `${g.length} galat, ${w.length} peringatan` : `valid, ${w.length} peringatan`;
        const dulu = pertama
          ? ` — ${g.length ? 'perbaiki dulu' : 'periksa dulu'}: ${pertama.berkas}${pertama.baris ? `:${pertama.baris}` : ''} (${pertama.jalur}) ${pertama.pesan}`
          : '';
        keluar.log(`  ${r.id.padEnd(lebar)}  ${status}${dulu}`);
      }
    }
    if (galat > 0) {
      keluar.log(`\n${galat} galat: perbaiki isian di atas (berkas:baris, nama isian), lalu jalankan lagi "npm run check".`);
      return 1;
    }
    if (!quiet) keluar.log(`\n${results.length} laporan valid.`);
    return 0;
  } catch (e) {
    // A bug of ours, not the author's: say so plainly, keep the detail for a bug report.
    keluar.error(`Terjadi kesalahan pada program pemeriksa (bukan pada data Anda): ${(e as Error).message}`);
    return 2;
  }
}
