/**
 * The authors' reference (docs/referensi.md), generated so it cannot drift: every data file and field from
 * the Zod schemas (type, required, allowed values, limits, default, an example taken from a report that
 * fills every field), and every chapter component from the catalogue (what it shows, every prop, an
 * example). A field's text is its schema's `.describe()`: the only source of field documentation.
 */
import { z } from 'zod';
import {
  laporanSchema,
  kinerjaSchema,
  realisasiSchema,
  anggaranSchema,
  skalaSchema,
  sdmSchema,
  saranaSchema,
  lainnyaSchema,
} from '../schemas/index.ts';
import { babSchema } from '../schemas/bab.ts';
import { skalaEfisiensiSchema } from '../schemas/efisiensi.ts';
import { KATALOG, type EntriKomponen } from '../components/katalog.ts';

/** The data files of a report, in the order an author meets them. */
export const BERKAS_DATA: { berkas: string; wajib: boolean; uraian: string; schema: z.ZodType }[] = [
  {
    berkas: 'laporan.yaml',
    wajib: true,
    uraian: 'Identitas laporan: instansi, periode, penandatangan, skala predikat, pembulatan.',
    schema: laporanSchema,
  },
  { berkas: 'kinerja.yaml', wajib: true, uraian: 'Tujuan, sasaran dan indikator kinerja dengan targetnya.', schema: kinerjaSchema },
  {
    berkas: 'realisasi.yaml',
    wajib: false,
    uraian: 'Realisasi setiap indikator (per triwulan, per bulan, atau dihitung dari pembilang/penyebut).',
    schema: realisasiSchema,
  },
  {
    berkas: 'anggaran.yaml',
    wajib: false,
    uraian: 'Program, kegiatan dan sub kegiatan dengan pagu, realisasi dan indikator keluarannya.',
    schema: anggaranSchema,
  },
  { berkas: 'sdm.yaml', wajib: false, uraian: 'Pegawai per jabatan.', schema: sdmSchema },
  { berkas: 'sarana.yaml', wajib: false, uraian: 'Sarana dan prasarana.', schema: saranaSchema },
  { berkas: 'lainnya.yaml', wajib: false, uraian: 'Inovasi, daftar aktivitas, prestasi.', schema: lainnyaSchema },
  {
    berkas: 'content/skala/<nama>.yaml',
    wajib: true,
    uraian: 'Skala predikat, dipilih di laporan.yaml (skalaPredikat).',
    schema: skalaSchema,
  },
  {
    berkas: 'content/skala-efisiensi/<nama>.yaml',
    wajib: false,
    uraian: 'Skala penilaian efisiensi, dipilih di laporan.yaml (skalaEfisiensi).',
    schema: skalaEfisiensiSchema,
  },
  { berkas: 'bab/*.mdx (front matter)', wajib: true, uraian: 'Bagian atas setiap bab, di antara dua baris "---".', schema: babSchema },
];

type Json = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  additionalProperties?: boolean | Json;
  propertyNames?: Json;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
  $ref?: string;
  $defs?: Record<string, Json>;
};

/** One documented field: its path as written in the file, and what it accepts. */
export interface Isian {
  jalur: string;
  jenis: string;
  wajib: boolean;
  nilai: string;
  uraian?: string;
  contoh?: string;
}

const JENIS: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  integer: 'bilangan bulat',
  boolean: 'ya/tidak (true/false)',
  array: 'daftar',
  object: 'kelompok isian',
  null: 'kosong',
};

/** Every field of a schema, depth first, with `[]` for list items and `<kunci>` for free keys. */
export function daftarIsian(schema: z.ZodType): Isian[] {
  const akar = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as Json;
  const defs = akar.$defs ?? {};
  const out: Isian[] = [];
  const lihat = (j: Json): Json => (j.$ref ? (defs[j.$ref.replace(/^#\/\$defs\//, '')] ?? j) : j);
  const dilihat = new Set<string>();
  const jalan = (j0: Json, jalur: string, wajib: boolean, uraianLuar?: string) => {
    const j = lihat(j0);
    const uraian = j0.description ?? j.description ?? uraianLuar;
    const pilihan = j.anyOf ?? j.oneOf;
    if (pilihan) {
      const bukanKosong = pilihan.map(lihat).filter((p) => p.type !== 'null');
      if (bukanKosong.length === 1) return jalan(bukanKosong[0], jalur, wajib, uraian);
      const semuaObjek = bukanKosong.every((p) => p.properties);
      const jenis = semuaObjek ? 'kelompok isian (salah satu bentuk)' : [...new Set(bukanKosong.map(jenisDari))].join(' atau ');
      if (jalur) out.push({ jalur, jenis, wajib, nilai: semuaObjek ? '' : bukanKosong.map(nilaiDari).filter(Boolean).join('; '), uraian });
      // The properties of each shape (a discriminated union such as periode) are listed under the same path.
      for (const p of bukanKosong) if (p.properties) jalanObjek(p, jalur);
      return;
    }
    if (jalur) out.push({ jalur, jenis: jenisDari(j), wajib, nilai: nilaiDari(j), uraian });
    if (j0.$ref) {
      if (dilihat.has(j0.$ref)) return;
      dilihat.add(j0.$ref);
    }
    if (j.properties) jalanObjek(j, jalur);
    if (j.items) jalan(j.items, `${jalur}[]`, true);
    if (j.additionalProperties && typeof j.additionalProperties === 'object')
      jalan(j.additionalProperties, jalur ? `${jalur}.<kunci>` : '<kunci>', false);
    if (j0.$ref) dilihat.delete(j0.$ref);
  };
  const jalanObjek = (j: Json, jalur: string) => {
    for (const [k, v] of Object.entries(j.properties ?? {})) {
      const ada = out.find((x) => x.jalur === (jalur ? `${jalur}.${k}` : k));
      if (ada) {
        // The same field in another shape of a union: a fixed value there is one more allowed value here.
        const c = lihat(v).const;
        if (c !== undefined) {
          ada.nilai = [ada.nilai || ada.jenis.replace(/^tetap /, ''), JSON.stringify(c)].join(', ');
          ada.jenis = 'pilihan';
        }
        continue;
      }
      jalan(v, jalur ? `${jalur}.${k}` : k, (j.required ?? []).includes(k) && lihat(v).default === undefined);
    }
  };
  jalan(akar, '', true);
  return out;
}

function jenisDari(j: Json): string {
  if (j.const !== undefined) return `tetap ${JSON.stringify(j.const)}`;
  if (j.properties) return 'kelompok isian';
  if (j.enum) return 'pilihan';
  const t = Array.isArray(j.type) ? j.type : j.type ? [j.type] : [];
  return t.map((x) => JENIS[x] ?? x).join(' atau ') || 'bebas';
}

function nilaiDari(j: Json): string {
  const b: string[] = [];
  if (j.enum) b.push(j.enum.map((v) => JSON.stringify(v)).join(', '));
  if (j.minimum !== undefined) b.push(`≥ ${j.minimum}`);
  if (j.exclusiveMinimum !== undefined) b.push(`> ${j.exclusiveMinimum}`);
  if (j.maximum !== undefined) b.push(`≤ ${j.maximum}`);
  if (j.minItems) b.push(`sedikitnya ${j.minItems} butir`);
  if (j.default !== undefined) b.push(`bila kosong: ${JSON.stringify(j.default)}`);
  return b.join('; ');
}

/** The value at a documented path in an example file (first list item, first free key), shown as YAML writes it. */
export function contohDi(data: unknown, jalur: string): string | undefined {
  let cur: unknown = data;
  for (const bagian of jalur.split('.')) {
    const m = /^(.*?)((?:\[\])*)$/.exec(bagian)!;
    const [, nama, daftar] = m;
    if (nama === '<kunci>') cur = cur && typeof cur === 'object' ? Object.values(cur)[0] : undefined;
    else cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[nama] : undefined;
    for (let i = 0; i < daftar.length / 2; i++) cur = Array.isArray(cur) ? cur[0] : undefined;
    if (cur === undefined) return undefined;
  }
  if (cur === null || typeof cur === 'object') return undefined;
  const s = typeof cur === 'string' ? JSON.stringify(cur) : String(cur);
  return s.length > 50 ? `${s.slice(0, 47)}…"` : s;
}

/** The props of a component as rows, from its catalogue schema. */
export function daftarProp(e: EntriKomponen): Isian[] {
  return daftarIsian(e.props).filter((i) => !i.jalur.includes('['));
}

const sel = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The whole reference, as Markdown. `contoh`: example data per file name (e.g. the kitchen-sink report). */
export function buatReferensi(contoh: Record<string, unknown> = {}): string {
  const b: string[] = [
    '# Referensi penyusunan laporan',
    '',
    '<!-- Dibuat otomatis oleh `npm run referensi` dari skema data (src/schemas/) dan katalog komponen',
    '     (src/components/katalog.ts). Jangan diubah dengan tangan: ubah keterangan di skema atau katalog. -->',
    '',
    'Daftar lengkap berkas data, isian dan komponen bab yang dapat dipakai, dibuat dari aturan yang sama dengan',
    'yang dipakai `npm run check`. Panduan langkah demi langkah ada di [panduan.md](panduan.md).',
    '',
    '- **Wajib**: isian harus ada. Isian lain boleh tidak ditulis.',
    '- Nama isian ditulis persis seperti di sini (huruf besar/kecil dibedakan); isian yang tidak dikenal ditolak.',
    '- `[]` berarti butir daftar (baris diawali `- `); `<kunci>` berarti nama bebas yang Anda pilih.',
    '',
    '## Berkas data',
    '',
  ];
  for (const f of BERKAS_DATA) {
    b.push(
      `### ${f.berkas}${f.wajib ? ' (wajib)' : ''}`,
      '',
      f.uraian,
      '',
      '| Isian | Jenis | Wajib | Nilai yang boleh | Keterangan | Contoh |',
      '|---|---|---|---|---|---|',
    );
    for (const i of daftarIsian(f.schema)) {
      const c = contohDi(contoh[f.berkas], i.jalur);
      b.push(
        `| \`${i.jalur}\` | ${i.jenis} | ${i.wajib ? 'wajib' : ''} | ${sel(i.nilai)} | ${sel(i.uraian ?? '—')} | ${c ? `\`${sel(c)}\`` : ''} |`,
      );
    }
    b.push('');
  }
  b.push(
    '## Komponen bab',
    '',
    'Komponen ditulis di dalam bab (berkas .mdx) tanpa import, mis. `<TabelCapaian label="tabel-capaian" />`. Nilai prop ditulis',
    'dalam tanda kutip (`judul="..."`), angka dan daftar dalam kurung kurawal (`tahun={[2022, 2023]}`), pilihan ya/tidak cukup',
    'dengan namanya (`sasaranSaja`). Bab tidak dapat menjalankan kode: `import`, `export`, `{...}` selain komentar `{/* ... */}`,',
    '`<script>`, `<iframe>`, `<style>` dan alamat gambar dari luar ditolak.',
    '',
  );
  for (const [nama, e0] of Object.entries(KATALOG)) {
    const e = e0 as unknown as EntriKomponen;
    b.push(`### \`<${nama}>\``, '', e.uraian, '', '```mdx', e.contoh, '```', '');
    const props = daftarProp(e);
    if (props.length === 0) b.push('Tanpa prop.', '');
    else {
      b.push('| Prop | Jenis | Wajib | Nilai yang boleh | Keterangan |', '|---|---|---|---|---|');
      for (const p of props)
        b.push(`| \`${p.jalur}\` | ${p.jenis} | ${p.wajib ? 'wajib' : ''} | ${sel(p.nilai)} | ${sel(p.uraian ?? '—')} |`);
      b.push('');
    }
  }
  return b.join('\n');
}

/** What has no documentation yet: every component and prop must have it; fields are reported for the schemas' owners. */
export function tanpaKeterangan(): { komponen: string[]; isian: string[] } {
  const komponen: string[] = [];
  for (const [nama, e0] of Object.entries(KATALOG)) {
    const e = e0 as unknown as EntriKomponen;
    if (!e.uraian?.trim() || !e.contoh?.trim()) komponen.push(nama);
    for (const p of daftarProp(e)) if (!p.uraian?.trim()) komponen.push(`${nama}.${p.jalur}`);
  }
  const isian = BERKAS_DATA.flatMap((f) =>
    daftarIsian(f.schema)
      .filter((i) => !i.uraian?.trim())
      .map((i) => `${f.berkas}: ${i.jalur}`),
  );
  return { komponen, isian };
}

const isianPerSkema = new WeakMap<z.ZodType, string[]>();

/** The field names a schema accepts at a place in a file (for "unknown field" messages). */
export function namaIsianDi(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let jalur = isianPerSkema.get(schema);
  if (!jalur) {
    jalur = daftarIsian(schema).map((i) => i.jalur);
    isianPerSkema.set(schema, jalur);
  }
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&');
  let pola = '';
  for (const seg of path) pola += typeof seg === 'number' ? '\\[\\]' : `${pola ? '\\.' : ''}(?:${esc(String(seg))}|<kunci>)`;
  const re = new RegExp(`^${pola}${pola ? '\\.' : ''}([^.\\[\\]<>]+)$`);
  return [...new Set(jalur.map((j) => re.exec(j)?.[1]).filter((x): x is string => !!x))];
}
