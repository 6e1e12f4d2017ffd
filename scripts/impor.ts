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

const args = process.argv.slice(2);
const flag = (n: string) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : undefined);
const posisi = args.filter((a, i) => !a.startsWith('--') && !['--root'].includes(args[i - 1]));
const [id, berkas] = posisi;
const root = resolve(flag('root') ?? '.');
const BATAS = 40;

if (!id || !berkas) {
  console.error('Pakai: npm run impor -- <id-laporan> <berkas.xlsx atau .csv> [--tulis]');
  process.exit(1);
}
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
let tulis = args.includes('--tulis');
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
