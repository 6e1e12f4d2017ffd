/**
 * npm run impor -- <report-id> <workbook.xlsx | <sheet>.csv> … [--tulis]
 * Reads the filled workbook (or several files: each sheet from one of them), shows what would change in the report's data files, and writes only
 * after a yes (or --tulis when not run in a terminal). Replaced files are kept in cadangan/.
 * Nothing is written when any cell or the resulting report is invalid.
 */
import { createInterface } from 'node:readline/promises';
import { resolve, relative } from 'node:path';
import { existsSync } from 'node:fs';
import { bacaBuku, type HasilBaca } from './lib/lembar/baca.ts';
import { terapkan, tulisPerubahan } from './lib/lembar/terapkan.ts';
import { sidikData } from './lib/lembar/templat.ts';
import { bacaSidik, periksaBasi, pesanBasi } from './lib/lembar/sidik.ts';
import { folderLaporan } from './lib/baru.ts';
import { bacaArgumen } from './lib/argumen.ts';

const {
  nilai: opsi,
  posisi: [id, ...daftarBerkas],
} = bacaArgumen({
  pakai: 'npm run impor -- <id-laporan> <berkas.xlsx | <lembar>.csv> … [--tulis] [--timpa]',
  keterangan:
    'Membaca lembar kerja yang sudah diisi (dari npm run templat) atau satu lembarnya sebagai CSV, menunjukkan apa yang\n' +
    'berubah di berkas data laporan, dan menulis hanya setelah dijawab "ya" (atau dengan --tulis). Berkas lama disimpan\n' +
    'di content/laporan/<id>/cadangan/. Beberapa berkas diterapkan bersama (setiap lembar dari satu berkas saja).\n' +
    'Tidak ada yang ditulis bila satu sel atau hasilnya tidak valid.',
  pilihan: {
    tulis: { type: 'boolean', keterangan: 'tulis tanpa bertanya' },
    timpa: {
      type: 'boolean',
      keterangan: 'impor juga lembar kerja yang dibuat dari data lebih lama, walau mengembalikan isian yang diubah sejak itu',
    },
    root: { type: 'string', nilai: 'FOLDER', keterangan: 'folder proyek (bawaan: folder ini)' },
  },
  posisi: { nama: 'id-laporan dan berkas', min: 2, maks: Infinity },
  contoh: ['npm run impor -- candipuro-2023-tw2 candipuro-2023-tw2.xlsx', 'npm run impor -- candipuro-2023-tw2 indikator.csv anggaran.csv'],
});
const root = resolve(opsi.root ?? '.');
const BATAS = 40;

const hilang = daftarBerkas.filter((b) => !existsSync(b));
if (hilang.length) {
  console.error(`Berkas tidak ada: ${hilang.join(', ')}. Tidak ada yang ditulis.`);
  process.exit(1);
}
const dibaca = await Promise.all(daftarBerkas.map((b) => bacaBuku(resolve(b))));
const buku = gabungkan(daftarBerkas, dibaca);
const berkas = daftarBerkas.join(', ');
const hasil = buku.galat.length ? { perubahan: [], galat: buku.galat } : terapkan(root, id, buku.lembar);
const dir = folderLaporan(root, id);
// A workbook older than the data: said first, before its cells' problems or its changes.
let blokir = false;
const hasilTeks = new Map(hasil.perubahan.map((p) => [p.berkas, p.baru]));
for (const h of dibaca) {
  const s = bacaSidik(h.lembarXlsx);
  const lain = s ? s.id : h.sidik?.split(':')[0];
  if (lain !== undefined && lain !== id) {
    console.log(`PERHATIAN: lembar kerja ini dibuat untuk laporan lain (${lain}), bukan ${id}.\n`);
    continue;
  }
  const basi = s
    ? periksaBasi(dir, s, hasilTeks)
    : h.sidik && h.sidik !== `${id}:${sidikData(dir)}`
      ? { berubah: [], kembali: hasil.perubahan.flatMap((p) => p.rincian.map((r) => `${p.berkas} ${r}`)), tanpaRincian: true }
      : undefined;
  if (!basi) continue;
  const pesan = pesanBasi(id, basi, hasil.galat.length > 0, !!opsi.timpa);
  console.log(pesan.teks.join('\n') + '\n');
  blokir ||= pesan.blokir;
}
for (const c of buku.catatan) console.log(`Catatan: ${c}`);
if (hasil.galat.length) {
  console.error(`Tidak ada yang ditulis: ${hasil.galat.length} masalah. Perbaiki di lembar kerja lalu impor lagi.\n`);
  for (const g of hasil.galat) console.error(`- ${g}`);
  process.exit(1);
}
if (blokir) process.exit(1);
if (!hasil.perubahan.length) {
  console.log(`Tidak ada perubahan: data ${id} sudah sama dengan ${berkas}.`);
  process.exit(0);
}
for (const p of hasil.perubahan) {
  const apa = p.lama === undefined ? 'Berkas baru' : p.baru === undefined ? 'Dihapus (datanya kosong)' : 'Berubah';
  console.log(`${apa}: ${relative(root, `${dir}/${p.berkas}`)} (${p.rincian.length} isian)`);
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
console.log(
  `\nDitulis: ${hasil.perubahan.map((p) => p.berkas).join(', ')}.${cadangan ? ` Berkas lama disimpan di ${relative(root, cadangan)}/.` : ''}`,
);
console.log('Lihat hasilnya: npm run dev (atau npm run check untuk memeriksa angka).');

/** The sheets of several files as one workbook: a sheet found in two files is refused (which one would win is a guess). */
function gabungkan(nama: string[], hasil: HasilBaca[]): HasilBaca {
  const lembar: HasilBaca['lembar'] = new Map();
  const asal = new Map<string, string>();
  const galat = hasil.flatMap((h, i) => h.galat.map((g) => (nama.length > 1 ? `${nama[i]}: ${g}` : g)));
  hasil.forEach((h, i) => {
    for (const [l, baris] of h.lembar) {
      if (asal.has(l.nama)) {
        galat.push(`lembar ${l.nama} ada di ${asal.get(l.nama)} dan di ${nama[i]}: impor satu saja`);
        continue;
      }
      asal.set(l.nama, nama[i]);
      lembar.set(l, baris);
    }
  });
  return { lembar, galat, catatan: hasil.flatMap((h, i) => h.catatan.map((c) => (nama.length > 1 ? `${nama[i]}: ${c}` : c))) };
}
