/**
 * Reading a report folder from disk: YAML files parsed with line positions, validated by the schemas,
 * cross-references checked. Returns either the report's data or the list of problems; never throws
 * at the user.
 */
import { readFileSync, existsSync, readdirSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { urlTerlarang } from './aman-bab.ts';
import { parseDocument, LineCounter, isNode, isMap, isPair, isScalar, isSeq, isDocument, visit, type Document } from 'yaml';
import type { ZodType } from 'zod';
import { skalaEfisiensiSchema, type SkalaEfisiensi } from '../schemas/efisiensi.ts';
import type { Laporan } from '../schemas/laporan.ts';
import {
  laporanSchema,
  kinerjaSchema,
  realisasiSchema,
  anggaranSchema,
  skalaSchema,
  sdmSchema,
  saranaSchema,
  lainnyaSchema,
  strukturSchema,
} from '../schemas/index.ts';
import { periksaStruktur } from '../domain/tampilan/bagan.ts';
import { masalahBerkasGambar } from './berkasGambar.ts';
import type { DataLaporan } from '../domain/laporan.ts';
import { gambarkan, saranAngka } from '../schemas/pesan.ts';
import type { Masalah } from '../domain/masalah.ts';
import { jalurTeks } from './masalah.ts';
import { namaIsianDi } from './referensi.ts';
import { folderLaporan } from './folder.ts';
import { anakMasukan, jalurBaris, telusuriPohon, type Letak } from '../domain/anggaranPohon.ts';

export interface HasilMuat<T> {
  data?: T;
  masalah: Masalah[];
}

/** A problem reading a file, before any field: where and why. */
export interface GalatBaca {
  baris?: number;
  pesan: string;
}

/**
 * A file's text: UTF-8 required (a Windows-1252 "é" would silently become "�" on the site), a BOM
 * dropped; line endings are left to the readers (YAML and MDX accept CRLF).
 */
export function bacaTeks(path: string): { ok: true; teks: string } | ({ ok: false } & GalatBaca) {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return { ok: false, pesan: 'berkas tidak ditemukan atau tidak dapat dibaca' };
  }
  const salah = byteBukanUtf8(buf);
  if (salah >= 0) {
    let baris = 1;
    for (let i = 0; i < salah; i++) if (buf[i] === 0x0a) baris++;
    return {
      ok: false,
      baris,
      pesan: `berkas tidak tersimpan sebagai UTF-8 (byte ke-${salah + 1}, baris ${baris}); simpan ulang dengan pengodean UTF-8 (Notepad: Simpan Sebagai, Pengodean: UTF-8)`,
    };
  }
  const teks = buf.toString('utf8').replace(/^\uFEFF/, '');
  const kendali = KARAKTER_TERSEMBUNYI.exec(teks);
  if (kendali) {
    const sebelum = teks.slice(0, kendali.index);
    const baris = sebelum.split('\n').length;
    const kode = `U+${kendali[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const arah = /[\u202a-\u202e\u2066-\u2069]/.test(kendali[0]);
    return {
      ok: false,
      baris,
      pesan: `baris ${baris} kolom ${kendali.index - sebelum.lastIndexOf('\n')} berisi karakter tersembunyi ${kode} (${arah ? 'pembalik arah tulisan: teks dapat tampil terbalik dari yang tersimpan' : 'karakter kendali, biasanya terbawa dari salin-tempel'}); hapus karakter itu (ketik ulang bagian tersebut)`,
    };
  }
  return { ok: true, teks };
}

/**
 * Characters nobody types and nobody sees: C0/C1 control characters (tab, line feed and carriage return excepted)
 * and the bidirectional overrides, which make text show in another order than it is stored (a reviewer could
 * read a figure reversed). Refused in every data file and chapter; zero-width spaces (common in copied text) pass.
 */
const KARAKTER_TERSEMBUNYI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Offset of the first byte that is not valid UTF-8, or -1. */
function byteBukanUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms and surrogates.
    if (
      (c === 0xe0 && b[i + 1] < 0xa0) ||
      (c === 0xed && b[i + 1] > 0x9f) ||
      (c === 0xf0 && b[i + 1] < 0x90) ||
      (c === 0xf4 && b[i + 1] > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

/** Aliases (*nama) a file may expand: enough for hand-written files, too few for an "alias bomb". */
const BATAS_ALIAS = 100;

/**
 * Fields that hold a code (kode rekening, indicator/sasaran/unit codes, references to them, NIP, postal code).
 * YAML reads an unquoted `7.01012010` as the number 7.0101201 and `01` as 1; a code is never a number, so these
 * fields are read as the author typed them (the scalar's source text), with or without quotes.
 */
export const ISIAN_KODE: ReadonlySet<string> = new Set([
  'kode',
  'sasaran',
  'indikator',
  'atasan',
  'id',
  'nip',
  'kodePos',
  'skalaPredikat',
  'skalaEfisiensi',
]);

/**
 * Rewrites, in place, every unquoted number written where a code belongs into the text as typed: the value of a
 * field of ISIAN_KODE (or an item of a list under one), and with `kunciKode` the keys of the top-level map (the
 * indicator codes of realisasi.yaml).
 */
export function kodeSebagaiTeks(doc: Document, kunciKode = false): void {
  const namaKunci = (p: unknown) => (isPair(p) && isScalar(p.key) ? String(p.key.value) : undefined);
  visit(doc, {
    Scalar(key, node, path) {
      if (typeof node.value !== 'number' || node.source === undefined) return;
      const induk = path.at(-1);
      const kode =
        key === 'value'
          ? ISIAN_KODE.has(namaKunci(induk) ?? '')
          : typeof key === 'number'
            ? isSeq(induk) && ISIAN_KODE.has(namaKunci(path.at(-2)) ?? '')
            : key === 'key' && kunciKode && path.length === 3 && isDocument(path[0]);
      if (kode) node.value = node.source;
    },
  });
}

/** Parses YAML text with line positions; never throws: every problem comes back with its line. */
export function parseYaml(
  text: string,
  opsi: { kode?: boolean; kunciKode?: boolean } = {},
): { doc: Document; lines: LineCounter; nilai?: unknown; galat: GalatBaca[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (opsi.kode && !doc.errors.length) kodeSebagaiTeks(doc, opsi.kunciKode);
  const galat: GalatBaca[] = [
    ...doc.errors.map((e) => ({ baris: lines.linePos(e.pos[0]).line, pesan: terjemahYaml(e.code, e.message) })),
    ...doc.warnings
      .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
      .map((w) => ({
        baris: lines.linePos(w.pos[0]).line,
        pesan: 'tanda "!" di depan nilai tidak dikenal; hapus tanda "!" (tulis nilainya saja)',
      })),
  ];
  if (galat.length) return { doc, lines, galat };
  try {
    return { doc, lines, nilai: doc.toJS({ maxAliasCount: BATAS_ALIAS }), galat };
  } catch (e) {
    let baris: number | undefined;
    visit(doc, {
      Alias(_, node) {
        if (node.range) baris = lines.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    const pesan = /Unresolved alias/.test((e as Error).message)
      ? 'alias (*nama) dipakai sebelum jangkarnya (&nama) ditulis; tulis jangkarnya lebih dulu atau tulis nilainya langsung'
      : /alias count/i.test((e as Error).message)
        ? `terlalu banyak alias (*nama): lebih dari ${BATAS_ALIAS} salinan; tulis nilainya langsung`
        : 'berkas tidak dapat dibaca sebagai YAML';
    return { doc, lines, galat: [{ baris, pesan }] };
  }
}

/** Whether a name exists in its folder, a link that points nowhere included (existsSync follows links: it would skip it). */
function adaDiDisk(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Reads one YAML file and validates it; problems carry the file, the line and the field path. */
export function muatYaml<T>(berkas: string, schema: ZodType<T>, root: string, opsi: { kunciKode?: boolean } = {}): HasilMuat<T> {
  const rel = relative(root, berkas) || berkas;
  const seluruh = (g: GalatBaca, jalur = '(seluruh berkas)'): Masalah => ({
    tingkat: 'galat',
    berkas: rel,
    baris: g.baris,
    jalur,
    pesan: g.pesan,
  });
  if (adaDiDisk(berkas) && lstatSync(berkas).isSymbolicLink())
    return {
      masalah: [seluruh({ pesan: 'berkas ini adalah tautan (symlink) ke berkas lain; salin isinya ke sini sebagai berkas biasa' })],
    };
  const t = bacaTeks(berkas);
  if (!t.ok) return { masalah: [seluruh(t)] };
  const { doc, lines, nilai: raw, galat } = parseYaml(t.teks, { kode: true, kunciKode: opsi.kunciKode });
  if (galat.length)
    return {
      masalah: galat.map((g) => seluruh({ baris: g.baris, pesan: `penulisan berkas tidak dapat dibaca: ${g.pesan}` }, '(penulisan YAML)')),
    };
  let parsed;
  try {
    parsed = schema.safeParse(raw ?? {});
  } catch {
    // A rule of ours that failed on this input: name the file rather than stop the whole check.
    return {
      masalah: [
        seluruh({
          pesan:
            'isi berkas ini tidak dapat diperiksa (bentuknya jauh dari yang diharapkan); bandingkan dengan contoh di docs/referensi.md',
        }),
      ],
    };
  }
  if (parsed.success) return { data: parsed.data, masalah: [] };
  return {
    masalah: parsed.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const value = ambil(raw, path);
      return {
        tingkat: 'galat' as const,
        berkas: rel,
        // An empty file has no node to point at: its first line.
        baris: barisDari(doc, lines, path) ?? 1,
        jalur: jalurTeks(path),
        pesan:
          issue.code === 'unrecognized_keys'
            ? `${issue.message}; isian yang dikenal di sini: ${namaIsianDi(schema, path).join(', ')} (lihat docs/referensi.md)`
            : issue.message,
        ditemukan: issue.code === 'unrecognized_keys' || value === undefined || typeof value === 'object' ? undefined : gambarkan(value),
      };
    }),
  };
}

function terjemahYaml(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'ada nama isian yang ditulis dua kali di tempat yang sama',
    BAD_INDENT: 'indentasi (spasi di awal baris) tidak rapi',
    TAB_AS_INDENT: 'gunakan spasi, bukan tab, untuk indentasi',
    MISSING_CHAR: 'ada tanda yang kurang (mis. tanda kutip penutup)',
    BLOCK_AS_IMPLICIT_KEY: 'ada baris yang tidak diakhiri dengan benar (periksa tanda titik dua)',
    MULTILINE_IMPLICIT_KEY: 'nama isian harus ditulis dalam satu baris, diikuti titik dua',
    UNEXPECTED_TOKEN: 'ada tanda yang tidak pada tempatnya (periksa titik dua, tanda "-" dan indentasi)',
    BAD_ALIAS: 'penulisan alias (*nama) tidak benar',
    BAD_SCALAR_START: 'nilai tidak boleh diawali tanda ini; apit nilainya dengan tanda kutip',
    BAD_DIRECTIVE: 'baris yang diawali "%" tidak dikenal; hapus baris itu',
    MISSING_ANCHOR: 'alias (*nama) tanpa jangkar (&nama)',
    IMPOSSIBLE: 'penulisan tidak dapat dibaca',
    KEY_OVER_1024_CHARS: 'nama isian terlalu panjang',
    TAB_AS_INDENT_OR_VALUE: 'gunakan spasi, bukan tab',
    BLOCK_IN_FLOW: 'daftar atau kelompok di dalam [ ] atau { } harus ditulis dalam satu baris',
    RESOURCE_EXHAUSTION: 'isian bertingkat terlalu dalam (terlalu banyak [ ], { } atau indentasi bersarang); tulis lebih datar',
    MULTIPLE_DOCS: 'berkas berisi lebih dari satu dokumen (ada baris "---" di tengah berkas); hapus baris "---" itu',
    BAD_DQ_ESCAPE: 'tanda "\\" di dalam tanda kutip ganda tidak dikenal; tulis "\\\\" atau pakai tanda kutip tunggal',
    ALIAS_PROPS: 'alias (*nama) tidak boleh diberi tanda "&" atau "!"',
    MULTIPLE_ANCHORS: 'satu nilai hanya boleh punya satu jangkar (&nama)',
    MULTIPLE_TAGS: 'satu nilai hanya boleh punya satu tanda "!"',
    BAD_PROP_ORDER: 'jangkar (&nama) atau tanda "!" harus ditulis sebelum nilainya',
    NON_STRING_KEY: 'nama isian harus berupa teks, bukan daftar atau kelompok',
    BAD_COLLECTION_TYPE: 'bentuk daftar atau kelompok tidak sesuai dengan tanda "!" di depannya; hapus tanda "!"',
  };
  // An unknown library message is not shown raw (it may quote the file's bytes): only its code.
  void message;
  return known[code] ?? `penulisan YAML tidak benar (kode ${code})`;
}

function ambil(raw: unknown, path: (string | number)[]): unknown {
  let cur: unknown = raw;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** Line of the deepest node of `path` that exists in the document. */
export function barisDari(doc: Document, lines: LineCounter, path: (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** "tujuan[0].sasaran[1].kode" -> ['tujuan', 0, 'sasaran', 1, 'kode'] */
export function jalurKePath(jalur: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of jalur.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/**
 * The path of a problem in its document. A top-level key may hold dots (realisasi.yaml is keyed by indicator kode:
 * "IKU-2.2.tw3" is tw3 of IKU-2.2, not IKU-2 → 2 → tw3, which would point at the file's first line).
 */
function jalurDalam(doc: ReturnType<typeof parseDocument>, jalur: string): (string | number)[] {
  const kunci = isMap(doc.contents) ? doc.contents.items.map((i) => (isScalar(i.key) ? String(i.key.value) : '')) : [];
  const awal = kunci
    .filter((k) => k.includes('.') && (jalur === k || jalur.startsWith(`${k}.`) || jalur.startsWith(`${k}[`)))
    .sort((a, b) => b.length - a.length)[0];
  return awal ? [awal, ...jalurKePath(jalur.slice(awal.length))] : jalurKePath(jalur);
}

/** Fills in the line of problems found after validation (the checker's warnings). */
export function lengkapiBaris(root: string, masalah: Masalah[]): Masalah[] {
  const docs = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | null>();
  return masalah.map((m) => {
    if (m.baris !== undefined || !/\.ya?ml$/.test(m.berkas)) return m;
    if (!docs.has(m.berkas)) {
      try {
        const lines = new LineCounter();
        const doc = parseDocument(readFileSync(join(root, m.berkas), 'utf8'), { lineCounter: lines });
        // Paths name codes as read (realisasi key "1.10", not 1.1): the same document the loader read.
        kodeSebagaiTeks(doc, m.berkas.endsWith(`/${BERKAS.realisasi}`));
        docs.set(m.berkas, { doc, lines });
      } catch {
        docs.set(m.berkas, null);
      }
    }
    const d = docs.get(m.berkas);
    return d ? { ...m, baris: barisDari(d.doc, d.lines, jalurDalam(d.doc, m.jalur)) } : m;
  });
}

export const BERKAS = {
  laporan: 'laporan.yaml',
  kinerja: 'kinerja.yaml',
  realisasi: 'realisasi.yaml',
  anggaran: 'anggaran.yaml',
  sdm: 'sdm.yaml',
  sarana: 'sarana.yaml',
  lainnya: 'lainnya.yaml',
  struktur: 'struktur.yaml',
} as const;

/** The report ids under content/laporan/ (folders holding a laporan.yaml), sorted. */
export function daftarLaporan(contentDir: string): string[] {
  const dir = join(contentDir, 'laporan');
  if (!existsSync(dir)) return [];
  return (
    readdirSync(dir, { withFileTypes: true })
      // A link to a folder is listed too, so that the check refuses it instead of skipping what the build would read.
      .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsSync(join(dir, d.name, BERKAS.laporan)))
      .map((d) => d.name)
      .sort()
  );
}

/** Loads and validates one report folder (content/laporan/<id>) and the predikat scale it names. */
export function muatLaporan(root: string, id: string): HasilMuat<DataLaporan> {
  const folder = folderLaporan(root, id);
  const masalah: Masalah[] = [];
  if (existsSync(folder) && lstatSync(folder).isSymbolicLink())
    return {
      masalah: [
        {
          tingkat: 'galat',
          berkas: relative(root, folder),
          jalur: '(folder laporan)',
          pesan: 'folder laporan ini adalah tautan (symlink) ke folder lain; salin foldernya ke sini sebagai folder biasa',
        },
      ],
    };
  const wajib = <T>(name: string, schema: ZodType<T>) => {
    const r = muatYaml(join(folder, name), schema, root, { kunciKode: name === BERKAS.realisasi });
    masalah.push(...r.masalah);
    return r.data;
  };
  const pilihan = <T>(name: string, schema: ZodType<T>) => (adaDiDisk(join(folder, name)) ? wajib(name, schema) : undefined);

  const laporan = wajib(BERKAS.laporan, laporanSchema);
  const kinerja = wajib(BERKAS.kinerja, kinerjaSchema);
  const realisasi = pilihan(BERKAS.realisasi, realisasiSchema) ?? {};
  const anggaran = pilihan(BERKAS.anggaran, anggaranSchema);
  const sdm = pilihan(BERKAS.sdm, sdmSchema);
  const sarana = pilihan(BERKAS.sarana, saranaSchema);
  const lainnya = pilihan(BERKAS.lainnya, lainnyaSchema);
  const struktur = pilihan(BERKAS.struktur, strukturSchema);
  const masalahLogo = laporan?.logo ? masalahBerkasGambar(folder, laporan.logo) : undefined;
  if (masalahLogo)
    masalah.push({ tingkat: 'galat', berkas: relative(root, join(folder, BERKAS.laporan)), jalur: 'logo', pesan: `logo: ${masalahLogo}` });
  for (const p of struktur ? periksaStruktur(struktur) : [])
    masalah.push({ tingkat: 'galat', berkas: relative(root, join(folder, BERKAS.struktur)), jalur: p.jalur, pesan: p.pesan });

  let skala;
  if (laporan) {
    const berkasSkala = join(root, 'content', 'skala', `${laporan.skalaPredikat}.yaml`);
    if (!existsSync(berkasSkala)) {
      const ada = existsSync(join(root, 'content', 'skala'))
        ? readdirSync(join(root, 'content', 'skala'))
            .filter((f) => f.endsWith('.yaml'))
            .map((f) => f.replace(/\.yaml$/, ''))
        : [];
      masalah.push({
        tingkat: 'galat',
        berkas: relative(root, join(folder, BERKAS.laporan)),
        jalur: 'skalaPredikat',
        pesan: `skala predikat "${laporan.skalaPredikat}" tidak ada di content/skala/; pilih salah satu: ${ada.join(', ') || '(belum ada skala)'}`,
      });
    } else {
      const r = muatYaml(berkasSkala, skalaSchema, root);
      masalah.push(...r.masalah);
      skala = r.data;
    }
  }

  const skalaEfisiensi = laporan?.skalaEfisiensi ? muatSkalaEfisiensi(root, folder, laporan, masalah) : undefined;

  if (laporan?.logo) masalah.push(...periksaBerkasGambar(root, folder, laporan.logo, 'logo'));
  if (kinerja) masalah.push(...periksaRujukan(root, folder, kinerja, realisasi, anggaran, lainnya, laporan?.wilayah));
  const lengkap = lengkapiBaris(root, masalah);
  if (lengkap.some((m) => m.tingkat === 'galat') || !laporan || !kinerja || !skala) return { masalah: lengkap };
  return { data: { id, laporan, kinerja, realisasi, anggaran, skala, skalaEfisiensi, sdm, sarana, lainnya, struktur }, masalah: lengkap };
}

/** The efficiency scale named in laporan.yaml (content/skala-efisiensi/<id>.yaml); it must judge the report's own rule. */
function muatSkalaEfisiensi(root: string, folder: string, laporan: Laporan, masalah: Masalah[]): SkalaEfisiensi | undefined {
  const dir = join(root, 'content', 'skala-efisiensi');
  const berkas = join(dir, `${laporan.skalaEfisiensi}.yaml`);
  const galat = (pesan: string) =>
    masalah.push({ tingkat: 'galat', berkas: relative(root, join(folder, BERKAS.laporan)), jalur: 'skalaEfisiensi', pesan });
  if (!existsSync(berkas)) {
    const ada = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => f.replace(/\.yaml$/, ''))
      : [];
    galat(
      `skala efisiensi "${laporan.skalaEfisiensi}" tidak ada di content/skala-efisiensi/; pilih salah satu: ${ada.join(', ') || '(belum ada skala)'}`,
    );
    return undefined;
  }
  const r = muatYaml(berkas, skalaEfisiensiSchema, root);
  masalah.push(...r.masalah);
  if (!r.data) return undefined;
  if (!laporan.efisiensi)
    galat(`skala efisiensi "${r.data.id}" dipilih, tetapi laporan belum memilih rumus efisiensi (efisiensi: ${r.data.rumus})`);
  else if (laporan.efisiensi !== r.data.rumus)
    galat(`skala efisiensi "${r.data.id}" menilai hasil rumus "${r.data.rumus}", tetapi laporan memakai rumus "${laporan.efisiensi}"`);
  return r.data;
}

/**
 * A picture named in laporan.yaml (logo): a file inside the report folder, never a URL (the print browser would
 * fetch it), never outside the folder, never a link to elsewhere.
 */
function periksaBerkasGambar(root: string, folder: string, nilai: string, jalur: string): Masalah[] {
  const galat = (pesan: string): Masalah[] => [
    { tingkat: 'galat', berkas: relative(root, join(folder, BERKAS.laporan)), jalur, pesan, ditemukan: gambarkan(nilai) },
  ];
  const url = urlTerlarang(nilai, true);
  if (url) return galat(url);
  if (isAbsolute(nilai)) return galat('tulis nama berkas di folder laporan (mis. logo.png), bukan alamat lengkap');
  const path = resolve(folder, nilai);
  const rel = relative(folder, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return galat('berkas harus berada di folder laporan ini');
  if (!existsSync(path)) return galat(`berkas ${nilai} tidak ada di folder laporan`);
  if (lstatSync(path).isSymbolicLink() || !realpathSync(path).startsWith(realpathSync(folder)))
    return galat(`berkas ${nilai} adalah tautan (symlink); simpan berkasnya sendiri di folder laporan`);
  return [];
}

/** Cross-file rules: unique codes, and every reference points at something that exists. */
function periksaRujukan(
  root: string,
  folder: string,
  kinerja: DataLaporan['kinerja'],
  realisasi: DataLaporan['realisasi'],
  anggaran: DataLaporan['anggaran'],
  lainnya: DataLaporan['lainnya'],
  wilayah?: DataLaporan['laporan']['wilayah'],
): Masalah[] {
  const out: Masalah[] = [];
  const f = (name: string) => relative(root, join(folder, name));
  const galat = (berkas: string, jalur: string, pesan: string) => out.push({ tingkat: 'galat', berkas, jalur, pesan });

  const indikator = new Map<string, string>();
  const sasaran = new Map<string, string>();
  const tujuan = new Map<string, string>();
  const daftarkan = (map: Map<string, string>, kode: string, jalur: string, apa: string) => {
    const lain = map.get(kode);
    if (lain) galat(f(BERKAS.kinerja), `${jalur}.kode`, `kode ${apa} "${kode}" sudah dipakai di ${lain}; setiap kode harus unik`);
    else map.set(kode, jalur);
  };
  kinerja.tujuan.forEach((tj, ti) => {
    daftarkan(tujuan, tj.kode, `tujuan[${ti}]`, 'tujuan');
    tj.indikator.forEach((ind, ii) => daftarkan(indikator, ind.kode, `tujuan[${ti}].indikator[${ii}]`, 'indikator'));
    tj.sasaran.forEach((s, si) => {
      daftarkan(sasaran, s.kode, `tujuan[${ti}].sasaran[${si}]`, 'sasaran');
      s.indikator.forEach((ind, ii) => daftarkan(indikator, ind.kode, `tujuan[${ti}].sasaran[${si}].indikator[${ii}]`, 'indikator'));
    });
  });

  // Realisasi of a graded indicator is written with the codes of its scale; of any other, with numbers.
  const skalaDari = new Map(
    kinerja.tujuan
      .flatMap((tj) => [...tj.indikator, ...tj.sasaran.flatMap((sa) => sa.indikator)])
      .map((ind) => [ind.kode, ind.skalaNilai === undefined ? undefined : kinerja.skalaNilai.find((sk) => sk.id === ind.skalaNilai)]),
  );
  for (const [kode, r] of Object.entries(realisasi)) {
    const sk = skalaDari.get(kode);
    for (const k of ['tw1', 'tw2', 'tw3', 'tw4', 'tahunan'] as const) {
      const v: unknown = r[k];
      if (v === undefined) continue;
      if (sk && !sk.nilai.some((n) => n.kode === v))
        galat(
          f(BERKAS.realisasi),
          `${kode}.${k}`,
          `indikator ${kode} bernilai huruf (skala ${sk.id}): tulis salah satu kode ${sk.nilai.map((n) => n.kode).join(', ')}`,
        );
      if (!sk && typeof v === 'string')
        galat(f(BERKAS.realisasi), `${kode}.${k}`, saranAngka(v) ?? `harus berupa angka (indikator ${kode} tidak memiliki skalaNilai)`);
    }
    if (sk && r.bulanan)
      galat(
        f(BERKAS.realisasi),
        `${kode}.bulanan`,
        `indikator ${kode} bernilai huruf: realisasinya per triwulan atau tahunan, bukan per bulan`,
      );
  }

  for (const kode of Object.keys(realisasi)) {
    if (!indikator.has(kode))
      galat(
        f(BERKAS.realisasi),
        kode,
        `realisasi untuk indikator "${kode}" yang tidak ada di kinerja.yaml; kode yang ada: ${[...indikator.keys()].join(', ')}`,
      );
  }

  if (anggaran) {
    const kodeDipakai = new Map<string, string>();
    // A kode is unique within its budget unit (the kecamatan, each kelurahan): the same program once per unit is valid.
    type Baris = {
      kode?: string;
      unit?: string;
      indikator?: { sasaran?: string }[];
      sasaran?: (string | { kode: string })[];
      kegiatan?: Baris[];
      subKegiatan?: Baris[];
    };
    const periksaBaris = (row: Baris, induk: { kode?: string; unit?: string }, { urutan }: Letak<Baris>) => {
      const here = jalurBaris(urutan);
      const parentKode = induk.kode;
      const unit = row.unit ?? induk.unit;
      if (row.kode) {
        const kunci = `${unit ?? ''}\u0000${row.kode}`;
        const lain = kodeDipakai.get(kunci);
        if (lain)
          galat(
            f(BERKAS.anggaran),
            `${here}.kode`,
            `kode "${row.kode}" sudah dipakai di ${lain}${unit ? ` (${unit})` : ''}; kode rekening harus unik dalam satu unit`,
          );
        else kodeDipakai.set(kunci, here);
        if (parentKode && parentKode.includes('.') && !row.kode.startsWith(`${parentKode}.`))
          out.push({
            tingkat: 'peringatan',
            berkas: f(BERKAS.anggaran),
            jalur: `${here}.kode`,
            pesan: `kode "${row.kode}" tidak diawali kode induknya "${parentKode}"`,
          });
      }
      if (row.unit !== undefined) {
        if (!wilayah)
          galat(
            f(BERKAS.anggaran),
            `${here}.unit`,
            `unit "${row.unit}" tidak dikenal: tuliskan daftar kelurahan/desa di laporan.yaml (wilayah.daftar)`,
          );
        else if (!wilayah.daftar.includes(row.unit))
          galat(
            f(BERKAS.anggaran),
            `${here}.unit`,
            `${wilayah.sebutan} "${row.unit}" tidak ada di laporan.yaml (wilayah.daftar); yang ada: ${wilayah.daftar.join(', ')}`,
          );
      }
      (row.indikator ?? []).forEach((ind, ii) => {
        if (ind.sasaran && !sasaran.has(ind.sasaran))
          galat(
            f(BERKAS.anggaran),
            `${here}.indikator[${ii}].sasaran`,
            `sasaran "${ind.sasaran}" tidak ada di kinerja.yaml; kode yang ada: ${[...sasaran.keys()].join(', ')}`,
          );
      });
      (row.sasaran ?? []).forEach((s, si) => {
        const k = typeof s === 'string' ? s : s.kode;
        if (!sasaran.has(k) && !tujuan.has(k))
          galat(
            f(BERKAS.anggaran),
            `${here}.sasaran[${si}]`,
            `sasaran "${k}" tidak ada di kinerja.yaml; kode yang ada: ${[...sasaran.keys()].join(', ')}`,
          );
      });
      return { kode: row.kode, unit };
    };
    telusuriPohon<Baris, { kode?: string; unit?: string }>(anggaran.program, anakMasukan, periksaBaris, {});
  }

  const idAktivitas = new Map<string, number>();
  lainnya?.aktivitas.forEach((d, i) => {
    const lain = idAktivitas.get(d.id);
    if (lain !== undefined)
      galat(
        f(BERKAS.lainnya),
        `aktivitas[${i}].id`,
        `id daftar "${d.id}" sudah dipakai di aktivitas[${lain}]; setiap daftar aktivitas perlu id sendiri`,
      );
    else idAktivitas.set(d.id, i);
    if (d.indikator && !indikator.has(d.indikator))
      galat(f(BERKAS.lainnya), `aktivitas[${i}].indikator`, `indikator "${d.indikator}" tidak ada di kinerja.yaml`);
  });
  return out;
}
