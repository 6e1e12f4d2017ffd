/**
 * The printing browser, in a real Chromium: no request leaves the local server (a page asking for an
 * outside URL gets it blocked and reported, and the outside server receives nothing), two prints of
 * one report are byte-identical, and a table too wide even for a landscape page stops the PDF with
 * its label and a hint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { bukaPeramban } from '../../scripts/lib/peramban.ts';
import { layani, type Layanan } from '../../scripts/lib/server.ts';
import { PDFDict, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';
import { cetakPdf, denganPdfLib, GalatCetak } from '../../scripts/lib/pdf.ts';
import { info } from './pdf.ts';

let browser: Browser;
let dir = '';
let server: Layanan;
let luar: Server;
let permintaanLuar: string[] = [];
let urlLuar = '';

/** A print page made from a real one (its scripts and styles), with something added to its first chapter. */
function halamanDengan(id: string, sumber: string, tambahan: string): void {
  const html = readFileSync(join('dist', sumber, 'cetak', 'index.html'), 'utf8');
  mkdirSync(join(dir, id, 'cetak'), { recursive: true });
  writeFileSync(
    join(dir, id, 'cetak', 'index.html'),
    html.replace(/(<section class="bab jenis-bab[^>]*>\s*<h2[^]*?<\/h2>)/, `$1${tambahan}`),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-cetak-'));
  symlinkSync(resolve('dist/_astro'), join(dir, '_astro'));
  cpSync('dist/candipuro-2023-tw2', join(dir, 'candipuro-2023-tw2'), { recursive: true });
  luar = createServer((req, res) => {
    permintaanLuar.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' }).end();
  });
  await new Promise<void>((ok) => luar.listen(0, '127.0.0.1', ok));
  const a = luar.address();
  urlLuar = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  // Another origin than the print server: for the browser it is "outside", and we can see whether anything reached it.
  halamanDengan(
    'jaringan',
    'candipuro-2023-tw2',
    `<figure><img src="${urlLuar}/logo-dari-luar.png" alt="logo"></figure><p><a href="${urlLuar}/x">tautan</a></p>`,
  );
  const sel = Array.from({ length: 40 }, (_, i) => `<td>Kolom${i}YangSangatPanjangTanpaSpasi</td>`).join('');
  halamanDengan(
    'terlalu-lebar',
    'candipuro-2023-tw2',
    `<div data-berkas-bab="bab/09-uji.mdx"><div class="lanskap"><table class="data" id="tabel-lebar"><caption data-nomor="Tabel 9.9" data-judul="Uji"><span class="nomor">Tabel 9.9</span> Uji</caption><tbody><tr>${sel}</tr></tbody></table></div></div>`,
  );
  // Animation frames stop after a few (as when a browser stops drawing a page): Paged.js lays out one page per frame.
  const html = readFileSync(join(dir, 'candipuro-2023-tw2', 'cetak', 'index.html'), 'utf8');
  mkdirSync(join(dir, 'macet', 'cetak'), { recursive: true });
  writeFileSync(
    join(dir, 'macet', 'cetak', 'index.html'),
    html.replace(
      '<head>',
      '<head><script>let bingkai = 0; const raf = window.requestAnimationFrame.bind(window); window.requestAnimationFrame = (f) => (++bingkai < 5 ? raf(f) : 0);</script>',
    ),
  );
  server = await layani(dir);
  browser = await bukaPeramban();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.tutup();
  await new Promise((ok) => luar?.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('no network while printing', () => {
  it('an image URL outside the local server is blocked, reported with the URL, and the outside server receives nothing', async () => {
    permintaanLuar = [];
    const galat = await cetakPdf(browser, server.url, dir, 'jaringan', { berkas: join(dir, 'j.pdf') }).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatCetak);
    const m = (galat as GalatCetak).masalah.filter((x) => x.jenis === 'jaringan');
    expect(m.map((x) => x.pesan).join('\n')).toContain(`${urlLuar}/logo-dari-luar.png`);
    expect((galat as GalatCetak).message).toMatch(/diblokir/);
    expect(permintaanLuar).toEqual([]);
  });
});

describe('a print that stops', () => {
  it('fails after the time without progress, naming the report, the phase and the pages laid out', async () => {
    const galat = await cetakPdf(browser, server.url, dir, 'macet', { berkas: join(dir, 'm.pdf'), batasDiam: 4_000 }).catch(
      (e: unknown) => e,
    );
    expect(galat).toBeInstanceOf(Error);
    expect((galat as Error).message).toMatch(
      /^PDF macet tidak dibuat: pencetakan berhenti pada tahap menata halaman \(Paged\.js\) setelah \d+ halaman: tidak ada kemajuan selama 4 detik/,
    );
  }, 240_000);
});

describe('reproducible PDFs', () => {
  it('two prints of one report are byte-identical, dated with the report’s date', async () => {
    const a = await cetakPdf(browser, server.url, dir, 'candipuro-2023-tw2', { berkas: join(dir, 'a.pdf') });
    const b = await cetakPdf(browser, server.url, dir, 'candipuro-2023-tw2', { berkas: join(dir, 'b.pdf') });
    expect(a.halaman).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
    expect(info(join(dir, 'a.pdf')).CreationDate).toMatch(/Aug 23 00:00:00 2023/);
  }, 240_000);
});

/** Every indirect object of a PDF as pdf-lib reads it (a dictionary's keys sorted), streams by their bytes. */
async function objekPdf(b: Uint8Array): Promise<Map<number, string>> {
  const doc = await PDFDocument.load(b, { updateMetadata: false });
  const teks = (o: PDFObject): string =>
    o instanceof PDFRawStream
      ? `${teks(o.dict)} stream ${Buffer.from(o.contents).toString('base64')}`
      : o instanceof PDFDict
        ? `<<${o
            .entries()
            .map(([k, v]) => `${k} ${teks(v)}`)
            .sort()
            .join(' ')}>>`
        : o.toString();
  return new Map(
    doc.context
      .enumerateIndirectObjects()
      // pdf-lib's packing of the objects (object streams, cross-reference streams) is not content
      .filter(([, o]) => !['PDFObjectStream', 'PDFCrossRefStream'].includes(o.constructor.name))
      .filter(([, o]) => !(o instanceof PDFRawStream && /\/Type \/(ObjStm|XRef)\b/.test(o.dict.toString())))
      .map(([r, o]) => [r.objectNumber, teks(o)]),
  );
}

describe('the metadata step on Chromium’s own PDF (scripts/lib/pdf-cepat.ts)', () => {
  it('gives the same objects as pdf-lib loading, editing and saving the whole file', async () => {
    const mentah = join(dir, 'mentah.pdf');
    const a = await cetakPdf(browser, server.url, dir, 'candipuro-2023-tw2', { berkas: join(dir, 'c.pdf'), mentah });
    const cepat = readFileSync(join(dir, 'c.pdf'));
    const lambat = await denganPdfLib(readFileSync(mentah), a.metadata);
    // Not pdf-lib's file: the fast step ran (had it found Chromium's file in a shape it does not know, pdf-lib would have written it).
    expect(cepat.equals(Buffer.from(lambat.bytes))).toBe(false);
    expect(a.halamanPdf).toBe(lambat.halaman);
    expect(a.halamanPdf).toBe(a.halaman);
    const [x, y] = [await objekPdf(cepat), await objekPdf(lambat.bytes)];
    expect([...x.keys()].sort((p, q) => p - q)).toEqual([...y.keys()].sort((p, q) => p - q));
    const beda = [...x.keys()].filter((n) => x.get(n) !== y.get(n));
    expect(beda.map((n) => `${n}: ${x.get(n)!.slice(0, 300)}\n   pdf-lib: ${y.get(n)!.slice(0, 300)}`)).toEqual([]);
    // What the step is for, in both: no browser node number left in an id, a /Headers or the IDTree.
    expect([...x.values()].filter((v) => /\(node\d+\)/.test(v))).toEqual([]);
    expect([...x.values()].filter((v) => v.includes('/Type /StructElem') && /\/ID \(e\d{6}\)/.test(v)).length).toBeGreaterThan(10);
  }, 240_000);
});

describe('print lint', () => {
  it('a table too wide even for a landscape page stops the PDF, naming the table, its page and what to do', async () => {
    const galat = await cetakPdf(browser, server.url, dir, 'terlalu-lebar', { berkas: join(dir, 'l.pdf') }).catch((e: unknown) => e);
    expect(galat).toBeInstanceOf(GalatCetak);
    const m = (galat as GalatCetak).masalah.find((x) => x.jenis === 'luber');
    expect(m?.label).toBe('Tabel 9.9');
    expect(m?.halaman).toMatch(/^\d+$/);
    // Its label and chapter file; on a landscape page already, no <Lanskap> hint.
    expect((galat as GalatCetak).message).toMatch(
      /Tabel 9\.9: lebih lebar dari bidang cetak halaman \(\d+ mm, tersedia \d+ mm\) \(label "tabel-lebar", bab\/09-uji\.mdx\)\. Saran: halaman sudah mendatar/,
    );
    expect((galat as GalatCetak).message).not.toContain('<Lanskap>');
  }, 240_000);
});
