/**
 * The website read at a phone's, a tablet's and a desktop's width, in a real Chromium: nothing is cut
 * off where the reader cannot scroll to it, a box that scrolls says so, chart legends are whole, and
 * on a desktop a table that can fit the screen shows every column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { halamanWeb } from './situs.ts';
import { bukaPeramban } from '../../scripts/lib/peramban.ts';
import { layani, type Layanan } from '../../scripts/lib/server.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LEBAR = [360, 768, 1280];
/** A table narrower than this (at its narrowest, every column whole) must show all its columns at 1280 px. */
const MUAT_DI_DESKTOP = 1200;

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

async function buka(path: string, lebar: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: lebar, height: 800 } });
  // networkidle: a chart in view loads Chart.js after 'load'; measuring while it draws and resizes would race it.
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  // Every "Lihat data … sebagai tabel" opened: the chart tables are measured too; then fonts and two frames settle.
  await page.evaluate(async () => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  return page;
}

interface Temuan {
  /** Elements whose content is wider than their box, with whether the box scrolls and shows its cue. */
  meluap: { el: string; lebarIsi: number; lebarKotak: number; gulir: boolean; tanda: boolean }[];
  /** Tables that show the scroll hint although nothing is hidden. */
  tandaPalsu: string[];
  /** Legend items whose text is cut. */
  legendaTerpotong: string[];
  /** Charts without an HTML legend item per series. */
  tanpaLegenda: string[];
  /** Number cells whose figure wraps or is not right-aligned. */
  angkaSalah: string[];
  /** Per table: its narrowest width and whether every column is in view. */
  tabel: { nama: string; tersempit: number; semuaTerlihat: boolean }[];
}

/** Everything measured in the page, at its current width. */
function ukur(page: Page): Promise<Temuan> {
  return page.evaluate(() => {
    const nama = (e: Element) => {
      const t = e.closest('table');
      const cap = t?.querySelector('caption')?.textContent?.trim().slice(0, 50);
      return `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}${cap ? ` [${cap}]` : ''}`;
    };
    const tandaDi = (t: Element) => {
      const c = t.querySelector(':scope > caption');
      return !!c && /geser/.test(getComputedStyle(c, '::after').content);
    };
    const meluap: Temuan['meluap'] = [];
    const periksa = (e: Element) => {
      if (e.closest('svg') || e.tagName === 'CANVAS') return;
      const h = e as HTMLElement;
      // A visually hidden text (1 px box, clipped: read by screen readers only) shows nothing that could be cut.
      if (h.clientWidth <= 1 || h.scrollWidth <= h.clientWidth + 1) return;
      const gulir = ['auto', 'scroll'].includes(getComputedStyle(h).overflowX);
      meluap.push({ el: nama(h), lebarIsi: h.scrollWidth, lebarKotak: h.clientWidth, gulir, tanda: h.matches('table.data') && tandaDi(h) });
    };
    // Tables and what is in them; a table may be wider than the text column (up to the screen), never beyond the screen.
    const layar = document.documentElement.clientWidth;
    for (const t of document.querySelectorAll('table.data')) {
      [t, ...t.querySelectorAll('*')].forEach(periksa);
      const r = t.getBoundingClientRect();
      if (r.width && (r.left < 0 || r.right > layar + 0.5))
        meluap.push({
          el: `${nama(t)} di luar layar`,
          lebarIsi: Math.round(r.right - r.left),
          lebarKotak: layar,
          gulir: false,
          tanda: false,
        });
    }
    // Everything else, measured without the tables (which may reach beyond the column on purpose).
    const gaya = document.head.appendChild(document.createElement('style'));
    gaya.textContent = 'table.data { display: none !important; }';
    document.body.querySelectorAll('*').forEach((e) => e.closest('table.data') || periksa(e));
    gaya.remove();
    const tandaPalsu = [...document.querySelectorAll('table.data')]
      .filter((t) => t.scrollWidth <= t.clientWidth + 1 && tandaDi(t))
      .map(nama);
    const legendaTerpotong = [...document.querySelectorAll('.legenda li')]
      .filter((li) => {
        const l = li as HTMLElement;
        const fig = l.closest('figure')!.getBoundingClientRect();
        const r = l.getBoundingClientRect();
        return l.scrollWidth > l.clientWidth || r.left < fig.left - 1 || r.right > fig.right + 1;
      })
      .map((li) => li.textContent!.trim());
    const tanpaLegenda = [...document.querySelectorAll('figure.grafik')]
      .filter((f) => {
        const seri = (JSON.parse(f.querySelector('canvas')!.dataset.grafik!) as { seri: unknown[] }).seri.length;
        return f.querySelectorAll('.legenda li').length !== seri;
      })
      .map((f) => f.id);
    // A joined cell (.sambungan) keeps its figure only for assistive technology, in a 1 px clipped box: not drawn.
    const angkaSalah = [...document.querySelectorAll('table.data td.angka:not(.sambungan)')]
      .filter((td) => {
        const s = getComputedStyle(td);
        if (s.textAlign !== 'right') return true;
        const rentang = document.createRange();
        rentang.selectNodeContents(td);
        const atas = new Set([...rentang.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        return atas.size > 1;
      })
      .map((td) => `${nama(td)}: ${td.textContent}`);
    const tabel = [...document.querySelectorAll<HTMLElement>('table.data')]
      .filter((t) => t.offsetParent !== null)
      .map((t) => {
        const gaya = [t.style.width, t.style.maxWidth];
        t.style.maxWidth = 'none';
        t.style.width = 'min-content';
        const tersempit = t.scrollWidth;
        [t.style.width, t.style.maxWidth] = gaya;
        return { nama: nama(t), tersempit, semuaTerlihat: t.scrollWidth <= t.clientWidth + 1 };
      });
    return { meluap, tandaPalsu, legendaTerpotong, tanpaLegenda, angkaSalah, tabel };
  });
}

async function axeDi(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map(
      (x) =>
        `${x.id} (${x.nodes.length}): ${x.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
}

const semua = halamanWeb();
const kasus = LEBAR.flatMap((lebar) => semua.map((path) => [lebar, path] as const));

describe('every page at 360, 768 and 1280 px', () => {
  // One test per page and width: a failure names both.
  it.for(kasus)('%i px %s', async ([lebar, path]) => {
    const page = await buka(path, lebar);
    const t = await ukur(page);
    // At 360 px, with every table open, boxes that scroll must still pass axe-core (a scroll box reachable by keyboard).
    const axe = lebar === 360 ? await axeDi(page) : [];
    await page.close();
    expect(axe).toEqual([]);
    // Content wider than its box only where the box scrolls and says so.
    expect(t.meluap.filter((m) => !(m.gulir && m.tanda))).toEqual([]);
    expect(t.tandaPalsu).toEqual([]);
    expect(t.legendaTerpotong).toEqual([]);
    expect(t.tanpaLegenda).toEqual([]);
    expect(t.angkaSalah).toEqual([]);
    if (lebar === 1280) expect(t.tabel.filter((x) => x.tersempit < MUAT_DI_DESKTOP && !x.semuaTerlihat)).toEqual([]);
  });
});

describe('a table wider than the screen', () => {
  it('keeps its row names and its header in view while it scrolls, and grows beyond the text column on a desktop', async () => {
    const page = await buka('/kedungkandang-2022/bab-3/', 768);
    const t = page.locator('#tabel-anggaran');
    await t.scrollIntoViewIfNeeded();
    const g = await t.evaluate((box) => {
      const kepala = box.querySelector('thead')!;
      const baris = box.querySelector('tbody tr:nth-child(12) th[scope="row"]')!;
      const sebelum = { kiri: baris.getBoundingClientRect().left, atas: kepala.getBoundingClientRect().top };
      box.scrollLeft = box.scrollWidth;
      box.scrollTop = 600;
      const k = box.getBoundingClientRect();
      return {
        gulirKiri: box.scrollLeft,
        gulirAtas: box.scrollTop,
        kiriBaris: baris.getBoundingClientRect().left - k.left,
        kiriSebelum: sebelum.kiri - k.left,
        atasKepala: kepala.getBoundingClientRect().top - k.top,
        atasSebelum: sebelum.atas - k.top,
      };
    });
    expect(g.gulirKiri).toBeGreaterThan(100);
    expect(g.gulirAtas).toBeGreaterThan(100);
    // The row header stays where it was; the header row comes to the box's top and stays there.
    expect(Math.abs(g.kiriBaris - g.kiriSebelum)).toBeLessThanOrEqual(1);
    expect(g.atasSebelum).toBeGreaterThan(20);
    expect(Math.abs(g.atasKepala)).toBeLessThanOrEqual(1);
    await page.close();

    // At 1280 px the same kind of table uses the screen: wider than the 928 px text column.
    const lebar = await buka('/jatiroto-2024/bab-3/', 1280);
    const w = await lebar.evaluate(() => {
      const p = document.querySelector('article p')!.getBoundingClientRect();
      const t = [...document.querySelectorAll('table.data')].find((x) => /Tabel 3\.2\b/.test(x.querySelector('caption')!.textContent!))!;
      const r = t.getBoundingClientRect();
      return {
        kolom: p.width,
        tabel: r.width,
        kiri: r.left,
        kanan: r.right,
        layar: document.documentElement.clientWidth,
        gulir: t.scrollWidth > t.clientWidth + 1,
      };
    });
    await lebar.close();
    expect(w.tabel).toBeGreaterThan(w.kolom);
    expect(w.gulir).toBe(false);
    expect(w.kiri).toBeGreaterThanOrEqual(0);
    expect(w.kanan).toBeLessThanOrEqual(w.layar);
  });
});
