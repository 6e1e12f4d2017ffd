/**
 * npm run impor -- <report-id> <workbook.xlsx | indikator.csv | anggaran.csv | sdm.csv | sarana.csv> [--tulis]
 * Reads the filled workbook, shows what would change in the report's data files, and writes only
 * after a yes (or --tulis when not run in a terminal). Replaced files are kept in cadangan/.
 * Nothing is written when any cell or the resulting report is invalid.
 */
import { createInterface } from 'node:readline/promises';
import { resolve, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { bacaBuku } from './lib/lembar/baca.ts';
import { terapkan, tulisPerubahan } from './lib/lembar/terapkan.ts';
import { sidikData } from './lib/lembar/templat.ts';
import { folderLaporan } from './lib/baru.ts';
import { bacaArgumen } from './lib/argumen.ts';

const {
  nilai: opsi,
  posisi: [id, berkas],
} = bacaArgumen({
  pakai: 'npm run impor -- <id-laporan> <berkas.xlsx | indikator.csv | anggaran.csv | sdm.csv | sarana.csv> [--tulis]',
  keterangan:
    'Membaca lembar kerja yang sudah diisi (dari npm run templat) atau satu lembarnya sebagai CSV, menunjukkan apa yang\n' +
    'berubah di berkas data laporan, dan menulis hanya setelah dijawab "ya" (atau dengan --tulis). Berkas lama disimpan\n' +
    'di content/laporan/<id>/cadangan/. Tidak ada yang ditulis bila satu sel atau hasilnya tidak valid.',
  pilihan: {
    tulis: { type: 'boolean', keterangan: 'tulis tanpa bertanya' },
    root: { type: 'string', nilai: 'FOLDER', keterangan: 'folder proyek (bawaan: folder ini)' },
  },
  posisi: { nama: 'id-laporan dan berkas', min: 2, maks: 2 },
  contoh: ['npm run impor -- candipuro-2023-tw2 candipuro-2023-tw2.xlsx'],
});
const root = resolve(opsi.root ?? '.');
const BATAS = 40;

if (!existsSync(berkas)) {
  console.error(`Berkas ${berkas} tidak ada.`);
  process.exit(1);
}
const buku = await bacaBuku(resolve(berkas));
const hasil = buku.galat.length ? { perubahan: [], galat: buku.galat, dilewati: [] } : terapkan(root, id, buku.lembar);
for (const d of hasil.dilewati) console.log(`Catatan: ${d}`);
if (hasil.galat.length) {
  console.error(`Tidak ada yang ditulis: ${hasil.galat.length} masalah. Perbaiki di lembar kerja lalu impor lagi.\n`);
  for (const g of hasil.galat) console.error(`- ${g}`);
  process.exit(1);
}
if (!hasil.perubahan.length) {
  console.log(`Tidak ada perubahan: data ${id} sudah sama dengan ${berkas}.`);
  process.exit(0);
}
const dir = folderLaporan(root, id);
if (buku.sidik && buku.sidik !== `${id}:${sidikData(dir)}`) {
  console.log(
    buku.sidik.startsWith(`${id}:`)
      ? `PERHATIAN: data ${id} sudah diubah sejak lembar kerja ini dibuat. Nilai yang diubah langsung di berkas .yaml sejak itu akan diganti nilai dari lembar kerja; periksa daftar di bawah (cadangan tetap dibuat).\n`
      : `PERHATIAN: lembar kerja ini dibuat untuk laporan lain (${buku.sidik.split(':')[0]}), bukan ${id}.\n`,
  );
}
for (const p of hasil.perubahan) {
  console.log(`${p.lama === undefined ? 'Berkas baru' : 'Berubah'}: ${relative(root, `${dir}/${p.berkas}`)} (${p.rincian.length} isian)`);
  for (const r of p.rincian.slice(0, BATAS)) console.log(`  ${r}`);
  if (p.rincian.length > BATAS) console.log(`  … dan ${p.rincian.length - BATAS} isian lain`);
}
let tulis = !!opsi.tulis;
if (!tulis && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Ctrl+C or Ctrl+D at the question means no.
  tulis = /^(y|ya)$/i.test((await rl.question('\nTulis perubahan ini? (ya/tidak): ').catch(() => '')).trim());
  rl.close();
}
if (!tulis) {
  console.log('\nBelum ditulis. Jalankan lagi dengan --tulis untuk menulis perubahan di atas.');
  process.exit(0);
}
const cadangan = tulisPerubahan(root, id, hasil.perubahan);
console.log(`\nDitulis: ${hasil.perubahan.map((p) => p.berkas).join(', ')}.${cadangan ? ` Berkas lama disimpan di ${relative(root, cadangan)}/.` : ''}`);
console.log('Lihat hasilnya: npm run dev (atau npm run check untuk memeriksa angka).');
