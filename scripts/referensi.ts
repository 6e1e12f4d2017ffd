/**
 * npm run referensi [-- --periksa]
 * Writes docs/referensi.md, the authors' reference generated from the schemas and the component catalogue
 * (src/data/referensi.ts), with examples from the kitchen-sink report (every field filled). `--periksa`
 * writes nothing and exits 1 when the file is stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buatReferensi, BERKAS_DATA } from '../src/data/referensi.ts';
import { bacaArgumen } from './lib/argumen.ts';

const { nilai: opsi } = bacaArgumen({
  pakai: 'npm run referensi [-- --periksa]',
  keterangan: 'Menulis docs/referensi.md (daftar berkas data, isian dan komponen bab) dari skema dan katalog komponen.',
  pilihan: {
    periksa: { type: 'boolean', keterangan: 'tidak menulis apa pun; keluar dengan kode 1 bila docs/referensi.md belum diperbarui' },
  },
});

const BERKAS_REFERENSI = 'docs/referensi.md';
const teks = buatReferensi(contohData());
if (opsi.periksa) {
  const lama = existsSync(BERKAS_REFERENSI) ? readFileSync(BERKAS_REFERENSI, 'utf8') : '';
  if (lama !== teks) {
    console.error(`${BERKAS_REFERENSI} belum sesuai dengan skema dan katalog: jalankan "npm run referensi".`);
    process.exit(1);
  }
  console.log(`${BERKAS_REFERENSI} sesuai.`);
} else {
  writeFileSync(BERKAS_REFERENSI, teks);
  console.log(`${BERKAS_REFERENSI} ditulis.`);
}

/** Examples: the kitchen-sink report, which gives every field a value (tests/fixtures/kitchen-sink). */
function contohData(): Record<string, unknown> {
  const dir = 'tests/fixtures/kitchen-sink/content';
  const laporan = join(dir, 'laporan', 'lengkap');
  // "content/skala/<nama>.yaml": the fixture's first file in that folder.
  const pertama = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.yaml'))
          .sort()[0]
      : undefined;
  const out: Record<string, unknown> = {};
  for (const f of BERKAS_DATA) {
    let p = join(laporan, f.berkas);
    if (f.berkas.startsWith('content/')) {
      const folder = join(dir, f.berkas.split('/')[1]);
      const nama = pertama(folder);
      p = nama ? join(folder, nama) : '';
    }
    if (p && existsSync(p)) out[f.berkas] = parse(readFileSync(p, 'utf8'));
  }
  return out;
}
