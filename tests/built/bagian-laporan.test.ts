/**
 * Every part of a real report, read back from a real build of a scratch project: a logo and a letterhead
 * on the cover (A4) and on the PK appendix, the cover without logo on F4, the organisation chart, an
 * image figure, a hand-made table with an explicit number, the lists of tables and figures with the right
 * pages, the typed figures reported by the checker and the footer claim made only when true.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';
import { halamanTeks, labelHalaman, gambarHalaman, info } from './pdf.ts';
import { rmSync } from 'node:fs';

const FIX = 'tests/fixtures/bagian';
let dir = '';
let cek = '';

function laporan(id: string, tambahan: string, denganLogo: boolean) {
  const f = join(dir, 'content/laporan', id);
  cpSync('tests/fixtures/valid/content/laporan/contoh', f, { recursive: true });
  cpSync(join(FIX, 'bab'), join(f, 'bab'), { recursive: true });
  cpSync(join(FIX, 'gambar'), join(f, 'gambar'), { recursive: true });
  appendFileSync(join(f, 'bab/03-akuntabilitas.mdx'), readFileSync(join(FIX, 'peta.mdx'), 'utf8'));
  if (denganLogo) cpSync(join(FIX, 'logo-contoh.png'), join(f, 'logo-contoh.png'));
  const yaml = readFileSync(join(f, 'laporan.yaml'), 'utf8').replace(
    'judul: Laporan Kinerja\n',
    'judul: Laporan Kinerja Instansi Pemerintah (LKjIP)\n',
  );
  writeFileSync(join(f, 'laporan.yaml'), `${yaml}perjanjianKinerja:\n  tanggal: 2024-01-10\nalamat: Jalan Raya Contoh No. 1\n${tambahan}`);
}

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content/laporan'), { recursive: true, force: true });
  laporan(
    'kop-a4',
    'logo: logo-contoh.png\nkop:\n  telepon: (0334) 321 465\n  kodePos: "67355"\n  laman: kec-contoh.lumajangkab.go.id\n  surel: kec.contoh@lumajangkab.go.id\n',
    true,
  );
  laporan('polos-f4', 'kertas: F4\n', false);
  const b = bangunProyek(dir, [], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build gagal:\n${b.stdout}\n${b.stderr}`);
  const c = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: dir, encoding: 'utf8' });
  cek = c.stdout + c.stderr;
}, 900_000);

afterAll(() => {
  if (process.env.LKJIP_SIMPAN) return console.log(`salinan disimpan: ${dir}`);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const pdf = (id: string) => join(dir, 'dist', id, `${id}.pdf`);

/** The body page (0-based) holding caption `nomor` with `judul`, and the page the list names for it. */
function halamanKeterangan(pages: string[], daftar: 'DAFTAR TABEL' | 'DAFTAR GAMBAR', nomor: string, judul: string) {
  const list = pages.find((p) => new RegExp(`^\\s*${daftar}\\s*$`, 'm').test(p) && p.includes(judul));
  const baris = list?.split('\n').find((l) => l.includes(`${nomor} ${judul}`));
  const tertulis = baris && /\s{2,}(\d+)\s*$/.exec(baris)?.[1];
  const awal = pages.findIndex((p) => /BAB I\s*\n\s*PENDAHULUAN/.test(p));
  const at = pages.findIndex((p, i) => i >= awal && new RegExp(`^\\s*${nomor.replace('.', '\\.')}\\s*$`, 'm').test(p) && p.includes(judul));
  return { tertulis, at, label: at >= 0 ? labelHalaman(pages[at]) : undefined };
}

describe.each(['kop-a4', 'polos-f4'])('%s: captions and lists read back from the PDF', (id) => {
  it('lists the hand-made table under its own number (1.4) with the page it is printed on', () => {
    const pages = halamanTeks(pdf(id));
    const t = halamanKeterangan(pages, 'DAFTAR TABEL', 'Tabel 1.4', 'Isu Strategis dan Permasalahan');
    expect(t.at).toBeGreaterThan(0);
    expect(t.tertulis).toBe(t.label);
    const halaman = pages[t.at].replace(/\s+/g, ' ');
    expect(halaman).toContain('Antrean panjang pada hari pasar');
    expect(halaman).toContain('Sumber: Renstra Kecamatan Contoh 2024-2026');
    // <Rujuk> names the explicit number; the computed tables of BAB III keep their own numbering.
    expect(pages.join('\n')).toMatch(/tercantum pada Tabel 1\.4/);
    expect(pages.join('\n')).toMatch(/^\s*Tabel 3\.1\s*$/m);
  });

  it('lists the organisation chart and the image in the Daftar Gambar with their pages; the image is there, the chart is vector', () => {
    const pages = halamanTeks(pdf(id));
    const bagan = halamanKeterangan(pages, 'DAFTAR GAMBAR', 'Gambar 1', 'Struktur Organisasi Kecamatan Contoh');
    const peta = halamanKeterangan(pages, 'DAFTAR GAMBAR', 'Gambar 2', 'Peta Wilayah Kecamatan Contoh');
    for (const g of [bagan, peta]) {
      expect(g.at).toBeGreaterThan(0);
      expect(g.tertulis).toBe(g.label);
    }
    expect(gambarHalaman(pdf(id), bagan.at + 1)).toEqual([]);
    expect(pages[bagan.at]).toContain('SEKRETARIS');
    expect(pages[bagan.at]).toContain('BUDI SANTOSO');
    const img = gambarHalaman(pdf(id), peta.at + 1);
    expect(img.length).toBe(1);
    // The 1200 px drawing kept whole for print (never upscaled, never a thumbnail), at 80% of the text block.
    expect(img[0].width).toBe(1200);
    expect(img[0].xppi).toBeGreaterThanOrEqual(200);
    expect(pages[peta.at]).toContain('Sumber: Bappeda Kabupaten Lumajang, 2024');
  });
});

describe('cover, letterhead and logo', () => {
  it('A4 with logo and letterhead: logo on page 1, the title keeps "(LKjIP)", contacts in the letterhead', () => {
    const pages = halamanTeks(pdf('kop-a4'));
    expect(info(pdf('kop-a4'))['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/);
    expect(gambarHalaman(pdf('kop-a4'), 1).length).toBe(1);
    const sampul = pages[0].replace(/\s+/g, ' ');
    expect(sampul).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)');
    expect(sampul).not.toContain('(LKJIP)');
    expect(sampul).toContain('TAHUN 2024');
    expect(sampul).toContain('Telp. (0334) 321 465');
    expect(sampul).toContain('Laman: kec-contoh.lumajangkab.go.id');
    expect(sampul).toContain('KECAMATAN CONTOH');
  });

  it('A4: the letterhead heads the PK appendix page, logo included', () => {
    const pages = halamanTeks(pdf('kop-a4'));
    const at = pages.findIndex((p) => /PERJANJIAN KINERJA TAHUN 2024/.test(p) && /pihak pertama/.test(p));
    expect(at).toBeGreaterThan(0);
    const kepala = pages[at].split('PERJANJIAN KINERJA TAHUN 2024')[0].replace(/\s+/g, ' ');
    expect(kepala).toContain('PEMERINTAH KABUPATEN LUMAJANG');
    expect(kepala).toContain('Surel: kec.contoh@lumajangkab.go.id');
    expect(gambarHalaman(pdf('kop-a4'), at + 1).length).toBe(1);
  });

  it('F4 without logo: no image on page 1, the address on the cover, no letterhead on the PK page', () => {
    const pages = halamanTeks(pdf('polos-f4'));
    expect(info(pdf('polos-f4'))['Page size']).toMatch(/^609\.\d+ x 935\.\d+ pts/);
    expect(gambarHalaman(pdf('polos-f4'), 1)).toEqual([]);
    const sampul = pages[0].replace(/\s+/g, ' ');
    expect(sampul).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)');
    expect(sampul).toContain('Jalan Raya Contoh No. 1');
    const pk = pages.find((p) => /PERJANJIAN KINERJA TAHUN 2024/.test(p) && /pihak pertama/.test(p))!;
    expect(pk.split('PERJANJIAN KINERJA TAHUN 2024')[0]).not.toContain('Telp.');
  });

  it('the cover is one alignment: title, period and instansi centred on the page', () => {
    const html = readFileSync(join(dir, 'dist/polos-f4/cetak/index.html'), 'utf8');
    expect(html).toMatch(/<section class="sampul"/);
    const css = readdirSync(join(dir, 'dist/_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dir, 'dist/_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/\.sampul p\{text-align:center\}/);
  });
});

describe('website and checker', () => {
  it("the image goes through Astro's pipeline (WebP in several widths) with its alt text", () => {
    const html = readFileSync(join(dir, 'dist/kop-a4/bab-3/index.html'), 'utf8');
    const img = /<figure id="peta"[^]*?<img[^>]*>/.exec(html)?.[0] ?? '';
    expect(img).toMatch(/src="\/_astro\/peta\.[^"]+\.webp"/);
    expect(img).toMatch(/srcset="[^"]+480w[^"]+960w/);
    expect(img).toContain('alt="Peta batas wilayah kecamatan: sungai melintang dari barat ke timur, kantor kecamatan di tengah"');
    expect(img).toContain('loading="lazy"');
  });

  it('the hand-made table is a numbered data table on the web too', () => {
    const html = readFileSync(join(dir, 'dist/kop-a4/bab-1/index.html'), 'utf8');
    expect(html).toMatch(
      /<table id="isu" class="data tabel-tangan"><caption data-nomor="Tabel 1\.4" data-judul="Isu Strategis dan Permasalahan"><a class="nomor" href="#isu">Tabel 1\.4<\/a>/,
    );
    expect(html).toMatch(/<thead>[^]*Isu Strategis[^]*<\/thead>/);
  });

  it('the checker lists the figures typed in the hand-made table', () => {
    expect(cek).toMatch(/<Tabel label="isu">[^]*memuat 2 angka yang diketik[^]*95,5%; 12/);
  });

  it('the footer claims "no retyped figure" only for a report without typed figures', () => {
    const kaki = (p: string) => /<footer class="kaki-situs"><p>([^<]*)<\/p>/.exec(readFileSync(join(dir, 'dist', p), 'utf8'))?.[1];
    expect(kaki('kop-a4/index.html')).toMatch(/1 tabel yang disusun penulis memuat angka yang diketik/);
    expect(kaki('kop-a4/index.html')).not.toMatch(/tidak ada angka yang diketik ulang/);
    expect(kaki('index.html')).toBe('Angka di situs ini dihitung dari data laporan.');
  });
});
