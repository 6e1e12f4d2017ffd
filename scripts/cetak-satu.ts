/**
 * Prints one report's PDF from an existing dist/ and lists the print lint's findings, without a build:
 * `node scripts/cetak-satu.ts <id>… [--keluar file.pdf] [--dist DIR] [--tanpa-gagal]` (--tanpa-gagal: list fatal
 * problems too and write the PDF anyway). For working on the print layout.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { bukaPeramban } from './lib/peramban.ts';
import { layani } from './lib/server.ts';
import { cetakPdf, GalatCetak } from './lib/pdf.ts';
import { formatMasalahCetak } from '../src/cetak/masalah.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { keluar: { type: 'string' }, dist: { type: 'string' }, 'tanpa-gagal': { type: 'boolean' } } });
const dist = resolve(values.dist ?? 'dist');
const browser = await bukaPeramban();
const server = await layani(dist);
try {
  for (const id of positionals) {
    try {
      const h = await cetakPdf(browser, server.url, dist, id, { berkas: values.keluar ?? join(dist, id, `${id}.pdf`), tanpaGagal: values['tanpa-gagal'] });
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
