/**
 * A joined cell at a page top (issue 14): in the long budget and output tables a name repeated for each kelurahan
 * is printed once for the run (the rows below are "sambungan", their text hidden). When the run crosses a page,
 * the continued page must not start with a blank name: the print handler shows it again in the first row there.
 * Printed in a real Chromium from a real print page (its scripts and styles) with a long joined run added, and read
 * back from the PDF; then the same on Kedungkandang's long tables (Tabel 3.6 and 3.7) in the built PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { bukaPeramban } from '../../scripts/lib/peramban.ts';
import { layani, type Layanan } from '../../scripts/lib/server.ts';
import { cetakPdf } from '../../scripts/lib/pdf.ts';
import { halamanTeks } from './pdf.ts';

let browser: Browser;
let dir = '';
let server: Layanan;
const NAMA = 'Sub Kegiatan Berulang Setiap Kelurahan Uji';
const BARIS = 140;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-sambungan-'));
  symlinkSync(resolve('dist/_astro'), join(dir, '_astro'));
  cpSync('dist/candipuro-2023-tw2', join(dir, 'candipuro-2023-tw2'), { recursive: true });
  const html = readFileSync(join('dist/candipuro-2023-tw2/cetak/index.html'), 'utf8');
  // The markup of <TabelAnggaran>: the first row of the run carries the name, the others are joined to it.
  const baris = Array.from(
    { length: BARIS },
    (_, i) =>
      `<tr class="tingkat-subKegiatan"><th scope="row"${i ? ' class="sambungan"' : ''}><span>${NAMA}</span></th><td>Kel-${String(i + 1).padStart(3, '0')}</td><td class="angka">${1000 + i}</td></tr>`,
  ).join('');
  const tabel = `<table class="data anggaran bertingkat" id="tabel-sambung"><caption data-nomor="Tabel 9.8" data-judul="Uji"><span class="nomor">Tabel 9.8</span> Uji Sambungan</caption><thead><tr><th scope="col">Sub Kegiatan</th><th scope="col">Kelurahan</th><th scope="col">Pagu</th></tr></thead><tbody>${baris}</tbody></table>`;
  mkdirSync(join(dir, 'sambung', 'cetak'), { recursive: true });
  writeFileSync(
    join(dir, 'sambung', 'cetak', 'index.html'),
    html.replace(/(<section class="bab jenis-bab[^>]*>\s*<h2[^]*?<\/h2>)/, `$1${tabel}`),
  );
  server = await layani(dir);
  browser = await bukaPeramban();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.tutup();
  rmSync(dir, { recursive: true, force: true });
});

describe('a joined name at a page top', () => {
  it('every page the run continues to shows the name once, on its first row', async () => {
    const pdf = join(dir, 's.pdf');
    await cetakPdf(browser, server.url, dir, 'sambung', { berkas: pdf });
    const halaman = halamanTeks(pdf).filter((t) => /Kel-\d{3}/.test(t));
    expect(halaman.length).toBeGreaterThanOrEqual(3);
    for (const t of halaman) {
      const baris = t.split('\n');
      const pertama = baris.findIndex((b) => /Kel-\d{3}/.test(b));
      // The name wraps over at most two lines, beside the first kelurahan of the page.
      const awal = baris.slice(pertama - 1, pertama + 2).join(' ');
      expect(awal.replace(/\s+/g, ' ')).toMatch(/Sub Kegiatan Berulang/);
      expect(t.split('Sub Kegiatan Berulang').length - 1, t.slice(0, 400)).toBe(1);
    }
    // All rows printed, none lost to the repeated names.
    const semua = halaman.join('\n').match(/Kel-\d{3}/g) ?? [];
    expect(new Set(semua).size).toBe(BARIS);
  }, 240_000);
});

/** Words of one PDF page with their boxes (pdftotext -bbox). */
function kata(pdf: string, halaman: number): { x: number; y: number; teks: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(halaman), '-l', String(halaman), pdf, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    teks: m[3],
  }));
}

describe('Kedungkandang’s long tables', () => {
  const pdf = 'dist/kedungkandang-2022/kedungkandang-2022.pdf';
  it('no continued page of Tabel 3.6 or 3.7 starts with an empty name cell', () => {
    const teks = halamanTeks(pdf);
    const lanjutan = teks.flatMap((t, i) => (/Tabel 3\.[67]\s*\n[^\n]*\(lanjutan\)/.test(t) ? [i + 1] : []));
    expect(lanjutan.length).toBeGreaterThan(10);
    const kosong: number[] = [];
    for (const h of lanjutan) {
      const w = kata(pdf, h);
      // The repeated header: "Program / Kegiatan / Sub Kegiatan" then "Kelurahan" (the second column).
      const program = w.find((x) => x.teks === 'Program');
      const kelurahan = w.find((x) => x.teks === 'Kelurahan' && program && Math.abs(x.y - program.y) < 20);
      if (!program || !kelurahan) continue;
      // The header's lowest word, then the first body line below it.
      const bawahKepala = Math.max(...w.filter((x) => x.y >= program.y - 20 && x.y <= program.y + 20).map((x) => x.y));
      const badan = w.filter((x) => x.y > bawahKepala + 2);
      const yPertama = Math.min(...badan.map((x) => x.y));
      const barisPertama = badan.filter((x) => Math.abs(x.y - yPertama) < 2);
      if (!barisPertama.some((x) => x.x < kelurahan.x - 4)) kosong.push(h);
    }
    expect(kosong).toEqual([]);
  });
});
