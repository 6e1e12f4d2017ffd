/**
 * The built website in a real headless Chromium, as readers get it: axe-core on every page, layout
 * at 360 px, keyboard access to every chart's table and download, charts drawn, search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halamanWeb } from './situs.ts';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { bukaPeramban } from '../../scripts/lib/peramban.ts';
import { layani, type Layanan } from '../../scripts/lib/server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let server: Layanan;
beforeAll(async () => {
  server = await layani('dist');
  browser = await bukaPeramban();
});
afterAll(async () => {
  await browser?.close();
  await server?.tutup();
});

async function buka(path: string, lebar = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: lebar, height: 800 } });
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  await page.goto(server.url + path, { waitUntil: 'load' });
  (page as Page & { galat: string[] }).galat = galat;
  return page;
}

describe('every page of the website', () => {
  const semua = halamanWeb();

  it('covers every page type', () => {
    for (const jenis of [
      '/',
      '/404.html',
      '/cari/',
      '/indikator/',
      '/candipuro-2023-tw2/',
      '/candipuro-2023-tw2/bab-3/',
      '/candipuro-2023-tw2/data/',
    ]) {
      expect(semua).toContain(jenis);
    }
    expect(semua.filter((p) => p.startsWith('/indikator/') && p !== '/indikator/').length).toBeGreaterThanOrEqual(9);
  });

  // One test per page: a failure names its page, and a busy machine cannot push all pages past one timeout.
  describe('has no axe-core violations (WCAG 2.1 A/AA and best practices)', () => {
    it.for(semua)('%s', async (path) => {
      const page = await buka(path);
      await page.addScriptTag({ path: AXE });
      const v = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return r.violations.map(
          (x) =>
            `${x.id} (${x.nodes.length}): ${x.nodes
              .slice(0, 2)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      })) as string[];
      await page.close();
      expect(v).toEqual([]);
    });
  });

  describe('at 360 px wide nothing scrolls sideways except inside tables, and no script fails', () => {
    it.for(semua)('%s', async (path) => {
      const page = await buka(path, 360);
      const temuan: string[] = [];
      const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
      if (lebar > 360) temuan.push(`lebar ${lebar}px`);
      temuan.push(...(page as Page & { galat: string[] }).galat);
      await page.close();
      expect(temuan).toEqual([]);
    });
  });
});

describe('charts', () => {
  it('are drawn when scrolled into view, and keyboard reaches every chart table and CSV download', async () => {
    const page = await buka('/candipuro-2023-tw2/bab-3/');
    const jumlah = await page.locator('figure.grafik').count();
    expect(jumlah).toBe(2);
    // Tab through the whole page, recording what receives focus.
    const fokus: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || !e.closest('figure.grafik')) return '';
        return `${e.closest('figure.grafik')!.id}:${e.tagName === 'SUMMARY' ? 'tabel' : e.classList.contains('unduh') ? 'csv' : e.tagName}`;
      });
      if (f) fokus.push(f);
    }
    const ids = await page.locator('figure.grafik').evaluateAll((fs) => fs.map((f) => f.id));
    for (const id of ids) {
      expect(fokus).toContain(`${id}:tabel`);
      expect(fokus).toContain(`${id}:csv`);
    }
    // Enter opens the table view.
    await page.locator(`#${ids[0]} summary`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`#${ids[0]} details`).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Scrolled into view, each canvas gets drawn (Chart.js loaded on demand).
    for (const id of ids) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (id) => (document.querySelector(`#${id} canvas`) as HTMLCanvasElement & { dataset: DOMStringMap }).dataset.digambar === '1',
        id,
      );
    }
    const tinta = await page.locator(`#${ids[0]} canvas`).evaluate((c) => {
      const cv = c as HTMLCanvasElement;
      const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n / (d.length / 4);
    });
    expect(tinta).toBeGreaterThan(0.01);
    await page.close();
  });

  it('do not animate when the reader asks for reduced motion (and do otherwise)', async () => {
    const bingkai = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await browser.newPage({ reducedMotion, viewport: { width: 1280, height: 800 } });
      // Capture the first canvas drawn as soon as its chart is created (watched from before the page's scripts
      // run: a chart near the top is drawn at load), and again once any animation is over.
      await page.addInitScript(() => {
        const w = window as unknown as { __awal: Promise<string>; __kanvas?: HTMLCanvasElement };
        w.__awal = new Promise<string>((ok) => {
          const o = new MutationObserver((m) => {
            o.disconnect();
            const c = (w.__kanvas = m[0].target as HTMLCanvasElement);
            requestAnimationFrame(() => ok(c.toDataURL()));
          });
          o.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-digambar'] });
        });
      });
      await page.goto(server.url + '/candipuro-2023-tw2/bab-3/');
      await page.locator('figure.grafik').first().scrollIntoViewIfNeeded();
      const a = await page.evaluate(() => (window as unknown as { __awal: Promise<string> }).__awal);
      await page.waitForTimeout(1500);
      const b = await page.evaluate(() => (window as unknown as { __kanvas: HTMLCanvasElement }).__kanvas.toDataURL());
      await page.close();
      return a === b;
    };
    expect(await bingkai('reduce')).toBe(true);
    expect(await bingkai('no-preference')).toBe(false);
  });
});

describe('search', () => {
  it('finds an indicator across reports, without a server', async () => {
    const page = await buka('/cari/?q=IKLI');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 90_000 });
    const tautan = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(tautan.some((h) => h.includes('kedungkandang-2022'))).toBe(true);
    await page.close();
  });

  it('understands Indonesian text typed in the header form', async () => {
    const page = await buka('/');
    await page.fill('#q-situs', 'kepuasan masyarakat');
    await page.press('#q-situs', 'Enter');
    await page.waitForURL(/\/cari\/\?q=/);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 90_000 });
    expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    await page.close();
  });
});
