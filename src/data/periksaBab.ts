/**
 * Checks the chapters (bab/*.mdx) of a report as the build compiles them: the file itself (UTF-8,
 * not a link), the front matter, the MDX compile with the build's plugins (syntax, chapters cannot
 * run code), then every component use read from the compiled tree against the catalogue
 * (src/components/katalog.ts): unknown component or prop, wrong value, missing prop, references and
 * the data each component needs. Every problem carries file, line and column, in plain Indonesian.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'zod';
import { babSchema } from '../schemas/bab.ts';
import { folderLaporan } from './folder.ts';
import { NAMA_KOMPONEN, entriKomponen, daftarKutip, type KonteksPeriksa } from '../components/katalog.ts';
import { nomoriKeterangan } from '../domain/tampilan/penomoran.ts';
import type { LaporanTerhitung } from '../domain/laporan.ts';
import type { Masalah } from '../domain/masalah.ts';
import { jalurTeks } from './masalah.ts';
import { kompilasiBab } from './mdx-bab.ts';
import { ekspresiTunggal, nilaiLiteral, type Simpul } from './aman-bab.ts';
import { bacaTeks, parseYaml, barisDari } from './muat.ts';
import { periksaBagian } from './periksaBagian.ts';
import { masalahBerkasGambar } from './berkasGambar.ts';
import { angkaDiketik, angkaTerhitung, samaDengan, type AngkaTerhitung } from '../domain/angkaBab.ts';

/** A component as written in a chapter: its name, its props (literal values) and where. */
export interface Pemakaian {
  nama: string;
  props: Record<string, unknown>;
  /** Line and column of each prop. */
  letakProp: Record<string, { baris?: number; kolom?: number }>;
  /** Props whose value is not a literal (already reported by the safety rules). */
  bukanLiteral: string[];
  baris?: number;
  kolom?: number;
  /** Written with content between its tags. */
  berisi: boolean;
  /** Markdown tables in that content (as the build parses it: remark-gfm). */
  tabel?: number;
}

function hitungTabel(n: Simpul): number {
  return (n.type === 'table' ? 1 : 0) + (n.children ?? []).reduce((a, c) => a + hitungTabel(c), 0);
}

/** Every component use in a compiled chapter tree, in document order. */
export function pemakaianKomponen(pohon: Simpul): Pemakaian[] {
  const out: Pemakaian[] = [];
  const jalan = (n: Simpul) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]/.test(n.name)) {
      const p: Pemakaian = {
        nama: n.name,
        props: {},
        letakProp: {},
        bukanLiteral: [],
        baris: n.position?.start.line,
        kolom: n.position?.start.column,
        berisi: (n.children ?? []).length > 0,
        tabel: (n.children ?? []).reduce((a, c) => a + hitungTabel(c), 0),
      };
      for (const a of n.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        p.letakProp[a.name] = { baris: a.position?.start.line, kolom: a.position?.start.column };
        const v = a.value;
        if (v === null || v === undefined) p.props[a.name] = true;
        else if (typeof v === 'string') p.props[a.name] = v;
        else {
          const lit = nilaiLiteral(ekspresiTunggal(v.data?.estree));
          if (lit.ok) p.props[a.name] = lit.nilai;
          else p.bukanLiteral.push(a.name);
        }
      }
      out.push(p);
    }
    for (const c of n.children ?? []) jalan(c);
  };
  jalan(pohon);
  return out;
}

interface BabTerbaca {
  berkas: string;
  isi: string;
  nomorBab?: number;
  pohon?: Simpul;
}

/** Every problem of a report's chapters: front matter, compile errors, unsafe content, component uses and references. */
export function periksaBab(root: string, laporan: LaporanTerhitung): Masalah[] {
  const folder = join(folderLaporan(root, laporan.data.id), 'bab');
  if (!existsSync(folder)) return [];
  const out: Masalah[] = [];
  const bab: BabTerbaca[] = [];
  for (const f of readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const b = bacaBab(root, join(folder, f), out);
    if (b) bab.push(b);
  }

  const pakai = bab.map((b) => ({ berkas: b.berkas, pakai: b.pohon ? pemakaianKomponen(b.pohon) : [] }));
  const ganda = labelGanda(pakai);
  out.push(...ganda);
  let label = new Map<string, unknown>();
  try {
    label = nomoriKeterangan(
      bab.map((b) => ({ bab: b.nomorBab, isi: b.isi })),
      laporan.data.laporan.penomoran,
    );
  } catch (e) {
    if (!ganda.length) out.push({ tingkat: 'galat', berkas: relative(root, folder), jalur: 'label', pesan: (e as Error).message });
    // Numbering stopped at the first clash: the labels written in the chapters stand in, so the one clash
    // is not followed by a false "tulis label dalam tanda kutip" on every other label.
    label = new Map(
      pakai
        .flatMap((b) => b.pakai.map((p) => p.props.label))
        .filter((l) => typeof l === 'string')
        .map((l) => [l, l]),
    );
  }
  const konteks: KonteksPeriksa = { laporan, label: new Set(label.keys()) };
  const terhitung = angkaTerhitung(laporan);
  for (const [i, p] of pakai.entries())
    out.push(
      ...periksaPemakaian(p.berkas, p.pakai, konteks),
      ...periksaBagian(folderLaporan(root, laporan.data.id), p.berkas, bab[i].isi, p.pakai),
      ...(bab[i].pohon ? angkaProsa(p.berkas, bab[i].pohon!, terhitung) : []),
    );
  return out;
}

/** The field path of a figure typed in prose: the summary names a disagreeing figure before these. */
export const JALUR_ANGKA_TEKS = '(angka di teks)';

/** Text of the prose with where each piece starts: every text node outside <Tabel> (whose cells are listed on their own) and code. */
function teksProsa(pohon: Simpul): { teks: string; baris: number; kolom: number }[] {
  const out: { teks: string; baris: number; kolom: number }[] = [];
  const jalan = (n: Simpul) => {
    if (
      n.type === 'code' ||
      n.type === 'inlineCode' ||
      ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Tabel')
    )
      return;
    if (n.type === 'text' && typeof n.value === 'string' && n.position)
      out.push({ teks: n.value, baris: n.position.start.line, kolom: n.position.start.column });
    for (const c of n.children ?? []) jalan(c);
  };
  jalan(pohon);
  return out;
}

/**
 * Each figure typed in a chapter's prose, as a warning at its line: it is not read from the data, so it cannot be
 * checked; where it equals a computed figure, the <Nilai> that prints that one instead.
 */
function angkaProsa(berkas: string, pohon: Simpul, terhitung: AngkaTerhitung[]): Masalah[] {
  const out: Masalah[] = [];
  for (const t of teksProsa(pohon))
    for (const a of angkaDiketik(t.teks)) {
      const sebelum = t.teks.slice(0, a.indeks).split('\n');
      const baris = t.baris + sebelum.length - 1;
      const kolom = sebelum.length === 1 ? t.kolom + a.indeks : sebelum.at(-1)!.length + 1;
      const sama = samaDengan(a, terhitung);
      const nilai = sama.filter((x) => x.nilaiKomponen);
      const pesan = nilai.length
        ? `angka ${a.teks} diketik langsung di teks, tidak dibaca dari data; sama dengan ${nilai
            .slice(0, 2)
            .map((x) => x.uraian)
            .join(
              ' dan ',
            )}${nilai.length > 2 ? ` (dan ${nilai.length - 2} lainnya)` : ''}: tulis ${nilai[0].nilaiKomponen} agar angkanya mengikuti data`
        : sama.length
          ? `angka ${a.teks} diketik langsung di teks: sama dengan ${sama[0].uraian}, bukan hasil hitungan yang dapat diperiksa`
          : `angka ${a.teks} diketik langsung di teks dan tidak dapat diperiksa: tidak ada angka hasil hitungan laporan yang sama; bila angka ini dari data, kutip dengan <Nilai …/> (docs/referensi.md)`;
      out.push({ tingkat: 'peringatan', berkas, baris, kolom, jalur: JALUR_ANGKA_TEKS, pesan });
    }
  return out;
}

/** A label used twice, reported where it is used again (numbering and references need one per table). */
function labelGanda(bab: { berkas: string; pakai: Pemakaian[] }[]): Masalah[] {
  const pertama = new Map<string, string>();
  const out: Masalah[] = [];
  for (const b of bab)
    for (const p of b.pakai) {
      const l = p.props.label;
      if (typeof l !== 'string') continue;
      const di = pertama.get(l);
      const letak = p.letakProp.label ?? { baris: p.baris, kolom: p.kolom };
      if (di)
        out.push({
          tingkat: 'galat',
          berkas: b.berkas,
          baris: letak.baris,
          kolom: letak.kolom,
          jalur: `<${p.nama} label>`,
          pesan: `label "${l}" dipakai dua kali (pertama di ${di}); setiap tabel dan gambar harus memiliki label yang unik`,
        });
      else pertama.set(l, `${b.berkas}:${letak.baris ?? '?'}`);
    }
  return out;
}

/** Reads one chapter file: bytes, front matter, compile. Problems go to `out`; undefined when unreadable. */
function bacaBab(root: string, path: string, out: Masalah[]): BabTerbaca | undefined {
  const berkas = relative(root, path);
  const galat = (baris: number | undefined, jalur: string, pesan: string, kolom?: number) =>
    out.push({ tingkat: 'galat', berkas, baris, kolom, jalur, pesan });
  if (lstatSync(path).isSymbolicLink()) {
    galat(undefined, '(seluruh berkas)', 'bab ini adalah tautan (symlink) ke berkas lain; salin isinya ke sini sebagai berkas biasa');
    return undefined;
  }
  const t = bacaTeks(path);
  if (!t.ok) {
    galat(t.baris, '(seluruh berkas)', t.pesan);
    return undefined;
  }
  const teks = t.teks;
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(teks);
  if (!fm) {
    galat(1, '(front matter)', 'bab harus diawali front matter: baris "---", judul, jenis, urutan, lalu "---"');
    return undefined;
  }
  // Lines of the front matter start at line 2 of the file.
  const y = parseYaml(fm[1]);
  if (y.galat.length) {
    for (const g of y.galat)
      galat(g.baris !== undefined ? g.baris + 1 : 1, '(front matter)', `front matter tidak dapat dibaca: ${g.pesan}`);
    return undefined;
  }
  // The build reads front matter with another YAML reader (Astro's): what it refuses is refused here too.
  let body: string;
  try {
    body = parseFrontmatter(teks, { frontmatter: 'empty-with-spaces' }).content;
  } catch (e) {
    const baris = (e as { mark?: { line?: number } }).mark?.line;
    galat(
      baris !== undefined ? baris + 2 : 1,
      '(front matter)',
      'front matter tidak dapat dibaca oleh pembangun situs; tulis setiap isian sebagai nama: nilai tanpa tanda khusus',
    );
    return undefined;
  }
  const hasil = babSchema.safeParse(y.nilai ?? {});
  if (!hasil.success)
    for (const i of hasil.error.issues) {
      const path = i.path as (string | number)[];
      const baris = barisDari(y.doc, y.lines, path);
      galat(baris !== undefined ? baris + 1 : 2, jalurTeks(path), i.message);
    }

  const k = kompilasiBab(body, path);
  for (const p of k.pelanggaran) galat(p.baris, '(isi bab)', p.pesan, p.kolom);
  if (k.galat) galat(k.galat.baris, '(penulisan MDX)', k.galat.pesan, k.galat.kolom);
  else
    for (const g of k.pohon ? gambarLokal(k.pohon) : []) {
      const m = masalahBerkasGambar(dirname(path), g.url);
      if (m) galat(g.baris, '(gambar Markdown)', `gambar ${g.url}: ${m}`, g.kolom);
    }
  return { berkas, isi: body, nomorBab: hasil.success ? hasil.data.bab : undefined, pohon: k.galat ? undefined : k.pohon };
}

/**
 * Markdown images with a local path (![peta](peta.png)): the build imports each file relative to the chapter, so
 * it must exist there and not be a link out of the folder (remote and "..", "/" paths are refused by aman-bab.ts).
 */
function gambarLokal(pohon: Simpul): { url: string; baris?: number; kolom?: number }[] {
  const out: { url: string; baris?: number; kolom?: number }[] = [];
  const jalan = (n: Simpul) => {
    if (n.type === 'image' && n.url && !URL.canParse(n.url) && !n.url.startsWith('/')) {
      let url = n.url;
      try {
        url = decodeURI(n.url);
      } catch {
        // A malformed escape: the path as written.
      }
      out.push({ url, baris: n.position?.start.line, kolom: n.position?.start.column });
    }
    for (const c of n.children ?? []) jalan(c);
  };
  jalan(pohon);
  return out;
}

/** Every use against the catalogue: name, props (schema), then the component's own checks on the data. */
export function periksaPemakaian(berkas: string, pakai: Pemakaian[], konteks: KonteksPeriksa): Masalah[] {
  const out: Masalah[] = [];
  for (const p of pakai) {
    const di = (prop?: string) => {
      const l = prop ? p.letakProp[prop] : undefined;
      return { baris: l?.baris ?? p.baris, kolom: l?.kolom ?? p.kolom };
    };
    const galat = (prop: string | undefined, pesan: string, tingkat: Masalah['tingkat'] = 'galat') => {
      const { baris, kolom } = di(prop);
      out.push({ tingkat, berkas, baris, kolom, jalur: `<${p.nama}${prop ? ` ${prop}` : ''}>`, pesan });
    };
    const entri = entriKomponen(p.nama);
    if (!entri) {
      galat(
        undefined,
        `komponen <${p.nama}> tidak dikenal${saranNama(p.nama, NAMA_KOMPONEN)}; yang tersedia: ${NAMA_KOMPONEN.join(', ')} (lihat docs/referensi.md)`,
      );
      continue;
    }
    if (p.berisi && !entri.isi)
      galat(undefined, `<${p.nama}> tidak berisi apa pun di antara tag pembuka dan penutup; tulis <${p.nama} ... />`);
    // <Tabel> numbers and styles exactly one table (src/components/tabel/Tabel.astro).
    if (entri.satuTabel && p.tabel !== undefined && p.tabel !== 1)
      galat(
        undefined,
        `<${p.nama}> harus berisi tepat satu tabel Markdown (baris judul kolom, lalu |---|), ditemukan ${p.tabel}; beri baris kosong setelah <${p.nama} …> dan sebelum </${p.nama}>`,
      );
    if (p.bukanLiteral.length) continue;
    const shape = entri.props.shape as Record<string, z.ZodType>;
    const r = entri.props.safeParse(p.props);
    if (!r.success) {
      for (const i of r.error.issues) {
        if (i.code === 'unrecognized_keys') {
          for (const key of i.keys)
            galat(
              key,
              `prop ${key} tidak dikenal untuk <${p.nama}>${saranNama(key, Object.keys(shape))}; prop yang ada: ${Object.keys(shape).join(', ') || '(tidak ada prop)'}`,
            );
          continue;
        }
        const prop = String(i.path[0] ?? '');
        const v = p.props[prop];
        const uraian = shape[prop]?.description;
        if (v === undefined) galat(prop, `prop ${prop} wajib diisi${uraian ? `: ${uraian}` : ''}`);
        else if (i.code === 'invalid_value')
          galat(prop, `nilai ${prop}=${tulis(v)} tidak dikenal; pilih salah satu: ${daftarKutip(i.values.map(String))}`);
        else if (i.code === 'invalid_type' && i.expected === 'array')
          galat(prop, `${prop} ditulis sebagai daftar dalam kurung: ${prop}={[2022, 2023]}; tertulis ${prop}=${tulis(v)}`);
        else if (i.code === 'invalid_type' && i.expected === 'boolean')
          galat(prop, `${prop} adalah pilihan ya/tidak: tulis ${prop} saja (tanpa nilai), atau hapus; tertulis ${prop}=${tulis(v)}`);
        else galat(prop, `nilai ${prop}=${tulis(v)}: ${i.message}${uraian ? ` (${uraian})` : ''}`);
      }
      continue;
    }
    for (const t of entri.periksa?.(r.data as never, konteks) ?? []) galat(t.prop, t.pesan, t.peringatan ? 'peringatan' : 'galat');
    // A label the numbering cannot see (not a quoted text) would fail while rendering.
    if ('label' in shape && typeof p.props.label === 'string' && !konteks.label.has(p.props.label))
      galat('label', 'tulis label dalam tanda kutip: label="..."');
  }
  return out;
}

function tulis(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
  if (v === true) return '(tanpa nilai)';
  return `{${JSON.stringify(v)}}`;
}

/** "; maksud Anda sasaranSaja?" for a near miss (case, one or two letters off). */
function saranNama(salah: string, benar: readonly string[]): string {
  const kecil = salah.toLowerCase();
  const dekat = benar.find((b) => b.toLowerCase() === kecil) ?? benar.find((b) => jarak(b.toLowerCase(), kecil) <= 2);
  return dekat ? ` (maksud Anda ${dekat}?)` : '';
}

function jarak(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
