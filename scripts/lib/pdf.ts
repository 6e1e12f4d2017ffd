/**
 * Prints each report's print page (paginated by Paged.js in the page) to dist/<id>/<id>.pdf.
 * No network: every request outside the local server is blocked and reported. The print lint's
 * problems come back with the result; overflow, a font that is not bundled and a blocked request
 * stop the PDF (GalatCetak). The PDF is post-processed to be reproducible (pdf-tetap.ts, pdf-cepat.ts).
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { FATAL, formatMasalahCetak, type CatatanCetak, type MasalahCetak } from '../../src/cetak/masalah.ts';
import { tanggalTetap, tetapkan } from './pdf-tetap.ts';
import { tulisUlangPdf, type MetadataPdf } from './pdf-cepat.ts';

export interface HasilPdf {
  id: string;
  berkas: string;
  halaman: number;
  /** pages of the PDF file as written (its page tree's count) */
  halamanPdf: number;
  /** what the metadata step wrote into the PDF (denganMetadata) */
  metadata: MetadataPdf;
  detik: number;
  /** the print lint's problems that do not stop the build */
  masalah: MasalahCetak[];
  /** what the layout changed by itself (a wide table set smaller or on landscape pages) */
  catatan: CatatanCetak[];
  /** milliseconds per phase: the print page's own (huruf, grafik, daftar, tabelLebar, paged, lint) and muat, pdf, pdfLib */
  waktu: Record<string, number>;
  /** milliseconds Paged.js took to lay out each page, in order (empty without Paged.js) */
  perHalaman: number[];
  /** the print page's JavaScript CPU profile (DevTools Protocol), from navigation to the end of the lint, when asked */
  profil?: ProfilCpu;
  /** CPU seconds the browser's processes used for this print, when asked (steadier than wall time on a shared machine) */
  cpu?: number;
  /** overflow measurements (forced layouts) Paged.js made: src/cetak/ukur-bertahap.ts */
  luap?: number;
}

/** CPU seconds used so far by each of the browser's processes (DevTools Protocol SystemInfo), by process id. */
async function cpuPeramban(browser: Browser): Promise<Map<number, number>> {
  const s = await browser.newBrowserCDPSession();
  try {
    const r = (await s.send('SystemInfo.getProcessInfo' as never)) as { processInfo: { id: number; cpuTime: number }[] };
    return new Map(r.processInfo.map((p) => [p.id, p.cpuTime]));
  } finally {
    await s.detach();
  }
}

/** The part of a DevTools Protocol Profiler.Profile that scripts/bench-profil.ts reads. */
export interface ProfilCpu {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** A PDF the lint refused: every fatal problem, one per line after the first. */
export class GalatCetak extends Error {
  readonly id: string;
  readonly masalah: MasalahCetak[];
  constructor(id: string, masalah: MasalahCetak[]) {
    super(
      `PDF ${id} tidak dibuat: ${masalah.length} masalah cetak yang harus diperbaiki.\n${masalah.map((m) => `  ${formatMasalahCetak(id, m)}`).join('\n')}`,
    );
    this.id = id;
    this.masalah = masalah;
  }
}

/** True for a URL served by our own local server (scheme, host and port equal). */
export function lokal(url: string, baseUrl: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}

export async function cetakPdf(
  browser: Browser,
  baseUrl: string,
  dist: string,
  id: string,
  opsi: {
    tanpaPaged?: boolean;
    tanpaLint?: boolean;
    berkas?: string;
    /** report fatal problems instead of refusing the PDF */ tanpaGagal?: boolean;
    /** record a CPU profile of the print page (sampling every 250 µs) */ profil?: boolean;
    /** Paged.js without our changes to it, all (true) or some ("pengamat", "ukur": src/cetak/lepas-pengamat.ts), for before/after benchmarks */ pagedAsli?:
      boolean | string;
    /** measure the browser's CPU seconds for this print (prints must not run in parallel then) */ ukurCpu?: boolean;
    /** milliseconds without progress after which the print fails (default BATAS_DIAM) */ batasDiam?: number;
    /** also write Chromium's own PDF, before the metadata step, to this file (tests and benchmarks) */ mentah?: string;
  } = {},
): Promise<HasilPdf> {
  const cpuAwal = opsi.ukurCpu ? await cpuPeramban(browser) : undefined;
  const mulai = performance.now();
  const page = await browser.newPage();
  try {
    const pesan: string[] = [];
    const diblokir: string[] = [];
    page.on('pageerror', (e) => pesan.push(e.message));
    // Requests not answered yet: named when the print stops making progress (a font that never arrives).
    const belumSelesai = new Set<string>();
    page.on('request', (r) => belumSelesai.add(r.url()));
    page.on('requestfinished', (r) => belumSelesai.delete(r.url()));
    page.on('requestfailed', (r) => belumSelesai.delete(r.url()));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (lokal(url, baseUrl)) return route.continue();
      diblokir.push(url);
      return route.abort('blockedbyclient');
    });
    const cdp = opsi.profil ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    const q = [
      opsi.tanpaPaged && 'tanpa-paged',
      opsi.tanpaLint && 'tanpa-lint',
      opsi.pagedAsli && `paged-asli${typeof opsi.pagedAsli === 'string' ? `=${opsi.pagedAsli}` : ''}`,
    ]
      .filter(Boolean)
      .join('&');
    const jawaban = await page
      .goto(`${baseUrl}/${id}/cetak/${q ? `?${q}` : ''}`, { waitUntil: 'load', timeout: opsi.batasDiam ?? BATAS_DIAM })
      .catch((e: Error) => {
        throw new Error(`PDF ${id} tidak dibuat: halaman cetak tidak dapat dimuat (${e.message.split('\n')[0]}).`);
      });
    // A missing print page (the site built without this report) is said at once, not waited on.
    if (jawaban && !jawaban.ok())
      throw new Error(`PDF ${id} tidak dibuat: halaman cetak /${id}/cetak/ tidak ada di situs yang dibangun (HTTP ${jawaban.status()}).`);
    const tMuat = performance.now();
    await tungguSelesai(page, id, opsi.batasDiam ?? BATAS_DIAM, belumSelesai);
    const status = await page.evaluate(() => window.__lkjip!);
    const profil = cdp ? ((await cdp.send('Profiler.stop')).profile as unknown as ProfilCpu) : undefined;
    if (status.galat || pesan.length) throw new Error(`Halaman cetak ${id} gagal: ${status.galat ?? pesan.join('; ')}`);
    const semua = [...(status.masalah ?? []), ...(await asalPermintaan(page, diblokir))];
    const fatal = semua.filter((m) => FATAL.includes(m.jenis));
    if (fatal.length && !opsi.tanpaGagal) throw new GalatCetak(id, fatal);
    const berkas = opsi.berkas ?? join(dist, id, `${id}.pdf`);
    const tSiap = performance.now();
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const tPdf = performance.now();
    if (opsi.mentah) await writeFile(opsi.mentah, bytes);
    const meta = await page.evaluate(() => ({
      judul: document.title,
      penulis: document.querySelector<HTMLMetaElement>('meta[name="author"]')?.content ?? '',
      subjek: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '',
      tanggal: document.querySelector<HTMLMetaElement>('meta[name="date"]')?.content ?? '',
      penanda: [...document.querySelectorAll<HTMLElement>(':is(h1, h2, h3, h4, h5, h6)')].map((h) => h.innerText),
    }));
    const metadata = { ...meta, tanggal: tanggalTetap(meta.tanggal) };
    const akhir = await denganMetadata(bytes, metadata);
    await writeFile(berkas, akhir.bytes);
    const selesai = performance.now();
    // Before the page closes: its renderer process may end with it, and its time with it.
    const cpuAkhir = cpuAwal ? await cpuPeramban(browser) : undefined;
    const cpu = cpuAkhir && [...cpuAkhir].reduce((a, [id, t]) => a + t - (cpuAwal!.get(id) ?? 0), 0);
    const waktu = { muat: Math.round(tMuat - mulai), ...status.waktu, pdf: Math.round(tPdf - tSiap), pdfLib: Math.round(selesai - tPdf) };
    return {
      id,
      berkas,
      halaman: status.halaman ?? 0,
      halamanPdf: akhir.halaman,
      metadata,
      detik: (selesai - mulai) / 1000,
      masalah: semua,
      catatan: status.catatan ?? [],
      waktu,
      perHalaman: status.perHalaman ?? [],
      profil,
      cpu,
      luap: status.ukurLuap,
    };
  } finally {
    await page.close();
  }
}

/**
 * How long a print may go without progress (its phase or its count of laid-out pages unchanged, or the
 * page not answering) before it fails: long enough for one page of a long table on a machine shared
 * by many builds (seconds, not minutes, on an idle one), short enough that nothing waits for ever.
 * LKJIP_BATAS_DIAM (seconds) changes it.
 */
export const BATAS_DIAM = Number(process.env.LKJIP_BATAS_DIAM ?? 180) * 1000;

/** What each phase of the print page (src/cetak/halaman.ts) does, for the message of a print that stopped. */
const NAMA_TAHAP: Record<string, string> = {
  huruf: 'memuat huruf',
  grafik: 'menggambar grafik',
  daftar: 'menyusun daftar isi',
  tabelLebar: 'menata tabel lebar',
  paged: 'menata halaman (Paged.js)',
  lint: 'memeriksa hasil tata letak',
};

/**
 * Waits until the print page says it is done. Fails, naming the report, the phase and the pages laid
 * out, when the page makes no progress for `batas` ms: a print never waits for ever, whatever stops it.
 */
async function tungguSelesai(page: import('playwright-core').Page, id: string, batas: number, belumSelesai: Set<string>): Promise<void> {
  let terakhir = '';
  let sejak = performance.now();
  for (;;) {
    const jeda = new Promise<undefined>((ok) => setTimeout(ok, Math.min(batas, 5_000)));
    const k = await Promise.race([
      page
        .evaluate(() =>
          window.__lkjip?.selesai ? 'selesai' : JSON.stringify(window.__lkjipKemajuan?.() ?? { tahap: 'huruf', halaman: 0 }),
        )
        .catch(() => undefined),
      jeda,
    ]);
    if (k === 'selesai') return;
    if (k !== undefined && k !== terakhir) {
      terakhir = k;
      sejak = performance.now();
    } else if (performance.now() - sejak >= batas) {
      const { tahap, halaman } = JSON.parse(terakhir || '{"tahap":"huruf","halaman":0}') as { tahap: string; halaman: number };
      throw new Error(
        `PDF ${id} tidak dibuat: pencetakan berhenti pada tahap ${NAMA_TAHAP[tahap] ?? tahap}` +
          `${tahap === 'paged' ? ` setelah ${halaman} halaman` : ''}: tidak ada kemajuan selama ${Math.round(batas / 1000)} detik` +
          `${k === undefined ? ' (halaman cetak tidak menjawab)' : ''}` +
          `${belumSelesai.size ? `; permintaan yang belum dijawab: ${[...belumSelesai].map((u) => u.replace(/^https?:\/\/[^/]+/, '')).join(', ')}` : ''}` +
          '. Coba cetak ulang; bila berhenti di tempat yang sama, laporkan dengan pesan ini.',
      );
    }
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

/** Blocked requests as lint problems, each with the element that asked for it (label and page) when it is in the document. */
async function asalPermintaan(page: import('playwright-core').Page, urls: string[]): Promise<MasalahCetak[]> {
  if (!urls.length) return [];
  const asal = await page.evaluate(
    (daftar) =>
      daftar.map((url) => {
        const el = [...document.querySelectorAll('[src], [href], [srcset], [poster], [data]')].find((e) =>
          ['src', 'href', 'srcset', 'poster', 'data'].some(
            (a) => (e as HTMLElement).getAttribute(a)?.includes(url) || (e as HTMLImageElement).src === url,
          ),
        );
        const halaman = el?.closest<HTMLElement>('.pagedjs_page')?.dataset.nomorHalaman ?? '-';
        return { halaman, label: el ? (window.__lkjipLabel?.(el) ?? `<${el.nodeName.toLowerCase()}>`) : 'gaya atau skrip halaman' };
      }),
    urls,
  );
  return urls.map((url, i) => ({
    jenis: 'jaringan',
    halaman: asal[i].halaman,
    label: asal[i].label,
    pesan: `meminta ${url} dari luar mesin ini; diblokir (PDF dibuat tanpa jaringan). Simpan berkasnya di folder laporan dan rujuk dengan jalur lokal.`,
  }));
}

/**
 * Chromium writes only the title; a signed government report also needs author, subject and language
 * in its metadata, keeping the tags and bookmarks Chromium made. Dates are the report's own (or
 * SOURCE_DATE_EPOCH), never the time of printing: see pdf-tetap.ts. Done on Chromium's bytes
 * (pdf-cepat.ts); pdf-lib (load, edit, save: several times the CPU) only for a file in another shape.
 * Gives the bytes and the page count of the file.
 */
export async function denganMetadata(pdf: Uint8Array, m: MetadataPdf): Promise<{ bytes: Uint8Array; halaman: number }> {
  return tulisUlangPdf(pdf, m) ?? denganPdfLib(pdf, m);
}

/** The same with pdf-lib: the whole document loaded, edited (pdf-tetap.ts) and saved. */
export async function denganPdfLib(pdf: Uint8Array, m: MetadataPdf): Promise<{ bytes: Uint8Array; halaman: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(m.judul, { showInWindowTitleBar: true });
  doc.setAuthor(m.penulis);
  doc.setSubject(m.subjek);
  doc.setKeywords(['LKjIP', 'Laporan Kinerja', m.penulis]);
  doc.setLanguage('id-ID');
  doc.setCreator('LKjIP Builder (Paged.js, Chromium)');
  doc.setProducer('LKjIP Builder');
  doc.setCreationDate(m.tanggal);
  doc.setModificationDate(m.tanggal);
  tetapkan(doc, m.penanda);
  return { bytes: await doc.save(), halaman: doc.getPageCount() };
}
