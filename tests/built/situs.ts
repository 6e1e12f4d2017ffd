/** Reading the built website as a reader gets it: a report is its summary page plus one page per chapter. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Chapter page paths of a report, in order, as its summary page links them. */
export function halamanBab(id: string): string[] {
  const ringkasan = readFileSync(`dist/${id}/index.html`, 'utf8');
  const daftar = ringkasan.match(/<ol class="daftar-bab">[\s\S]*?<\/ol>/)?.[0] ?? '';
  return [...daftar.matchAll(/href="\/([^"]+)\/"/g)].map((m) => `dist/${m[1]}/index.html`);
}

/** The whole report's HTML: summary page, then every chapter page. */
export function htmlLaporan(id: string): string {
  return [`dist/${id}/index.html`, ...halamanBab(id)].map((p) => readFileSync(p, 'utf8')).join('\n');
}

/** Visible text of HTML, entities decoded, whitespace collapsed. */
export function teksHtml(h: string): string {
  return h
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every web page file of the built site (not the print pages, not the search index), sorted. */
export function berkasHalamanWeb(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) {
      if (!['cetak', 'pagefind', '_astro'].includes(n)) out.push(...berkasHalamanWeb(p));
    } else if (n.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/** Every web page of the site as a URL path (print pages are the PDF's source and are checked through the PDF). */
export function halamanWeb(): string[] {
  return berkasHalamanWeb().map((p) => '/' + relative('dist', p).replace(/index\.html$/, ''));
}
