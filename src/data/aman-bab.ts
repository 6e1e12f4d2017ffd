/**
 * Chapters are content, not programs. MDX would run any JavaScript a chapter contains at build time
 * (`import fs from "node:fs"`, `{process.env.HOME}`); this remark plugin refuses everything that is not
 * Markdown, a catalogue component with literal props, or an element of a small HTML allow-list.
 * The same rules run in `npm run check` (every problem listed) and in the build (the first stops it),
 * so a chapter that passes the check is one the build compiles.
 */

/** The few mdast shapes these rules read (MDX nodes from mdast-util-mdx). */
export interface Simpul {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Atribut[];
  children?: Simpul[];
  data?: { estree?: Estree };
  position?: { start: { line: number; column: number } };
}
interface Atribut {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Estree } };
  position?: { start: { line: number; column: number } };
}
interface Estree {
  type: string;
  body?: EsNode[];
}
interface EsNode {
  type: string;
  expression?: EsNode;
  value?: unknown;
  elements?: (EsNode | null)[];
  operator?: string;
  argument?: EsNode;
  expressions?: EsNode[];
  quasis?: { value: { cooked?: string | null } }[];
}

export interface Pelanggaran {
  baris?: number;
  kolom?: number;
  pesan: string;
}

/**
 * HTML elements a chapter may use besides Markdown: text and table markup only. No scripts, frames,
 * styles, forms or embedded objects; images only from the report's own files.
 */
export const ELEMEN_HTML = [
  'br',
  'sup',
  'sub',
  'b',
  'i',
  'strong',
  'em',
  'u',
  's',
  'small',
  'mark',
  'abbr',
  'span',
  'div',
  'p',
  'hr',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'figure',
  'figcaption',
  'img',
  'a',
] as const;
/** Attributes allowed on those elements (no style: it can load remote images; no event handlers). */
export const ATRIBUT_HTML = [
  'colspan',
  'rowspan',
  'scope',
  'align',
  'title',
  'lang',
  'class',
  'id',
  'alt',
  'src',
  'href',
  'start',
  'width',
  'height',
] as const;

const elemen = new Set<string>(ELEMEN_HTML);
const atributHtml = new Set<string>(ATRIBUT_HTML);

/** A URL that makes the browser fetch something from elsewhere, or run something. */
export function urlTerlarang(url: string, dimuat: boolean): string | undefined {
  const u = url
    .trim()
    .toLowerCase()
    .replace(/[\s\u0000-\u001f]/g, '');
  if (/^(javascript|vbscript|data|file):/.test(u)) return `alamat "${ringkas(url)}" tidak diizinkan (skrip atau berkas lokal)`;
  if (dimuat && (/^[a-z][a-z0-9+.-]*:/.test(u) || u.startsWith('//')))
    return `gambar atau berkas dari luar ("${ringkas(url)}") tidak diizinkan: simpan berkasnya di folder laporan dan rujuk dengan alamat relatif`;
  if (dimuat && u.split(/[\\/]/).includes('..'))
    return `alamat "${ringkas(url)}" keluar dari folder laporan; simpan berkasnya di folder laporan`;
  return undefined;
}

function ringkas(s: string): string {
  const t = s.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

/** The value of a literal JavaScript expression (number, text, true/false, a list of those); otherwise undefined. */
export function nilaiLiteral(e: EsNode | undefined): { ok: true; nilai: unknown } | { ok: false } {
  if (!e) return { ok: false };
  switch (e.type) {
    case 'Literal':
      return typeof e.value === 'object' && e.value !== null ? { ok: false } : { ok: true, nilai: e.value };
    case 'UnaryExpression':
      if ((e.operator === '-' || e.operator === '+') && e.argument?.type === 'Literal' && typeof e.argument.value === 'number')
        return { ok: true, nilai: e.operator === '-' ? -e.argument.value : e.argument.value };
      return { ok: false };
    case 'TemplateLiteral':
      return e.expressions?.length === 0 && e.quasis?.length === 1 ? { ok: true, nilai: e.quasis[0].value.cooked ?? '' } : { ok: false };
    case 'ArrayExpression': {
      const out: unknown[] = [];
      for (const el of e.elements ?? []) {
        const v = nilaiLiteral(el ?? undefined);
        if (!v.ok || Array.isArray(v.nilai)) return { ok: false };
        out.push(v.nilai);
      }
      return { ok: true, nilai: out };
    }
    default:
      return { ok: false };
  }
}

/** The expression of an `{...}` attribute value or text expression, if it holds exactly one. */
export function ekspresiTunggal(estree: Estree | undefined): EsNode | undefined {
  const body = estree?.body ?? [];
  return body.length === 1 && body[0].type === 'ExpressionStatement' ? body[0].expression : undefined;
}

const letak = (n: { position?: { start: { line: number; column: number } } }) => ({
  baris: n.position?.start.line,
  kolom: n.position?.start.column,
});

/** Every rule broken in a chapter's tree, in document order. */
export function periksaKeamanan(tree: Simpul): Pelanggaran[] {
  const out: Pelanggaran[] = [];
  const langgar = (n: Simpul | Atribut, pesan: string) => out.push({ ...letak(n), pesan });
  const jalan = (n: Simpul) => {
    switch (n.type) {
      case 'mdxjsEsm':
        langgar(n, 'bab tidak boleh berisi import atau export: komponen tersedia tanpa import, dan bab tidak menjalankan kode');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} parses to a program without statements: allowed.
        if ((n.data?.estree?.body ?? []).length > 0 || (!n.data?.estree && String(n.value ?? '').trim() !== ''))
          langgar(
            n,
            'kurung kurawal {...} menjalankan kode dan tidak diizinkan di bab; untuk angka gunakan <Nilai .../>, untuk tanda kurawal biasa tulis \\{ dan \\}',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        periksaElemen(n, langgar);
        break;
      case 'html':
        langgar(n, 'HTML mentah tidak diizinkan di bab');
        break;
      case 'link':
      case 'definition':
        if (n.url) {
          const m = urlTerlarang(n.url, false);
          if (m) langgar(n, m);
        }
        break;
      case 'image':
        if (n.url) {
          const m = urlTerlarang(n.url, true);
          if (m) langgar(n, m);
        }
        break;
    }
    for (const c of n.children ?? []) jalan(c);
  };
  jalan(tree);
  return out;
}

function periksaElemen(n: Simpul, langgar: (n: Simpul | Atribut, pesan: string) => void) {
  const nama = n.name;
  const html = !!nama && /^[a-z]/.test(nama);
  if (nama && nama.includes('.')) langgar(n, `<${nama}> tidak diizinkan: gunakan komponen dari katalog tanpa titik`);
  if (html && !elemen.has(nama)) {
    langgar(n, `elemen <${nama}> tidak diizinkan di bab; HTML yang boleh: ${ELEMEN_HTML.join(', ')}`);
    return;
  }
  for (const a of n.attributes ?? []) {
    if (a.type === 'mdxJsxExpressionAttribute') {
      langgar(a, `atribut {…} pada <${nama ?? ''}> menjalankan kode dan tidak diizinkan; tulis setiap prop sebagai nama="nilai"`);
      continue;
    }
    const an = a.name ?? '';
    if (/^on/i.test(an)) {
      langgar(a, `atribut ${an} (penangan peristiwa) menjalankan skrip dan tidak diizinkan`);
      continue;
    }
    if (html && !atributHtml.has(an.toLowerCase())) {
      langgar(a, `atribut ${an} tidak diizinkan pada <${nama}>; yang boleh: ${ATRIBUT_HTML.join(', ')}`);
      continue;
    }
    const v = a.value;
    if (v && typeof v === 'object') {
      const lit = nilaiLiteral(ekspresiTunggal(v.data?.estree));
      if (!lit.ok) {
        langgar(
          a,
          `nilai ${an}={${ringkas(v.value)}} bukan nilai tetap: tulis teks dalam tanda kutip, angka ${an}={2024}, atau daftar ${an}={[2022, 2023]}`,
        );
        continue;
      }
      if (html && typeof lit.nilai === 'string') cekUrl(a, an, lit.nilai, langgar);
    } else if (typeof v === 'string' && html) cekUrl(a, an, v, langgar);
  }
}

function cekUrl(a: Atribut, nama: string, nilai: string, langgar: (n: Atribut, pesan: string) => void) {
  const n = nama.toLowerCase();
  if (n !== 'src' && n !== 'href') return;
  const m = urlTerlarang(nilai, n === 'src');
  if (m) langgar(a, m);
}

/**
 * The remark plugin. With `laporkan`, every problem is handed over and compilation goes on (the
 * checker lists them all); without it, the build stops at the first with file:line:column.
 */
export function remarkAmanBab(opsi: { laporkan?: (p: Pelanggaran[]) => void } = {}) {
  return (tree: Simpul, file: { fail: (reason: string, place?: unknown) => never; path?: string }) => {
    const p = periksaKeamanan(tree);
    if (opsi.laporkan) {
      // Return nothing: a transformer's return value would replace the tree.
      opsi.laporkan(p);
      return;
    }
    if (p.length) {
      const pertama = p[0];
      file.fail(
        `bab ditolak (${p.length} masalah keamanan; jalankan "npm run check"): ${pertama.pesan}`,
        pertama.baris ? { line: pertama.baris, column: pertama.kolom ?? 1 } : undefined,
      );
    }
  };
}
