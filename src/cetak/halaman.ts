/**
 * Runs in the print page (/<report>/cetak/): prepares the document, then lets Paged.js paginate it.
 * Order matters: fonts loaded -> charts drawn and turned into images -> lists of contents built ->
 * wide tables placed, what is taller than a page fitted -> pagination -> page numbers written -> print lint. window.__lkjip tells the
 * PDF script when it is done, with the lint's problems, the layout notes and the time of each phase.
 */
import { Previewer, Handler, registerHandlers } from 'pagedjs';
import { gambarSemua } from '../components/grafik/grafik.ts';
import { bangunDaftar } from './daftar.ts';
import { NomorHalaman } from './nomor-halaman.ts';
import { UlangiKepalaTabel } from './ulangi-kepala-tabel.ts';
import { JagaAwalTabel } from './jaga-awal-tabel.ts';
import { UlangiSambungan } from './ulangi-sambungan.ts';
import { tandaiHalamanLanskap } from './lanskap.ts';
import { tataTabelLebar } from './lebar-tabel.ts';
import { tataTinggi } from './tinggi.ts';
import { lintCetak, labelUnsur } from './lint.ts';
import { satukanNama } from './nama.ts';
import { CatatWaktu, fasePaged, waktuPaged } from './waktu.ts';
import { LepasPengamat } from './lepas-pengamat.ts';
import { UkurBertahap, hitungUkur } from './ukur-bertahap.ts';

registerHandlers(
  UkurBertahap(Handler),
  LepasPengamat(Handler),
  CatatWaktu(Handler),
  UlangiKepalaTabel(Handler),
  UlangiSambungan(Handler),
  JagaAwalTabel(Handler),
  NomorHalaman(Handler),
);
window.__lkjipLabel = labelUnsur;

/** The phase the print is in and the pages laid out so far: scripts/lib/pdf.ts fails a print that stops making progress. */
const URUTAN = ['huruf', 'grafik', 'daftar', 'tabelLebar', 'paged', 'lint'];
let tahap = URUTAN[0];
window.__lkjipKemajuan = () => ({ tahap, halaman: waktuPaged.halaman.length });

async function cetak(): Promise<void> {
  const waktu: Record<string, number> = {};
  let t = performance.now();
  const fase = (nama: string) => {
    const k = performance.now();
    waktu[nama] = Math.round(k - t);
    t = k;
    tahap = URUTAN[URUTAN.indexOf(nama) + 1] ?? 'selesai';
  };
  // Every font file the text needs, loaded before anything is measured (a face arriving during
  // pagination would change line breaks already made): each style, for the document's characters.
  const teks = [...new Set(document.body.textContent ?? '')].join('');
  const keluarga = getComputedStyle(document.documentElement).fontFamily;
  await Promise.all(['400', '700', 'italic 400', 'italic 700'].map((f) => document.fonts.load(`${f} 12pt ${keluarga}`, teks)));
  await document.fonts.ready;
  fase('huruf');
  gambarSemua();
  await Promise.all(
    [...document.images].map((img) =>
      img.complete
        ? Promise.resolve()
        : new Promise((ok, gagal) => {
            // A picture that cannot be loaded stops the print with its name, never a wait without end.
            img.addEventListener('load', ok, { once: true });
            const berkas = img.getAttribute('src') ?? '';
            const nama = img.alt ? `"${img.alt}" (${berkas.slice(0, 120)})` : berkas.slice(0, 120);
            img.addEventListener('error', () => gagal(new Error(`gambar ${nama} tidak dapat dimuat`)), { once: true });
          }),
    ),
  );
  fase('grafik');
  bangunDaftar();
  satukanNama();
  fase('daftar');
  const catatan = tataTabelLebar();
  tataTinggi();
  fase('tabelLebar');
  // ?tanpa-paged: the same document printed by Chromium alone, the floor for `npm run bench:pdf`.
  if (new URLSearchParams(location.search).has('tanpa-paged')) {
    window.__lkjip = { selesai: true, catatan, masalah: [], waktu };
    return;
  }
  waktuPaged.mulai = performance.now();
  const flow = await new Previewer().preview();
  tandaiHalamanLanskap();
  const { fase: paged, perHalaman } = fasePaged(performance.now());
  fase('paged');
  const masalah = new URLSearchParams(location.search).has('tanpa-lint') ? [] : lintCetak();
  fase('lint');
  window.__lkjip = {
    selesai: true,
    halaman: flow.total,
    catatan,
    masalah,
    waktu: { ...waktu, ...paged },
    perHalaman,
    ukurLuap: hitungUkur.luap,
  };
}

cetak().catch((e: Error) => {
  window.__lkjip = { selesai: true, galat: e.message };
});
