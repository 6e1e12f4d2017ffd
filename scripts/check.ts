/**
 * npm run check [-- <report-id> ...] [--quiet] [--root DIR]
 * Validates every report: errors (exit code 1) and warnings where typed figures disagree with the data.
 * Messages name the file, the line, the field path and what was expected, in Indonesian; no stack traces.
 */
import { resolve } from 'node:path';
import { jalankanCheck } from './lib/check.ts';
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
process.exitCode = jalankanCheck(resolve(opsi.root ?? '.'), ids, !!opsi.quiet);
