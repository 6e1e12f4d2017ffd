/**
 * Prints one report's PDF from an existing dist/ and lists the print lint's findings, without a build:
 * `npm run cetak-satu -- <id>… [--keluar file.pdf] [--dist DIR] [--tanpa-gagal]` (--tanpa-gagal: list fatal
 * problems too and write the PDF anyway). For working on the print layout.
 */
import { join, resolve } from 'node:path';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf, GalatCetak } from './lib/pdf.ts';
import { formatMasalahCetak } from '../src/cetak/masalah.ts';
import { bacaArgumen } from './lib/argumen.ts';

const PERINTAH = {
  pakai: 'npm run cetak-satu -- <id-laporan …> [--keluar BERKAS] [--dist FOLDER] [--tanpa-gagal]',
  keterangan:
    'Mencetak PDF laporan dari dist/ yang sudah dibangun (tanpa build) dan menampilkan temuan pemeriksaan cetak\nserta waktu tiap tahap. Untuk mengerjakan tata letak cetak.',
  pilihan: {
    keluar: { type: 'string', nilai: 'BERKAS', keterangan: 'tulis PDF ke berkas ini (bawaan: dist/<id>/<id>.pdf)' },
    dist: { type: 'string', nilai: 'FOLDER', keterangan: 'folder situs yang sudah dibangun (bawaan dist)' },
    'tanpa-gagal': { type: 'boolean', keterangan: 'tampilkan juga masalah yang biasanya menggagalkan PDF, dan tetap tulis PDF-nya' },
  },
  posisi: { nama: 'id-laporan', min: 1, maks: 1000 },
  contoh: ['npm run cetak-satu -- jatiroto-2024 --keluar /tmp/j.pdf'],
} as const;
const { nilai: values, posisi: positionals } = bacaArgumen(PERINTAH);
const dist = resolve(values.dist ?? 'dist');
const browser = await bukaPeramban();
const server = await layani(dist);
try {
  for (const id of positionals) {
    try {
      const h = await cetakPdf(browser, server.url, dist, id, {
        berkas: values.keluar ?? join(dist, id, `${id}.pdf`),
        tanpaGagal: values['tanpa-gagal'],
      });
      console.log(`${id}: ${h.halaman} halaman, ${h.detik.toFixed(1)} s ${JSON.stringify(h.waktu)}`);
      for (const c of h.catatan) console.log(`  catatan: ${c.label} ${c.pesan}`);
      for (const m of h.masalah) console.log(`  ${formatMasalahCetak(id, m)}`);
      const jumlah: Record<string, number> = {};
      for (const m of h.masalah) jumlah[m.jenis] = (jumlah[m.jenis] ?? 0) + 1;
      console.log(`  per jenis: ${JSON.stringify(jumlah)}`);
    } catch (e) {
      console.log(e instanceof GalatCetak ? e.message : e);
      process.exitCode = 1;
    }
  }
} finally {
  await browser.close();
  await server.tutup();
}
