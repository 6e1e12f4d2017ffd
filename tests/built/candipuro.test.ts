/** The Candipuro report as built: website HTML and the PDF printed by Paged.js in Chromium. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { halamanTeks, info, fonts, gambarHalaman, labelHalaman } from './pdf.ts';
import { htmlLaporan, teksHtml, halamanBab } from './situs.ts';

const ID = 'candipuro-2023-tw2';
const PDF = `dist/${ID}/${ID}.pdf`;
const html = () => htmlLaporan(ID);
const teks = teksHtml;

describe('website', () => {
  it('is Indonesian and shows the computed key figures', () => {
    const h = html();
    expect(h).toMatch(/<html lang="id"/);
    const t = teks(h);
    expect(t).toContain('60,00%'); // 54,90 / 91,50
    expect(t).toContain('40,64%'); // 33,33 / 82, truncated as Lumajang does
    expect(t).not.toContain('40,65%');
    expect(t).toContain('2.752.150.911');
    expect(t).toContain('1.483.229.067');
    expect(t).toContain('53,89%');
    expect(t).toContain('28 dari 51 aktivitas');
  });

  it('numbers captions per BAB and resolves references by label', () => {
    const t = teks(html());
    for (const c of ['Tabel 2.1', 'Tabel 3.1', 'Tabel 3.2', 'Tabel 3.3', 'Tabel 3.4', 'Tabel 3.5', 'Gambar 1', 'Gambar 2'])
      expect(t).toContain(c);
    // Each chapter is its own page: a reference names the page of the chapter holding the table.
    expect(html()).toMatch(new RegExp(`<a class="rujukan" href="/${ID}/bab-3/#tabel-anggaran">Tabel 3\\.5</a>`));
  });

  it('renders tables as real tables with caption and thead', () => {
    const tables = html().match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const t of tables) {
      expect(t).toContain('<caption');
      expect(t).toContain('<thead');
    }
  });

  it('gives each chart a figure, caption, text alternative, data table and CSV', () => {
    const figs = html().match(/<figure[^>]*class="grafik"[\s\S]*?<\/figure>/g) ?? [];
    expect(figs.length).toBe(2);
    for (const f of figs) {
      expect(f).toMatch(/<figcaption>/);
      expect(f).toMatch(/<canvas[^>]+role="img"[^>]+aria-label="Gambar \d/);
      expect(f).toContain('class="alt-grafik"');
      expect(f).toMatch(/<table id="[^"]+-data" class="data"[^>]*>/);
      expect(f).toMatch(/download="[^"]+\.csv" href="data:text\/csv/);
    }
    expect(teks(figs[0] ?? '')).toContain('0 dari 2 indikator mencapai target');
  });

  it('loads Chart.js only on pages with charts', () => {
    const scripts = (p: string) => (readFileSync(p, 'utf8').match(/<script[^>]*src="[^"]+"/g) ?? []).length;
    const bab = halamanBab(ID);
    const denganGrafik = bab.filter((p) => readFileSync(p, 'utf8').includes('<canvas'));
    expect(denganGrafik.length).toBeGreaterThan(0);
    for (const p of bab) expect(scripts(p) > 0, p).toBe(denganGrafik.includes(p));
    expect(scripts(`dist/${ID}/index.html`)).toBe(0);
    expect(scripts('dist/index.html')).toBe(0);
  });

  it('no chapter contains a hand-typed table or figure', () => {
    const dir = `content/laporan/${ID}/bab`;
    for (const f of readdirSync(dir)) {
      const src = readFileSync(`${dir}/${f}`, 'utf8');
      expect(src, f).not.toMatch(/^\s*\|.*\|\s*$/m);
      expect(src, f).not.toMatch(/<table|<tr|<td/i);
      expect(src, f).not.toMatch(/\b(Tabel|Gambar) \d/);
    }
  });
});

describe('PDF', () => {
  const pages = halamanTeks(PDF);
  const label = pages.map(labelHalaman);
  /** PDF page index (0-based) where a text first appears, from a given page on. */
  const cari = (re: RegExp, from = 0) => pages.findIndex((p, i) => i >= from && re.test(p));

  it('exists, A4, tagged, with a title', () => {
    expect(existsSync(PDF)).toBe(true);
    const i = info(PDF);
    expect(i['Page size']).toMatch(/^59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(i.Tagged).toBe('yes');
    expect(i.Title).toContain('Candipuro');
    expect(Number(i.Pages)).toBe(pages.length);
    expect(statSync(PDF).size).toBeLessThan(3_000_000);
  });

  it('carries author, subject, language and bookmarks', async () => {
    const i = info(PDF);
    expect(i.Author).toBe('Kecamatan Candipuro');
    expect(i.Subject).toContain('Triwulan II Tahun 2023');
    const doc = await PDFDocument.load(readFileSync(PDF));
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe('(id-ID)');
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
  });

  it('embeds every font', () => {
    const f = fonts(PDF);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.embedded, x.name).toBe(true);
  });

  it('has a cover without page number, roman front matter and arabic body from BAB I', () => {
    expect(pages[0]).toContain('PEMERINTAH KABUPATEN LUMAJANG');
    expect(label[0]).not.toMatch(/^[ivx]+$|^\d+$/);
    const bab1 = cari(/BAB I\s+PENDAHULUAN/);
    expect(bab1).toBeGreaterThan(1);
    for (let i = 1; i < bab1; i++) expect(label[i]).toMatch(/^[ivx]+$/);
    expect(label[1]).toBe('ii');
    expect(label[bab1]).toBe('1');
    for (let i = bab1; i < pages.length; i++) expect(label[i]).toBe(String(i - bab1 + 1));
  });

  it('has no empty page', () => {
    for (const [i, p] of pages.entries()) expect(p.trim().length, `halaman PDF ${i + 1}`).toBeGreaterThan(20);
  });

  it('Daftar Isi page numbers equal the pages where the chapters really start', () => {
    const toc = pages[cari(/DAFTAR ISI\n/)];
    const entries = [...toc.matchAll(/^(BAB [IV]+ [^\n]*?)(?:\s+\.(?: \.)*)?\s+(\d+)\s*$/gm)].map((m) => ({
      judul: m[1].trim(),
      halaman: m[2],
    }));
    expect(entries.map((e) => e.judul)).toEqual([
      'BAB I Pendahuluan',
      'BAB II Perencanaan Kinerja',
      'BAB III Akuntabilitas Kinerja',
      'BAB IV Penutup',
    ]);
    for (const e of entries) {
      const [bab, ...judul] = e.judul.split(' ').reduce<string[]>((a, w, i) => (i < 2 ? [a.concat(w).join(' ')] : [...a, w]), []);
      const at = cari(new RegExp(`^\\s*${bab}\\s*\\n\\s*${judul.join(' ').toUpperCase()}`, 'm'));
      expect(at, e.judul).toBeGreaterThan(0);
      expect(label[at], e.judul).toBe(e.halaman);
    }
  });

  it('Daftar Tabel and Daftar Gambar page numbers equal the pages of the captions', () => {
    for (const [daftar, re] of [
      ['DAFTAR TABEL', /^((?:Tabel) \d+\.\d+)\s.*?\s+(\d+)\s*$/gm],
      ['DAFTAR GAMBAR', /^((?:Gambar) \d+)\s.*?\s+(\d+)\s*$/gm],
    ] as const) {
      const page = pages[cari(new RegExp(`${daftar}\\n`))];
      const entries = [...page.matchAll(re)];
      expect(entries.length, daftar).toBeGreaterThanOrEqual(daftar === 'DAFTAR TABEL' ? 6 : 2);
      const bodyStart = cari(/BAB I\s+PENDAHULUAN/);
      for (const [, nomor, halaman] of entries) {
        const at = cari(new RegExp(`^\\s*${nomor.replace('.', '\\.')}\\s*$`, 'm'), bodyStart);
        expect(at, nomor).toBeGreaterThan(0);
        expect(label[at], nomor).toBe(halaman);
      }
    }
  });

  it('finds every table caption and the computed figures', () => {
    const all = pages.join('\n');
    for (const c of ['Tabel 2.1', 'Tabel 3.1', 'Tabel 3.2', 'Tabel 3.3', 'Tabel 3.4', 'Tabel 3.5', 'Gambar 1', 'Gambar 2'])
      expect(all).toContain(c);
    expect(all).toContain('60,00%');
    expect(all).toContain('40,64%');
    expect(all).toMatch(/2\.752\.150\.911\s+1\.483\.229\.067\s+1\.268\.921\.844\s+53,89%/);
  });

  it('repeats the header row and marks the caption "(lanjutan)" on continued pages', () => {
    const continued = pages.filter((p) => p.includes('(lanjutan)'));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const p of continued) {
      if (p.includes('Realisasi Anggaran')) expect(p).toMatch(/Kode\s+Program \/ Kegiatan \/ Sub Kegiatan\s+Pagu \(Rp\)/);
      if (p.includes('Aktivitas yang ditindaklanjuti')) expect(p).toMatch(/No\.\s+Jenis Fasilitasi\s+Uraian Aktivitas/);
    }
  });

  it('prints charts as sharp images (>= 200 dpi), not blank canvases', () => {
    // Gambar 1 is the organisation chart, drawn as vector (tests/built/bagan.test.ts).
    for (const g of ['Gambar 2', 'Gambar 3']) {
      const at = cari(new RegExp(`^\\s*${g}\\s*$`, 'm'), cari(/BAB I\s+PENDAHULUAN/));
      const imgs = gambarHalaman(PDF, at + 1);
      expect(imgs.length, g).toBeGreaterThan(0);
      expect(Math.max(...imgs.map((x) => x.xppi)), g).toBeGreaterThanOrEqual(200);
    }
  });

  it('never leaves a heading at the foot of a page', () => {
    const headings = (readFileSync(`dist/${ID}/cetak/index.html`, 'utf8').match(/<h[34][^>]*>[\s\S]*?<\/h[34]>/g) ?? []).map((h) =>
      h
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(headings.length).toBeGreaterThan(10);
    for (const [i, p] of pages.entries()) {
      const lines = p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const lastBody = lines[lines.length - 2] ?? ''; // the last line is the page number
      for (const h of headings)
        expect(h.startsWith(lastBody) && lastBody.length > 3, `halaman PDF ${i + 1} berakhir dengan judul "${h}"`).toBe(false);
    }
  });

  it('keeps signature blocks and short tables whole on one page', () => {
    for (const p of pages.filter((x) => x.includes('Lumajang, 23 Agustus 2023'))) expect(p).toContain('NIP. 19660228 199203 1 012');
    expect(pages.filter((x) => x.includes('Lumajang, 23 Agustus 2023')).length).toBe(2);
    const tabel31 = pages.find((x) => /^\s*Tabel 3\.1\s*$/m.test(x))!;
    expect(tabel31).toMatch(/Persentase hasil fasilitasi[\s\S]*Rata-rata persentase desa[\s\S]*40,64%/);
    const tabel34 = pages.find((x) => /^\s*Tabel 3\.4\s*$/m.test(x))!;
    expect(tabel34).toMatch(/91,50%[\s\S]*82,00%/);
  });

  it('carries the signature block with NIP', () => {
    expect(pages[1]).toMatch(/Lumajang, 23 Agustus 2023/);
    expect(pages[1]).toContain('NIP. 19660228 199203 1 012');
  });
});
