/** Prints each report's print page (paginated by Paged.js in the page) to dist/<id>/<id>.pdf. */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';

export interface HasilPdf {
  id: string;
  berkas: string;
  halaman: number;
  detik: number;
}

export async function cetakPdf(browser: Browser, baseUrl: string, dist: string, id: string, opsi: { tanpaPaged?: boolean; berkas?: string } = {}): Promise<HasilPdf> {
  const mulai = performance.now();
  const page = await browser.newPage();
  try {
    const pesan: string[] = [];
    page.on('pageerror', (e) => pesan.push(e.message));
    await page.goto(`${baseUrl}/${id}/cetak/${opsi.tanpaPaged ? '?tanpa-paged' : ''}`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__lkjip?.selesai === true, undefined, { timeout: 180_000 });
    const status = await page.evaluate(() => window.__lkjip!);
    if (status.galat || pesan.length) throw new Error(`Halaman cetak ${id} gagal: ${status.galat ?? pesan.join('; ')}`);
    const berkas = opsi.berkas ?? join(dist, id, `${id}.pdf`);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const meta = await page.evaluate(() => ({
      judul: document.title,
      penulis: document.querySelector<HTMLMetaElement>('meta[name="author"]')?.content ?? '',
      subjek: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '',
    }));
    await writeFile(berkas, await denganMetadata(bytes, meta));
    return { id, berkas, halaman: status.halaman ?? 0, detik: (performance.now() - mulai) / 1000 };
  } finally {
    await page.close();
  }
}

/**
 * Chromium writes only the title; a signed government report also needs author, subject and language
 * in its metadata (pdf-lib rewrites the document info, keeping the tags and bookmarks Chromium made).
 */
export async function denganMetadata(pdf: Uint8Array, m: { judul: string; penulis: string; subjek: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(m.judul, { showInWindowTitleBar: true });
  doc.setAuthor(m.penulis);
  doc.setSubject(m.subjek);
  doc.setKeywords(['LKjIP', 'Laporan Kinerja', m.penulis]);
  doc.setLanguage('id-ID');
  doc.setCreator('LKjIP Builder (Paged.js, Chromium)');
  doc.setProducer('LKjIP Builder');
  return doc.save();
}
