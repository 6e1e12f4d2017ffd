/**
 * How chapters are compiled, in one place: the remark plugins of the build (astro.config.mjs passes
 * them to @astrojs/markdown-remark's processor) and the compile `npm run check` runs on every chapter
 * with the same @mdx-js/mdx options @astrojs/mdx uses (format mdx, jsxImportSource astro, HTML
 * attribute names, rehype-raw), so a chapter the check accepts is one the build compiles.
 * Synchronous, so the checker stays one plain function for check, dev, build and tests.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkAmanBab, type Pelanggaran, type Simpul } from './aman-bab.ts';

/** The remark plugins chapters are compiled with (GFM tables; chapters cannot run code). */
export function pluginRemarkBab(opsi: { laporkan?: (p: Pelanggaran[]) => void } = {}): RemarkPlugins {
  return [remarkGfm, [remarkAmanBab as never, opsi]];
}

export interface HasilKompilasi {
  /** The Markdown tree (mdast with MDX nodes), when the chapter could be parsed. */
  pohon?: Simpul;
  /** The rules of src/data/aman-bab.ts the chapter breaks. */
  pelanggaran: Pelanggaran[];
  /** The compile error, translated. */
  galat?: { baris?: number; kolom?: number; pesan: string };
}

/** Compiles one chapter's body (front matter blanked out, lines kept) as the build does. */
export function kompilasiBab(isi: string, berkas: string): HasilKompilasi {
  let pohon: Simpul | undefined;
  let pelanggaran: Pelanggaran[] = [];
  const simpan = () => (tree: Simpul) => {
    pohon = tree;
  };
  const prosesor = createProcessor({
    remarkPlugins: [...pluginRemarkBab({ laporkan: (p) => (pelanggaran = p) }), simpan] as never,
    rehypePlugins: [[rehypeRaw, { passThrough: nodeTypes }]],
    jsxImportSource: 'astro',
    format: 'mdx',
    elementAttributeNameCase: 'html',
  });
  try {
    prosesor.processSync(new VFile({ value: isi, path: berkas }));
    return { pohon, pelanggaran };
  } catch (e) {
    return { pohon, pelanggaran, galat: terjemahGalat(e as GalatMdx, isi) };
  }
}

interface GalatMdx {
  message?: string;
  reason?: string;
  line?: number;
  column?: number;
  ruleId?: string;
  place?: { line?: number; column?: number; start?: { line: number; column: number } };
}

/** A compile error as an author can act on it: where, what, and the usual fix. */
export function terjemahGalat(e: GalatMdx, isi: string): { baris?: number; kolom?: number; pesan: string } {
  const asli = (e.reason ?? e.message ?? '').split('\n')[0];
  let baris = e.line ?? e.place?.start?.line ?? e.place?.line;
  let kolom = e.column ?? e.place?.start?.column ?? e.place?.column;
  if (baris === undefined) {
    const m = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(asli) ?? /^(\d+):(\d+)/.exec(e.message ?? '');
    if (m) [baris, kolom] = [Number(m[1]), Number(m[2])];
  }
  const barisTeks = baris ? (isi.split(/\r?\n/)[baris - 1] ?? '') : '';
  const tag = /`<\/?([^`>]*)>`/.exec(asli)?.[1];
  let pesan: string;
  switch (e.ruleId) {
    case 'unexpected-character':
    case 'unexpected-eof':
      if (/before name/.test(asli) || /after self-closing slash|in name|before attribute/.test(asli)) {
        pesan =
          'tanda "<" dibaca sebagai awal komponen atau tag. Untuk "kurang dari" tulis \\< (mis. \\<60%) atau kata "kurang dari"; ' +
          'untuk komponen periksa penulisannya, mis. <Nilai indikator="IKU-1" />';
      } else if (/expression|brace/.test(asli)) {
        pesan = 'kurung kurawal "{" tidak ditutup. Di bab, { } tidak dipakai; untuk tanda kurawal biasa tulis \\{ dan \\}';
      } else pesan = `penulisan tidak dapat dibaca di sini (${asli})`;
      break;
    case 'end-tag-mismatch':
      pesan = /^Expected a closing tag/.test(asli)
        ? `tag <${tag}> dibuka tetapi tidak ditutup: tambahkan </${tag}> (dengan baris kosong sebelum dan sesudahnya) atau tulis <${tag} ... /> bila tanpa isi`
        : `tag penutup </${tag ?? ''}> tidak cocok dengan tag yang dibuka sebelumnya; periksa pasangan tag pembuka dan penutup`;
      break;
    case 'unexpected-closing-slash':
      pesan = 'ada tag penutup </...> tanpa tag pembuka; hapus atau tambahkan tag pembukanya';
      break;
    case 'unexpected-attribute':
    case 'unexpected-lazy':
      pesan = `penulisan tag tidak lengkap di sini (${asli}); periksa tanda kutip dan penutup tag`;
      break;
    case 'acorn':
      pesan =
        'isi kurung kurawal {...} tidak dapat dibaca; nilai prop ditulis nama="teks", nama={2024} atau nama={[2022, 2023]}; untuk tanda kurawal biasa tulis \\{ dan \\}';
      break;
    default:
      if (/^bab ditolak/.test(asli)) pesan = asli;
      else pesan = `penulisan bab tidak dapat dibaca (pesan pemroses MDX: ${asli})`;
  }
  if (!e.ruleId && /<\d|< /.test(barisTeks)) pesan += '; tanda "<" sebelum angka atau spasi ditulis \\<';
  return { baris, kolom, pesan };
}
