/**
 * Prints the PDFs of many reports: in parallel (a bounded pool of pages in one browser) and
 * incrementally (a report is printed again only when something its PDF depends on changed).
 *
 * What a PDF depends on is exactly what the print page loads: its HTML (data, chapters and computed
 * figures are rendered into it) and every local file it references (scripts, styles and, through the
 * content-hashed names in the styles, the fonts), plus the printing code and the browser binary.
 * Their SHA-256 is the report's fingerprint (sidik); the PDF is cached under .cache/pdf/ beside it,
 * outside dist/, because `astro build` empties dist/ on every run.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { cetakPdf } from './pdf.ts';

export interface HasilCetak {
  id: string;
  /** true: printed now; false: unchanged, copied from the cache. */
  dicetak: boolean;
  halaman: number;
  detik: number;
  sidik: string;
}

/** Parallel pages: one per core, at most 4 (Paged.js runs on one thread per page; memory grows per page). */
export function ukuranPool(): number {
  const env = Number(process.env.LKJIP_PDF_PARALEL);
  if (env > 0) return Math.floor(env);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

const KODE_CETAK = ['pdf.ts', 'cetak-semua.ts'].map((f) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), f), 'utf8')).join('\n');

/** Which browser binary prints (path, size, time of install): a new browser version prints everything again. */
export function identitasPeramban(path: string): string {
  const asli = realpathSync(path);
  const st = statSync(asli);
  return `${asli}:${st.size}:${st.mtimeMs}`;
}

/** Fingerprint of everything the print page of one report loads. */
export function sidikCetak(dist: string, id: string, peramban: string): string {
  const h = createHash('sha256');
  h.update(KODE_CETAK).update(peramban);
  const html = readFileSync(join(dist, id, 'cetak', 'index.html'));
  h.update(html);
  const rujukan = new Set([...html.toString('utf8').matchAll(/(?:src|href)="(\/[^"?#]+)/g)].map((m) => m[1]));
  for (const r of [...rujukan].sort()) {
    const f = join(dist, decodeURIComponent(r));
    if (existsSync(f) && !f.endsWith('/')) h.update(r).update(readFileSync(f));
  }
  return h.digest('hex');
}

/**
 * Prints what changed and copies the rest from the cache. The browser is opened only when at least
 * one report must be printed, so a rebuild with nothing changed never starts it.
 */
export async function cetakSemua(
  bukaPeramban: () => Promise<Browser>,
  baseUrl: string,
  dist: string,
  ids: string[],
  opsi: { cache: string; peramban: string; paralel?: number; lapor?: (h: HasilCetak) => void },
): Promise<HasilCetak[]> {
  mkdirSync(opsi.cache, { recursive: true });
  const hasil: HasilCetak[] = [];
  const antrian: { id: string; sidik: string }[] = [];
  for (const id of ids) {
    const mulai = performance.now();
    const sidik = sidikCetak(dist, id, opsi.peramban);
    const catatan = join(opsi.cache, `${id}.json`);
    const lama = existsSync(catatan) && existsSync(join(opsi.cache, `${id}.pdf`)) ? (JSON.parse(readFileSync(catatan, 'utf8')) as { sidik: string; halaman: number }) : undefined;
    if (lama?.sidik !== sidik) {
      antrian.push({ id, sidik });
      continue;
    }
    copyFileSync(join(opsi.cache, `${id}.pdf`), join(dist, id, `${id}.pdf`));
    const h = { id, dicetak: false, halaman: lama.halaman, detik: (performance.now() - mulai) / 1000, sidik };
    hasil.push(h);
    opsi.lapor?.(h);
  }
  if (antrian.length) {
    const browser = await bukaPeramban();
    try {
      const pekerja = async () => {
        for (let t = antrian.shift(); t; t = antrian.shift()) {
          const pdf = await cetakPdf(browser, baseUrl, dist, t.id);
          copyFileSync(pdf.berkas, join(opsi.cache, `${t.id}.pdf`));
          writeFileSync(join(opsi.cache, `${t.id}.json`), JSON.stringify({ sidik: t.sidik, halaman: pdf.halaman }));
          const h = { id: t.id, dicetak: true, halaman: pdf.halaman, detik: pdf.detik, sidik: t.sidik };
          hasil.push(h);
          opsi.lapor?.(h);
        }
      };
      await Promise.all(Array.from({ length: Math.min(opsi.paralel ?? ukuranPool(), antrian.length) }, pekerja));
    } finally {
      await browser.close();
    }
  }
  return ids.map((id) => hasil.find((h) => h.id === id)!);
}
