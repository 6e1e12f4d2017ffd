/**
 * Prints the PDFs of many reports: in parallel (a bounded pool of pages in one browser) and
 * incrementally (a report is printed again only when something its PDF depends on changed).
 *
 * What a PDF depends on is exactly what the print page loads: its HTML (data, chapters and computed
 * figures are rendered into it) and every local file it references (scripts, styles and, through the
 * content-hashed names in the styles, the fonts), plus the printing code and the browser binary.
 * Their SHA-256 is the report's fingerprint (sidik); the PDF is cached under .cache/pdf/ beside it,
 * outside dist/, because `astro build` empties dist/ on every run.
 *
 * Every write is a temporary file renamed into place (a kill mid-write leaves no half PDF), and a
 * cached PDF is reused only when it is still the file that was recorded: the record is written after
 * the PDF was written and read back, holds its page count (from the file's page tree, pdf.ts) and the
 * size and SHA-256 of the bytes read back; a truncated or altered file in .cache/pdf/ no longer
 * matches and is printed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { cetakPdf } from './pdf.ts';
import { salinAtomik } from './dist-baru.ts';
import type { CatatanCetak, MasalahCetak } from '../../src/cetak/masalah.ts';

export interface HasilCetak {
  id: string;
  /** true: printed now; false: unchanged, copied from the cache. */
  dicetak: boolean;
  halaman: number;
  detik: number;
  sidik: string;
  /** Why it was printed: "berubah", "belum pernah dicetak", or what was wrong with the cached copy. */
  alasan?: string;
  /** print lint problems that do not stop the build, and what the layout changed (kept in the cache: a reused PDF reports them too) */
  masalah: MasalahCetak[];
  catatan: CatatanCetak[];
}

/** Parallel pages: one per core, at most 4 (Paged.js runs on one thread per page; memory grows per page). */
export function ukuranPool(): number {
  const env = Number(process.env.LKJIP_PDF_PARALEL);
  if (env > 0) return Math.floor(env);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

const KODE_CETAK = ['pdf.ts', 'pdf-tetap.ts', 'pdf-cepat.ts', 'peramban.ts', 'cetak-semua.ts']
  .map((f) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), f), 'utf8'))
  .join('\n');

/** Which browser binary prints (path, size, time of install): a new browser version prints everything again. */
export function identitasPeramban(path: string): string {
  const asli = realpathSync(path);
  const st = statSync(asli);
  return `${asli}:${st.size}:${st.mtimeMs}`;
}

/**
 * Fingerprint of everything the print page of one report loads, and of the printing code. The
 * browser is recorded beside it, not in it, so that merging shards printed on other machines
 * (`build --gabung`) can check a PDF against the merged site whatever browser the shard had.
 */
export function sidikCetak(dist: string, id: string): string {
  const h = createHash('sha256');
  h.update(KODE_CETAK);
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
 * Which shard (1..n) prints a report: from a hash of its id, never its position, so adding or removing
 * a report never moves another one to a different shard (and its cached PDF stays where it was).
 */
export function shardLaporan(id: string, n: number): number {
  return (parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % n) + 1;
}

/** What the cache holds for one report, written only after the PDF beside it was parsed. */
interface Catatan {
  sidik: string;
  /** identitasPeramban() of the browser that printed it. */
  peramban: string;
  halaman: number;
  ukuran: number;
  sha256: string;
  masalah?: MasalahCetak[];
  catatan?: CatatanCetak[];
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The cached PDF of a report if it is the one printed from these inputs and still whole; otherwise
 * why not ("berubah": the inputs changed, anything else: the cache is damaged).
 */
export function periksaCache(
  cache: string,
  id: string,
  sidik: string,
  peramban?: string,
): { ok: true; catatan: Catatan } | { ok: false; alasan: string } {
  const fCatatan = join(cache, `${id}.json`);
  const fPdf = join(cache, `${id}.pdf`);
  if (!existsSync(fCatatan) || !existsSync(fPdf)) return { ok: false, alasan: 'belum pernah dicetak' };
  let c: Partial<Catatan>;
  try {
    c = JSON.parse(readFileSync(fCatatan, 'utf8'));
  } catch {
    return { ok: false, alasan: 'catatan cache rusak' };
  }
  if (c.sidik !== sidik || (peramban !== undefined && c.peramban !== peramban)) return { ok: false, alasan: 'berubah' };
  if (typeof c.sha256 !== 'string' || typeof c.ukuran !== 'number' || typeof c.halaman !== 'number')
    return { ok: false, alasan: 'catatan cache dari versi lama' };
  const b = readFileSync(fPdf);
  if (b.length !== c.ukuran) return { ok: false, alasan: `PDF di cache terpotong atau rusak (${b.length} dari ${c.ukuran} bita)` };
  if (sha256(b) !== c.sha256) return { ok: false, alasan: 'PDF di cache rusak (isinya tidak sama dengan yang dicatat)' };
  return { ok: true, catatan: c as Catatan };
}

function tulisAtomik(f: string, isi: string): void {
  const tmp = `${f}.${process.pid}.tmp`;
  writeFileSync(tmp, isi);
  renameSync(tmp, f);
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
  opsi: {
    cache: string;
    /** The browser that prints; undefined when merging shards (no printing, any browser accepted). */
    peramban?: string;
    paralel?: number;
    lapor?: (h: HasilCetak) => void;
    /** Merging: other machines' caches (shards) to take verified PDFs from; nothing is printed. */
    gabung?: string[];
  },
): Promise<HasilCetak[]> {
  mkdirSync(opsi.cache, { recursive: true });
  const hasil: HasilCetak[] = [];
  const antrian: { id: string; sidik: string; alasan: string }[] = [];
  for (const id of ids) {
    const mulai = performance.now();
    const sidik = sidikCetak(dist, id);
    let c = periksaCache(opsi.cache, id, sidik, opsi.peramban);
    for (const lain of opsi.gabung ?? []) {
      if (c.ok) break;
      if (periksaCache(lain, id, sidik).ok) {
        // Into this machine's cache first (PDF, then its record), so a later build reuses it too.
        salinAtomik(join(lain, `${id}.pdf`), join(opsi.cache, `${id}.pdf`));
        salinAtomik(join(lain, `${id}.json`), join(opsi.cache, `${id}.json`));
        c = periksaCache(opsi.cache, id, sidik);
      }
    }
    if (!c.ok) {
      antrian.push({ id, sidik, alasan: c.alasan });
      continue;
    }
    salinAtomik(join(opsi.cache, `${id}.pdf`), join(dist, id, `${id}.pdf`));
    const h = {
      id,
      dicetak: false,
      halaman: c.catatan.halaman,
      detik: (performance.now() - mulai) / 1000,
      sidik,
      masalah: c.catatan.masalah ?? [],
      catatan: c.catatan.catatan ?? [],
    };
    hasil.push(h);
    opsi.lapor?.(h);
  }
  if (antrian.length && opsi.gabung) {
    throw new Error(
      `PDF ${antrian.map((t) => t.id).join(', ')} tidak ada di hasil shard mana pun dengan sidik yang cocok dengan situs ini (shard dari commit lain, shard yang belum selesai, atau --shard n yang berbeda?)`,
    );
  }
  if (antrian.length) {
    const browser = await bukaPeramban();
    try {
      const pekerja = async () => {
        for (let t = antrian.shift(); t; t = antrian.shift()) {
          const tmp = join(opsi.cache, `${t.id}.pdf.${process.pid}.tmp`);
          try {
            const pdf = await cetakPdf(browser, baseUrl, dist, t.id, { berkas: tmp });
            const b = readFileSync(tmp);
            const halaman = pdf.halamanPdf;
            renameSync(tmp, join(opsi.cache, `${t.id}.pdf`));
            // The record last: a kill before this line leaves a record that no longer matches the PDF.
            tulisAtomik(
              join(opsi.cache, `${t.id}.json`),
              JSON.stringify({
                sidik: t.sidik,
                peramban: opsi.peramban ?? '',
                halaman,
                ukuran: b.length,
                sha256: sha256(b),
                masalah: pdf.masalah,
                catatan: pdf.catatan,
              } satisfies Catatan),
            );
            salinAtomik(join(opsi.cache, `${t.id}.pdf`), join(dist, t.id, `${t.id}.pdf`));
            const h = {
              id: t.id,
              dicetak: true,
              halaman,
              detik: pdf.detik,
              sidik: t.sidik,
              alasan: t.alasan,
              masalah: pdf.masalah,
              catatan: pdf.catatan,
            };
            hasil.push(h);
            opsi.lapor?.(h);
          } finally {
            rmSync(tmp, { force: true });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(opsi.paralel ?? ukuranPool(), antrian.length) }, pekerja));
    } finally {
      await browser.close();
    }
  }
  return ids.map((id) => hasil.find((h) => h.id === id)!);
}
