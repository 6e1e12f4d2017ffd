/** The site as a whole. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, bangun } from '../salinan.ts';
import { halamanBab, teksHtml, berkasHalamanWeb } from './situs.ts';

describe('site', () => {
  it('does not publish drafts unless asked to', () => {
    const dir = salinProyek([
      { dari: 'candipuro-2023-tw2', id: 'candipuro-2023-tw2' },
      {
        dari: 'candipuro-2023-tw2',
        id: 'draf-contoh',
        ubahLaporan: (t) => `draf: true\n${t.replace('instansi: Kecamatan Candipuro', 'instansi: Kecamatan Contoh Draf')}`,
      },
    ]);
    try {
      const r = bangun(dir, '--tanpa-pdf');
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(dir, 'dist/candipuro-2023-tw2/index.html'))).toBe(true);
      expect(existsSync(join(dir, 'dist/draf-contoh'))).toBe(false);
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toContain('Contoh Draf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const berkasDari = (url: string) => {
  const p = join('dist', decodeURIComponent(url));
  return existsSync(p) && statSync(p).isDirectory() ? join(p, 'index.html') : p;
};
const idDi = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('website pages', () => {
  it('every internal link and anchor leads somewhere', () => {
    const rusak: string[] = [];
    for (const p of berkasHalamanWeb()) {
      const h = readFileSync(p, 'utf8');
      for (const [, href] of h.matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|data:|mailto:)/.test(href)) continue;
        const [jalan, jangkar] = href.split('#');
        const tujuan = jalan ? berkasDari(jalan) : p;
        if (!existsSync(tujuan)) rusak.push(`${p}: ${href}`);
        else if (jangkar && tujuan.endsWith('.html') && !idDi(readFileSync(tujuan, 'utf8')).has(jangkar))
          rusak.push(`${p}: ${href} (jangkar tidak ada)`);
      }
    }
    expect(rusak).toEqual([]);
  });

  it('home: reports grouped by kecamatan, newest first, with capaian per sasaran, predikat and budget absorption', () => {
    const t = teksHtml(readFileSync('dist/index.html', 'utf8'));
    const kelompok = [...readFileSync('dist/index.html', 'utf8').matchAll(/<h2 id="k-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(kelompok).toEqual([
      'Kecamatan Candipuro, Kabupaten Lumajang',
      'Kecamatan Jatiroto, Kabupaten Lumajang',
      'Kecamatan Kedungkandang, Kota Malang',
    ]);
    // Candipuro: sasaran S1 60,00% Rendah; budget 53,89%.
    expect(t).toMatch(/Meningkatnya kualitas fasilitasi dan koordinasi kecamatan capaian 60,00% Rendah/);
    expect(t).toMatch(/Penyerapan anggaran 53,89% \(Rp 1\.483\.229\.067 dari Rp 2\.752\.150\.911\)/);
    expect(t).toContain('Unduh PDF');
  });

  it('a report is a summary page and one page per chapter, with previous/next links and stable anchors', () => {
    const bab = halamanBab('jatiroto-2024');
    expect(bab.length).toBe(6);
    bab.forEach((p, i) => {
      const h = readFileSync(p, 'utf8');
      expect(h.includes('rel="next"'), p).toBe(i < bab.length - 1);
      expect(h).toMatch(i === 0 ? /‹ Ringkasan laporan/ : /rel="prev"/);
      // Every heading, table and figure can be linked to (a chapter's title through its section's id).
      expect(h).toMatch(/<section class="bab[^"]*" id="[^"]+"/);
      for (const m of h.matchAll(/<(h[2-4]|table|figure)(\s[^>]*)?>/g)) {
        if (!(m[2] ?? '').includes('data-judul-bab')) expect(m[2] ?? '', `${p}: <${m[1]}>`).toMatch(/\sid="/);
      }
    });
  });

  it('the data page lists each file with its dictionary; indicator pages hold definition and history', () => {
    const d = teksHtml(readFileSync('dist/kedungkandang-2022/data/index.html', 'utf8'));
    for (const f of ['indikator.csv', 'indikator.json', 'anggaran.csv', 'anggaran.json']) expect(d).toContain(f);
    expect(d).toMatch(/capaian_persen angka Capaian = realisasi \/ target × 100/);
    expect(d).toMatch(/unit teks Kelurahan\/desa pelaksana/);
    const ipp = teksHtml(readFileSync('dist/indikator/kecamatan-jatiroto-kabupaten-lumajang-indeks-pelayanan-publik/index.html', 'utf8'));
    expect(ipp).toMatch(/Tahun 2024 61,50 55,06 89,52% Tinggi laporan Tahun 2024/);
    expect(ipp).toContain('saat itu: IKM Pelayanan Kecamatan Jatiroto');
    expect(ipp).toMatch(/Target akhir Renstra 70,00/);
  });

  it('pages carry Indonesian language, a description and Open Graph data; a 404 page exists', () => {
    for (const p of ['dist/index.html', 'dist/jatiroto-2024/index.html', 'dist/jatiroto-2024/bab-3/index.html', 'dist/404.html']) {
      const h = readFileSync(p, 'utf8');
      expect(h, p).toMatch(/<html lang="id"/);
      expect(h, p).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
    expect(readFileSync('dist/jatiroto-2024/index.html', 'utf8')).toMatch(
      /<meta property="og:url" content="https:\/\/[^"]+\/jatiroto-2024\/"/,
    );
    expect(teksHtml(readFileSync('dist/404.html', 'utf8'))).toContain('Halaman tidak ditemukan');
  });
});
