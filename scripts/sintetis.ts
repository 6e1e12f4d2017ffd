/**
 * npm run sintetis -- --n 10 [--seed 1] [--halaman P] [--stres] [--keluar DIR]: writes N synthetic
 * reports (for benchmarks and print tests) into DIR/laporan/ (default: a new scratch folder, never
 * content/). Prints the folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tulisLaporanSintetis } from './lib/sintetis.ts';
import { bacaArgumen, bilanganBulat } from './lib/argumen.ts';

const PERINTAH = {
  pakai: 'npm run sintetis -- [--n N] [--seed S] [--halaman P] [--stres] [--keluar FOLDER]',
  keterangan:
    'Menulis N laporan sintetis (untuk tolok ukur dan uji; sama untuk seed yang sama) ke FOLDER/laporan/,\n' +
    'bawaan: folder sementara baru. Tidak pernah ke content/.',
  pilihan: {
    n: { type: 'string', nilai: 'N', keterangan: 'jumlah laporan (bawaan 10)' },
    seed: { type: 'string', nilai: 'S', keterangan: 'benih acak (bawaan 1)' },
    halaman: { type: 'string', nilai: 'P', keterangan: 'kira-kira P halaman cetak per laporan (bawaan: 20-30 halaman)' },
    stres: {
      type: 'boolean',
      keterangan: 'kasus sulit untuk cetak: nama panjang, hierarki dalam, banyak kelurahan, tabel lebar, banyak grafik',
    },
    keluar: { type: 'string', nilai: 'FOLDER', keterangan: 'folder tujuan (bawaan: folder sementara baru)' },
  },
  contoh: ['npm run sintetis -- --n 10 --keluar /tmp/sintetis', 'npm run sintetis -- --n 1 --halaman 300 --stres'],
} as const;
const { nilai: opsi } = bacaArgumen(PERINTAH);
const n = bilanganBulat(PERINTAH, 'n', opsi.n, 10, 1);
const seed = bilanganBulat(PERINTAH, 'seed', opsi.seed, 1);
const keluar = opsi.keluar ? resolve(opsi.keluar) : mkdtempSync(join(tmpdir(), 'lkjip-sintetis-'));
if (resolve(keluar).startsWith(resolve('content'))) {
  console.error('Laporan sintetis tidak boleh ditulis ke content/: pilih folder lain dengan --keluar.');
  process.exit(1);
}
const halaman = opsi.halaman === undefined ? undefined : bilanganBulat(PERINTAH, 'halaman', opsi.halaman, 25, 1);
const ids = tulisLaporanSintetis(join(keluar, 'laporan'), { n, seed, halaman, stres: opsi.stres });
console.log(`${ids.length} laporan sintetis ditulis ke ${join(keluar, 'laporan')}`);
