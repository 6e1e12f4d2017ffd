/**
 * npm run templat -- <report-id> [--keluar FILE.xlsx]: the Excel workbook to fill the report's data,
 * with what the report already holds. Default file: <report-id>.xlsx in the current folder; an
 * existing file is never overwritten.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { tulisTemplat } from './lib/lembar/templat.ts';
import { bacaArgumen } from './lib/argumen.ts';

const {
  nilai: opsi,
  posisi: [id],
} = bacaArgumen({
  pakai: 'npm run templat -- <id-laporan> [pilihan]',
  keterangan:
    'Menulis lembar kerja Excel (<id-laporan>.xlsx) untuk mengisi seluruh data laporan: petunjuk, lembar Identitas, lalu\n' +
    'satu lembar per jenis data (tujuan dan sasaran, indikator, realisasi, anggaran, SDM, sarana, …) berisi data yang sudah\n' +
    'ada. Berkas yang sudah ada tidak pernah ditimpa. Setelah diisi: npm run impor.',
  pilihan: {
    keluar: { type: 'string', nilai: 'BERKAS.xlsx', keterangan: 'nama berkas yang ditulis (bawaan: <id-laporan>.xlsx di folder ini)' },
    root: { type: 'string', nilai: 'FOLDER', keterangan: 'folder proyek (bawaan: folder ini)' },
  },
  posisi: { nama: 'id-laporan', min: 1, maks: 1 },
  contoh: ['npm run templat -- candipuro-2023-tw2'],
});
const keluar = resolve(opsi.keluar ?? `${id}.xlsx`);
if (existsSync(keluar)) {
  console.error(`Tidak ditulis: ${keluar} sudah ada (berkas yang ada tidak ditimpa). Pindahkan atau pakai --keluar <nama lain>.xlsx`);
  process.exit(1);
}
try {
  await tulisTemplat(resolve(opsi.root ?? '.'), id, keluar);
  console.log(`Lembar kerja ditulis: ${keluar}\nIsi di Excel, simpan, lalu: npm run impor -- ${id} ${keluar}`);
} catch (e) {
  console.error(`Tidak ditulis: ${(e as Error).message}`);
  process.exit(1);
}
