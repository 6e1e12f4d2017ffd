/**
 * npm run referensi [-- --periksa]
 * Writes docs/referensi.md, the authors' reference generated from the schemas and the component catalogue
 * (src/data/referensi.ts, scripts/lib/referensi.ts), with examples from the kitchen-sink report (every field filled). `--periksa`
 * writes nothing and exits 1 when the file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BERKAS_REFERENSI, teksReferensi } from './lib/referensi.ts';
import { bacaArgumen } from './lib/argumen.ts';

const { nilai: opsi } = bacaArgumen({
  pakai: 'npm run referensi [-- --periksa]',
  keterangan: 'Menulis docs/referensi.md (daftar berkas data, isian dan komponen bab) dari skema dan katalog komponen.',
  pilihan: {
    periksa: { type: 'boolean', keterangan: 'tidak menulis apa pun; keluar dengan kode 1 bila docs/referensi.md belum diperbarui' },
  },
});

const teks = teksReferensi();
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
