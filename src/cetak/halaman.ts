/**
 * Runs in the print page (/<report>/cetak/): prepares the document, then lets Paged.js paginate it.
 * Order matters: fonts loaded -> charts drawn and turned into images -> lists of contents built ->
 * pagination -> page numbers written. window.__lkjip tells the PDF script when it is done.
 */
import { Previewer, Handler, registerHandlers } from 'pagedjs';
import { gambarSemua } from '../components/grafik/grafik.ts';
import { bangunDaftar } from './daftar.ts';
import { NomorHalaman } from './nomor-halaman.ts';
import { UlangiKepalaTabel } from './ulangi-kepala-tabel.ts';
import { JagaAwalTabel } from './jaga-awal-tabel.ts';
import { tandaiHalamanLanskap } from './lanskap.ts';

registerHandlers(UlangiKepalaTabel(Handler), JagaAwalTabel(Handler), NomorHalaman(Handler));

async function cetak(): Promise<void> {
  await Promise.all(['400 12pt Tinos', '700 12pt Tinos', 'italic 400 12pt Tinos'].map((f) => document.fonts.load(f)));
  await document.fonts.ready;
  gambarSemua();
  await Promise.all(
    [...document.images].map((img) => (img.complete ? Promise.resolve() : new Promise((ok) => img.addEventListener('load', ok, { once: true })))),
  );
  bangunDaftar();
  // ?tanpa-paged: the same document printed by Chromium alone, the floor for `npm run bench:pdf`.
  if (new URLSearchParams(location.search).has('tanpa-paged')) {
    window.__lkjip = { selesai: true };
    return;
  }
  const flow = await new Previewer().preview();
  tandaiHalamanLanskap();
  window.__lkjip = { selesai: true, halaman: flow.total };
}

cetak().catch((e: Error) => {
  window.__lkjip = { selesai: true, galat: e.message };
});
