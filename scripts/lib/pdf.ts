/** Prints each report's print page (paginated by Paged.js in the page) to dist/<id>/<id>.pdf. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface HasilPdf {
  id: string;
  berkas: string;
  halaman: number;
  detik: number;
}

export async function cetakPdf(browser: Browser, baseUrl: string, dist: string, id: string): Promise<HasilPdf> {
  const mulai = performance.now();
  const page = await browser.newPage();
  try {
    const pesan: string[] = [];
    page.on('pageerror', (e) => pesan.push(e.message));
    await page.goto(`${baseUrl}/${id}/cetak/`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__lkjip?.selesai === true, undefined, { timeout: 180_000 });
    const status = await page.evaluate(() => window.__lkjip!);
    if (status.galat || pesan.length) throw new Error(`Halaman cetak ${id} gagal: ${status.galat ?? pesan.join('; ')}`);
    const berkas = join(dist, id, `${id}.pdf`);
    await page.pdf({ path: berkas, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { id, berkas, halaman: status.halaman ?? 0, detik: (performance.now() - mulai) / 1000 };
  } finally {
    await page.close();
  }
}

declare global {
  interface Window {
    __lkjip?: { selesai: boolean; halaman?: number; galat?: string };
  }
}
