/**
 * The hostile- and broken-input corpus (issue 16.4, 21.1, 21.3, 21.4, 21.8): each case breaks the valid
 * fixture (tests/fixtures/valid, report `contoh`) the way an author, a copy-paste or a hostile chapter would.
 * Before the catalogue and the compiled check, most of them passed `npm run check` and then broke the build
 * (or the build ran the chapter's code); the checker crashed on others. Each must now be refused by
 * the check with the file and its line. `DITERIMA` lists inputs that must be accepted, their values unchanged.
 * Every case has a kind (`jenisKasus`): `npm run lkjip`-free count per kind with `node tests/korpus-hitung.ts`.
 */
import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync, renameSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LaporanTerhitung } from '../src/domain/laporan.ts';

/** The kinds of input the suite covers (issue 21.8); a case without `jenis` takes its file's kind. */
export type Jenis =
  | 'bab'
  | 'front matter'
  | 'laporan.yaml'
  | 'kinerja.yaml'
  | 'realisasi.yaml'
  | 'anggaran.yaml'
  | 'sdm.yaml'
  | 'sarana.yaml'
  | 'lainnya.yaml'
  | 'struktur.yaml'
  | 'skala'
  | 'sintaks YAML'
  | 'kode'
  | 'kewajaran'
  | 'jalur dan tautan'
  | 'pengodean';

export interface Kasus {
  nama: string;
  jenis?: Jenis;
  /** The file (relative to the data root) the refusal must name. */
  berkas: string;
  /** Breaks a copy of the fixture at `root`. */
  ubah: (root: string) => void;
  /** The reason must say this. */
  pesan: RegExp;
  /** A refusal of the whole file or folder (a link): no line to give. */
  tanpaBaris?: boolean;
}

/** A case's kind: its own, else its file's (a chapter, a data file, a scale). */
export function jenisKasus(k: { jenis?: Jenis; berkas?: string }): Jenis {
  if (k.jenis) return k.jenis;
  const b = k.berkas ?? '';
  if (b.endsWith('.mdx')) return 'bab';
  if (b.startsWith('content/skala')) return 'skala';
  return (b.split('/').pop() ?? b) as Jenis;
}

export const LAPORAN = 'content/laporan/contoh';
export const BAB = `${LAPORAN}/bab/03-akuntabilitas.mdx`;
const SKALA = 'content/skala/lumajang-5.yaml';

const teks = (berkas: string, ubah: (t: string) => string) => (root: string) => {
  const p = join(root, berkas);
  writeFileSync(p, ubah(readFileSync(p, 'utf8')));
};
/** Adds a paragraph at the end of the chapter. */
const babTambah = (isi: string) => teks(BAB, (t) => `${t}\n${isi}\n`);
/** Replaces the chapter's capaian table by something else. */
const babGanti = (isi: string) => teks(BAB, (t) => t.replace('<TabelCapaian label="tabel-capaian" />', isi));

const berkasLaporan = (nama: string) => `${LAPORAN}/${nama}`;
/** Edits one data file of the report as text. */
const data = (nama: string, ubah: (t: string) => string) => teks(berkasLaporan(nama), ubah);
/** Appends lines to one data file. */
const dataTambah = (nama: string, isi: string) => data(nama, (t) => `${t}\n${isi}\n`);
/** The report's period set to a quarter (or semester) instead of the year. */
const periode = (jenis: 'triwulan' | 'semester', ke: number) =>
  data('laporan.yaml', (t) => t.replace('periode:\n  jenis: tahunan', `periode:\n  jenis: ${jenis}\n  ke: ${ke}`));
const dan =
  (...ubah: ((root: string) => void)[]) =>
  (root: string) =>
    ubah.forEach((u) => u(root));

export const KASUS: Kasus[] = [
  // The four of issue 16.
  { nama: '"<60%" in a Markdown table', berkas: BAB, ubah: babTambah('| Nilai | Kategori |\n|---|---|\n| <60% | kurang |'), pesan: /\\</ },
  {
    nama: 'Nilai besaran="akhir"',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace('besaran="capaian"', 'besaran="akhir"')),
    pesan: /"akhir".*capaian/,
  },
  {
    nama: 'Nilai besaran="ngawur"',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace('besaran="capaian"', 'besaran="ngawur"')),
    pesan: /pilih salah satu/,
  },
  {
    nama: 'TabelEfisiensi without an efisiensi rule',
    berkas: BAB,
    ubah: (root) => {
      babTambah('<TabelEfisiensi label="tabel-efisiensi" />')(root);
      teks(`${LAPORAN}/laporan.yaml`, (t) => t.replace(/^efisiensi: .*$/m, ''))(root);
    },
    pesan: /rumus efisiensi/,
  },
  {
    nama: 'misspelt prop sasaranSja',
    berkas: BAB,
    ubah: babGanti('<TabelCapaian label="tabel-capaian" sasaranSja />'),
    pesan: /sasaranSja tidak dikenal.*sasaranSaja/,
  },
  {
    nama: 'guessed prop perBulan',
    berkas: BAB,
    ubah: babGanti('<TabelCapaian label="tabel-capaian" perBulan />'),
    pesan: /perBulan tidak dikenal.*prop yang ada: label/,
  },
  // MDX syntax.
  { nama: 'unclosed <Lanskap>', berkas: BAB, ubah: babTambah('<Lanskap>\n\n<TabelSkala label="tabel-skala" />'), pesan: /tidak ditutup/ },
  { nama: 'closing tag without opening', berkas: BAB, ubah: babTambah('Teks.\n\n</Lanskap>'), pesan: /tanpa tag pembuka/ },
  { nama: 'mismatched tags', berkas: BAB, ubah: babTambah('Teks <b>tebal</i>.'), pesan: /tidak cocok/ },
  { nama: 'unclosed brace', berkas: BAB, ubah: babTambah('Anggaran {tahun 2024 naik.'), pesan: /kurawal/ },
  { nama: 'brace with text that is not JavaScript', berkas: BAB, ubah: babTambah('Nilai {tahun lalu} naik.'), pesan: /kurawal/ },
  {
    nama: 'prop value that does not parse',
    berkas: BAB,
    ubah: babGanti('<TabelRiwayat label="tabel-riwayat" tahun={2022 2023} />'),
    pesan: /kurawal/,
  },
  // Chapters that run code (issue 21.1).
  {
    nama: 'import of node:fs',
    berkas: BAB,
    ubah: babTambah('import fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd", "utf8")}'),
    pesan: /import atau export/,
  },
  { nama: 'export', berkas: BAB, ubah: babTambah('export const rahasia = 1'), pesan: /import atau export/ },
  { nama: '{process.env.HOME}', berkas: BAB, ubah: babTambah('Rumah: {process.env.HOME}'), pesan: /menjalankan kode/ },
  { nama: '{process.exit(7)}', berkas: BAB, ubah: babTambah('{process.exit(7)}'), pesan: /menjalankan kode/ },
  { nama: 'a computed number', berkas: BAB, ubah: babTambah('Jumlah {1 + 2} orang.'), pesan: /menjalankan kode/ },
  { nama: '<script>', berkas: BAB, ubah: babTambah('<script>alert(1)</script>'), pesan: /<script> tidak diizinkan/ },
  { nama: '<style>', berkas: BAB, ubah: babTambah('<style>{"body { display: none }"}</style>'), pesan: /<style> tidak diizinkan/ },
  {
    nama: '<iframe> from the network',
    berkas: BAB,
    ubah: babTambah('<iframe src="http://example.com/"></iframe>'),
    pesan: /<iframe> tidak diizinkan/,
  },
  { nama: '<object>', berkas: BAB, ubah: babTambah('<object data="x.swf"></object>'), pesan: /<object> tidak diizinkan/ },
  { nama: 'event handler attribute', berkas: BAB, ubah: babTambah('<b onClick="alert(1)">klik</b>'), pesan: /penangan peristiwa/ },
  { nama: 'javascript: link', berkas: BAB, ubah: babTambah('[klik](javascript:alert(1))'), pesan: /tidak diizinkan/ },
  { nama: 'javascript: href', berkas: BAB, ubah: babTambah('<a href="javascript:alert(1)">klik</a>'), pesan: /tidak diizinkan/ },
  { nama: 'remote image in Markdown', berkas: BAB, ubah: babTambah('![logo](https://example.com/logo.png)'), pesan: /dari luar/ },
  { nama: 'remote <img>', berkas: BAB, ubah: babTambah('<img src="//example.com/x.png" alt="x" />'), pesan: /dari luar/ },
  { nama: 'image outside the report folder', berkas: BAB, ubah: babTambah('![x](../../../../etc/passwd)'), pesan: /keluar dari folder/ },
  {
    nama: 'style attribute',
    berkas: BAB,
    ubah: babTambah('<span style="background:url(http://x/)">x</span>'),
    pesan: /atribut style tidak diizinkan/,
  },
  {
    nama: 'spread props',
    berkas: BAB,
    ubah: babGanti('<TabelCapaian label="tabel-capaian" {...globalThis} />'),
    pesan: /menjalankan kode/,
  },
  { nama: 'computed prop value', berkas: BAB, ubah: babGanti('<TabelCapaian label={"tabel-" + "capaian"} />'), pesan: /bukan nilai tetap/ },
  // Props against the catalogue.
  {
    nama: 'unknown component',
    berkas: BAB,
    ubah: babTambah('<TabelKinerja label="tabel-kinerja" />'),
    pesan: /<TabelKinerja> tidak dikenal/,
  },
  { nama: 'internal component', berkas: BAB, ubah: babTambah('<Keterangan label="x" judul="y" />'), pesan: /tidak dikenal/ },
  {
    nama: 'boolean prop with a text value',
    berkas: BAB,
    ubah: babGanti('<TabelCapaian label="tabel-capaian" perTriwulan="ya" />'),
    pesan: /ya\/tidak/,
  },
  {
    nama: 'wrong enum value',
    berkas: BAB,
    ubah: babTambah('<TabelAnggaran label="tabel-anggaran" sampai="semua" />'),
    pesan: /"program", "kegiatan", "subKegiatan"/,
  },
  {
    nama: 'a year instead of a list',
    berkas: BAB,
    ubah: babTambah('<TabelRiwayat label="tabel-riwayat" tahun={2023} />'),
    pesan: /daftar/,
  },
  { nama: 'missing required prop', berkas: BAB, ubah: babTambah('Lihat <Rujuk />.'), pesan: /ke wajib diisi/ },
  { nama: 'Nilai without a source', berkas: BAB, ubah: babTambah('Angka <Nilai />.'), pesan: /sebutkan apa yang dikutip/ },
  {
    nama: 'budget besaran of an indicator',
    berkas: BAB,
    ubah: babTambah('<Nilai anggaran="jumlah" besaran="capaian" />'),
    pesan: /untuk anggaran/,
  },
  { nama: 'unknown staff figure', berkas: BAB, ubah: babTambah('<Nilai sdm="pegawai" />'), pesan: /sdm="pegawai" tidak dikenal/ },
  {
    nama: 'Perhitungan of an unknown indicator',
    berkas: BAB,
    ubah: babTambah('<Perhitungan indikator="IKU-9" />'),
    pesan: /"IKU-9" tidak ada/,
  },
  {
    nama: 'PK appendix without a Perjanjian Kinerja',
    berkas: BAB,
    ubah: babTambah('<LampiranPerjanjianKinerja />'),
    pesan: /perjanjianKinerja/,
  },
  {
    nama: 'TabelWilayah without wilayah',
    berkas: BAB,
    ubah: babTambah('<TabelWilayah label="tabel-wilayah" />'),
    pesan: /wilayah\.daftar/,
  },
  {
    nama: 'TabelSdm without sdm.yaml',
    berkas: BAB,
    ubah: (root) => (babTambah('<TabelSdm label="tabel-sdm" />')(root), rmSync(join(root, LAPORAN, 'sdm.yaml'))),
    pesan: /sdm\.yaml/,
  },
  { nama: 'duplicate label', berkas: BAB, ubah: babTambah('<GrafikCapaian label="tabel-capaian" />'), pesan: /dua kali/ },
  {
    nama: 'content inside a self-contained component',
    berkas: BAB,
    ubah: babGanti('<TabelCapaian label="tabel-capaian">\n\nisi\n\n</TabelCapaian>'),
    pesan: /tidak berisi apa pun/,
  },
  // Front matter and the file itself (issue 21.3).
  {
    nama: 'tab in front matter',
    jenis: 'front matter',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace('jenis: bab', 'jenis: bab\n\tbab: 3')),
    pesan: /tab/,
  },
  {
    nama: 'duplicate key in front matter',
    jenis: 'front matter',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace('jenis: bab', 'jenis: bab\njenis: lampiran')),
    pesan: /dua kali/,
  },
  {
    nama: 'front matter missing',
    jenis: 'front matter',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace(/^---[\s\S]*?---\n/, '')),
    pesan: /front matter/,
  },
  {
    nama: 'non-UTF-8 byte in a chapter',
    jenis: 'pengodean',
    berkas: BAB,
    ubah: (root) => appendFileSync(join(root, BAB), Buffer.from([0x0a, 0x43, 0x61, 0x6d, 0x61, 0x74, 0x20, 0xe9, 0x0a])),
    pesan: /UTF-8.*baris/,
  },
  {
    nama: 'chapter that is a link',
    jenis: 'jalur dan tautan',
    berkas: BAB,
    ubah: (root) => {
      renameSync(join(root, BAB), join(root, 'bab-asli.mdx'));
      symlinkSync(join(root, 'bab-asli.mdx'), join(root, BAB));
    },
    pesan: /tautan \(symlink\)/,
    tanpaBaris: true,
  },
  // Data files.
  {
    nama: 'YAML alias bomb',
    jenis: 'sintaks YAML',
    berkas: `${LAPORAN}/lainnya.yaml`,
    ubah: teks(
      `${LAPORAN}/lainnya.yaml`,
      (t) =>
        `${t}\nbom0: &a ["x","x","x","x","x","x","x","x","x"]\nbom1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nbom2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nbom3: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
    ),
    pesan: /terlalu banyak alias/,
  },
  {
    nama: 'unknown field: the valid names at that place are listed',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => t.replace('  jabatan: Camat Contoh', '  jabatan: Camat Contoh\n  golongan: IV/a')),
    pesan: /golongan.*dikenal di sini: nama, jabatan, pangkat, nip/,
  },
  {
    nama: 'logo from the network',
    jenis: 'jalur dan tautan',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: https://example.com/logo.png\n`),
    pesan: /dari luar/,
  },
  {
    nama: 'logo outside the report folder',
    jenis: 'jalur dan tautan',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: ../../../../etc/hostname\n`),
    pesan: /keluar dari folder|di folder laporan ini/,
  },
  {
    nama: 'logo that does not exist',
    jenis: 'jalur dan tautan',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: logo.png\n`),
    pesan: /tidak ada di folder laporan/,
  },
  {
    nama: 'alias before its anchor',
    jenis: 'sintaks YAML',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => t.replace('tempat: Lumajang', 'tempat: *kota\nkota: &kota Lumajang')),
    pesan: /sebelum jangkarnya/,
  },
  {
    nama: 'pita: [] in a scale',
    berkas: SKALA,
    ubah: teks(SKALA, (t) => t.replace(/^pita:[\s\S]*$/m, 'pita: []\n')),
    pesan: /sedikitnya 2 pita/,
  },
  {
    nama: 'unknown YAML tag',
    jenis: 'sintaks YAML',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => t.replace('tempat: Lumajang', 'tempat: !!js/function Lumajang')),
    pesan: /tanda "!"/,
  },
  {
    nama: 'non-UTF-8 byte in a data file',
    jenis: 'pengodean',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: (root) => appendFileSync(join(root, LAPORAN, 'laporan.yaml'), Buffer.from('# Caf\xe9\n', 'latin1')),
    pesan: /UTF-8/,
  },
  {
    nama: 'data file that is a link',
    jenis: 'jalur dan tautan',
    berkas: `${LAPORAN}/sdm.yaml`,
    ubah: (root) => {
      renameSync(join(root, LAPORAN, 'sdm.yaml'), join(root, 'sdm-asli.yaml'));
      symlinkSync(join(root, 'sdm-asli.yaml'), join(root, LAPORAN, 'sdm.yaml'));
    },
    pesan: /tautan \(symlink\)/,
    tanpaBaris: true,
  },
  ...KASUS_KEWAJARAN(),
  ...KASUS_DATA(),
];

/** Plausibility rules (src/domain/kewajaran.ts): figures each valid alone, impossible for this report. */
function KASUS_KEWAJARAN(): Kasus[] {
  const K = berkasLaporan('kinerja.yaml');
  const R = berkasLaporan('realisasi.yaml');
  const kw = (nama: string, berkas: string, ubah: (root: string) => void, pesan: RegExp): Kasus => ({
    nama,
    jenis: 'kewajaran',
    berkas,
    ubah,
    pesan,
  });
  return [
    kw(
      'negative PK target',
      K,
      data('kinerja.yaml', (t) => t.replace('pkAwal: 87.72', 'pkAwal: -87.72')),
      /target PK indikator IKU-1 bernilai negatif.*bolehNegatif: true/,
    ),
    kw(
      'negative Renstra target of a year',
      K,
      data('kinerja.yaml', (t) => t.replace('"2026": 91.23', '"2026": -91.23')),
      /target Renstra 2026 .*negatif/,
    ),
    kw(
      'negative final Renstra target',
      K,
      data('kinerja.yaml', (t) => t.replace('akhir: 70', 'akhir: -70')),
      /target akhir Renstra indikator IPP bernilai negatif/,
    ),
    kw(
      'negative realisasi of an earlier year',
      K,
      data('kinerja.yaml', (t) => t.replace('realisasi: 91.87', 'realisasi: -91.87')),
      /realisasi 2023 indikator IKU-1 bernilai negatif/,
    ),
    kw(
      'negative quarter realisasi',
      R,
      data('realisasi.yaml', (t) => t.replace('tw3: 41', 'tw3: -41')),
      /realisasi triwulan III indikator IKU-1 bernilai negatif \(-41\)/,
    ),
    kw(
      'negative yearly realisasi',
      R,
      data('realisasi.yaml', (t) => t.replace('tahunan: 100', 'tahunan: -100')),
      /realisasi tahunan indikator IKU-2 bernilai negatif/,
    ),
    kw(
      'negative monthly realisasi',
      R,
      data('realisasi.yaml', (t) => t.replace('IKU-2:\n  tahunan: 100', 'IKU-2:\n  bulanan: { "1": -2 }')),
      /realisasi bulan Januari indikator IKU-2 bernilai negatif/,
    ),
    kw(
      'negative count in a counted realisasi',
      R,
      data('realisasi.yaml', (t) =>
        t.replace(
          'IKU-2:\n  tahunan: 100',
          'IKU-2:\n  tahunan: 100\n  perhitungan:\n    pembilang: [{ uraian: Desa tepat waktu, nilai: -4 }]\n    penyebut: { uraian: Seluruh desa, nilai: 4 }',
        ),
      ),
      /pembilang "Desa tepat waktu" indikator IKU-2 bernilai negatif/,
    ),
    kw(
      'denominator 0 in a counted realisasi',
      R,
      data('realisasi.yaml', (t) =>
        t.replace(
          'IKU-2:\n  tahunan: 100',
          'IKU-2:\n  tahunan: 100\n  perhitungan:\n    pembilang: [{ uraian: Desa tepat waktu, nilai: 0 }]\n    penyebut: { uraian: Seluruh desa, nilai: 0 }',
        ),
      ),
      /penyebut "Seluruh desa" indikator IKU-2 bernilai 0.*tidak dapat dibagi 0/,
    ),
    kw(
      'realisasi tw4 in a TW III report',
      R,
      periode('triwulan', 3),
      /realisasi triwulan IV indikator IKU-1 diisi \(87,72\), tetapi laporan ini hanya sampai bulan September/,
    ),
    kw(
      'realisasi tw3 in a first-semester report',
      R,
      periode('semester', 1),
      /realisasi triwulan III indikator IKU-1 diisi.*sampai bulan Juni/,
    ),
    kw(
      'realisasi for October in a TW III report',
      R,
      dan(
        periode('triwulan', 3),
        data('realisasi.yaml', (t) =>
          t.replace('  tw4: 87.72\n', '').replace('IPP:\n  tw4: 55.06', 'IPP:\n  bulanan: { "9": 50, "10": 55.06 }'),
        ),
      ),
      /realisasi indikator IPP untuk bulan Oktober diisi/,
    ),
    kw(
      'a note for November in a TW III report',
      R,
      dan(
        periode('triwulan', 3),
        data('realisasi.yaml', (t) =>
          t
            .replace('  tw4: 87.72\n', '')
            .replace('IPP:\n  tw4: 55.06', 'IPP:\n  tw3: 55.06\n  keteranganBulanan: { "11": Belum ada data }'),
        ),
      ),
      /keterangan indikator IPP untuk bulan November diisi/,
    ),
    kw(
      'Renstra that ends before it starts',
      berkasLaporan('laporan.yaml'),
      data('laporan.yaml', (t) => t.replace('mulai: 2024\n  akhir: 2026', 'mulai: 2026\n  akhir: 2021')),
      /periode Renstra berakhir \(2021\) sebelum dimulai \(2026\)/,
    ),
  ];
}

/** More data files of every kind, YAML written in ways a reader cannot take, hidden characters, paths. */
function KASUS_DATA(): Kasus[] {
  const f = berkasLaporan;
  return [
    // YAML syntax, in any data file.
    {
      nama: 'nesting too deep for the reader',
      jenis: 'sintaks YAML',
      berkas: f('lainnya.yaml'),
      ubah: dataTambah('lainnya.yaml', `x: ${'['.repeat(3000)}${']'.repeat(3000)}`),
      pesan: /bertingkat terlalu dalam/,
    },
    {
      nama: 'two YAML documents in one file',
      jenis: 'sintaks YAML',
      berkas: f('laporan.yaml'),
      ubah: dataTambah('laporan.yaml', '---\ninstansi: Kecamatan Lain'),
      pesan: /lebih dari satu dokumen/,
    },
    {
      nama: 'a name longer than 1024 characters',
      jenis: 'sintaks YAML',
      berkas: f('laporan.yaml'),
      ubah: dataTambah('laporan.yaml', `${'k'.repeat(1100)}: 1`),
      pesan: /terlalu panjang/,
    },
    {
      nama: 'tab indentation in a data file',
      jenis: 'sintaks YAML',
      berkas: f('sdm.yaml'),
      ubah: data('sdm.yaml', (t) => t.replace('    lakiLaki: 1', '\tlakiLaki: 1')),
      pesan: /tab/,
    },
    {
      nama: 'duplicate key in a data file',
      jenis: 'sintaks YAML',
      berkas: f('sarana.yaml'),
      ubah: data('sarana.yaml', (t) => t.replace('    jumlah: 1\n', '    jumlah: 1\n    jumlah: 2\n')),
      pesan: /dua kali/,
    },
    {
      nama: 'unknown escape in double quotes',
      jenis: 'sintaks YAML',
      berkas: f('laporan.yaml'),
      ubah: data('laporan.yaml', (t) => t.replace('tempat: Lumajang', 'tempat: "Lumajang\\q"')),
      pesan: /tanda "\\"/,
    },
    {
      nama: 'merge key (<<) of an anchor',
      jenis: 'sintaks YAML',
      berkas: f('laporan.yaml'),
      ubah: data('laporan.yaml', (t) => t.replace('tempat: Lumajang', 'tempat: Lumajang\nx: &x { a: 1 }\ny:\n  <<: *x')),
      pesan: /tidak dikenal: x, y/,
    },
    {
      nama: 'a file that is a list',
      jenis: 'sintaks YAML',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', () => '- satu\n- dua\n'),
      pesan: /kelompok isian/,
    },
    {
      nama: 'a file that is one word',
      jenis: 'sintaks YAML',
      berkas: f('sdm.yaml'),
      ubah: data('sdm.yaml', () => 'halo\n'),
      pesan: /kelompok isian/,
    },
    { nama: 'an empty laporan.yaml', berkas: f('laporan.yaml'), ubah: data('laporan.yaml', () => ''), pesan: /instansi|wajib diisi/ },
    {
      nama: '__proto__ as a field name',
      jenis: 'sintaks YAML',
      berkas: f('laporan.yaml'),
      ubah: dataTambah('laporan.yaml', '__proto__:\n  draf: true'),
      pesan: /tidak dikenal: __proto__/,
    },
    {
      nama: '"constructor" as an indicator code in realisasi.yaml',
      berkas: f('realisasi.yaml'),
      ubah: dataTambah('realisasi.yaml', 'constructor:\n  tw1: 1'),
      pesan: /"constructor" yang tidak ada/,
    },
    // Hidden characters and encodings.
    {
      nama: 'an escape character (terminal colours) in a name',
      jenis: 'pengodean',
      berkas: f('laporan.yaml'),
      ubah: data('laporan.yaml', (t) => t.replace('instansi: Kecamatan Contoh', 'instansi: "Kecamatan \x1b[31mContoh"')),
      pesan: /U\+001B/,
    },
    {
      nama: 'a NUL byte in a data file',
      jenis: 'pengodean',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('nama: Indeks Pelayanan Publik', 'nama: Indeks Pelayanan\x00 Publik')),
      pesan: /U\+0000/,
    },
    { nama: 'a bell character in a chapter', jenis: 'pengodean', berkas: BAB, ubah: babTambah('Catatan \x07 penting.'), pesan: /U\+0007/ },
    {
      nama: 'a right-to-left override in a name',
      jenis: 'pengodean',
      berkas: f('sarana.yaml'),
      ubah: data('sarana.yaml', (t) => t.replace('nama: Mobil', 'nama: "Mobil \u202e001 pR"')),
      pesan: /U\+202E.*terbalik/,
    },
    {
      nama: 'a right-to-left isolate in a chapter',
      jenis: 'pengodean',
      berkas: BAB,
      ubah: babTambah('Anggaran \u2067Rp 100\u2069 terserap.'),
      pesan: /U\+2067/,
    },
    {
      nama: 'a C1 control character in a data file',
      jenis: 'pengodean',
      berkas: f('lainnya.yaml'),
      ubah: data('lainnya.yaml', (t) => t.replace('singkatan: NGOBRAS KLAMBI', 'singkatan: NGOBRAS\u0085KLAMBI')),
      pesan: /U\+0085/,
    },
    {
      nama: 'UTF-16 data file (Notepad "Unicode")',
      jenis: 'pengodean',
      berkas: f('laporan.yaml'),
      ubah: (root) => {
        const p = join(root, f('laporan.yaml'));
        writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(p, 'utf8'), 'utf16le')]));
      },
      pesan: /UTF-8.*baris 1/,
    },
    {
      nama: 'overlong UTF-8 encoding of "/"',
      jenis: 'pengodean',
      berkas: f('sdm.yaml'),
      ubah: (root) => appendFileSync(join(root, f('sdm.yaml')), Buffer.from([0x23, 0x20, 0xc0, 0xaf, 0x0a])),
      pesan: /UTF-8/,
    },
    {
      nama: 'UTF-8 encoded surrogate',
      jenis: 'pengodean',
      berkas: f('struktur.yaml'),
      ubah: (root) => appendFileSync(join(root, f('struktur.yaml')), Buffer.from([0x23, 0x20, 0xed, 0xa0, 0x80, 0x0a])),
      pesan: /UTF-8/,
    },
    {
      nama: 'a file cut in the middle of a character',
      jenis: 'pengodean',
      berkas: f('lainnya.yaml'),
      ubah: (root) => appendFileSync(join(root, f('lainnya.yaml')), Buffer.from([0x23, 0x20, 0xe2, 0x82])),
      pesan: /UTF-8/,
    },
    // Every kind of data file, field by field.
    {
      nama: 'bolehNegatif written "ya"',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('satuan: indeks', 'satuan: indeks\n        bolehNegatif: ya')),
      pesan: /true atau false/,
    },
    {
      nama: 'misspelt field in an indicator',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('satuan: indeks', 'satuan: indeks\n        polaritass: negatif')),
      pesan: /tidak dikenal: polaritass/,
    },
    {
      nama: 'indicator without a unit',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('        satuan: indeks\n', '')),
      pesan: /wajib diisi/,
    },
    {
      nama: 'an indicator code reused as unquoted numbers 1.10 and 1.10',
      jenis: 'kode',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('kode: IPP', 'kode: 1.10').replace('kode: IKU-2', 'kode: 1.10')),
      pesan: /"1\.10" sudah dipakai/,
    },
    {
      nama: 'realisasi.yaml as a list',
      berkas: f('realisasi.yaml'),
      ubah: data('realisasi.yaml', () => '- IKU-1: 3\n'),
      pesan: /kelompok isian/,
    },
    {
      nama: 'quarter written with a decimal comma',
      berkas: f('realisasi.yaml'),
      ubah: data('realisasi.yaml', (t) => t.replace('tw1: 14.62', 'tw1: "14,62"')),
      pesan: /14.62/,
    },
    {
      nama: 'months as a list instead of numbered',
      berkas: f('realisasi.yaml'),
      ubah: data('realisasi.yaml', (t) => t.replace('IKU-2:\n  tahunan: 100', 'IKU-2:\n  bulanan: [1, 2]')),
      pesan: /kelompok|kunci bulan/,
    },
    {
      nama: 'pagu written with "Rp"',
      berkas: f('anggaran.yaml'),
      ubah: data('anggaran.yaml', (t) => t.replace('pagu: 15990000', 'pagu: Rp 15.990.000')),
      pesan: /angka/,
    },
    {
      nama: 'negative realisasi anggaran',
      berkas: f('anggaran.yaml'),
      ubah: data('anggaran.yaml', (t) => t.replace('realisasi: 900000', 'realisasi: -900000')),
      pesan: /tidak boleh negatif/,
    },
    {
      nama: 'unknown field in a budget line',
      berkas: f('anggaran.yaml'),
      ubah: data('anggaran.yaml', (t) => t.replace('sumberDana: DAU', 'sumberDana: DAU\n            rekening: 123')),
      pesan: /tidak dikenal: rekening/,
    },
    {
      nama: 'kode rekening as a list',
      berkas: f('anggaran.yaml'),
      ubah: data('anggaran.yaml', (t) => t.replace('kode: "7.01.06"', 'kode: [7, 1, 6]')),
      pesan: /kode harus berupa teks/,
    },
    {
      nama: 'staff count as words',
      berkas: f('sdm.yaml'),
      ubah: data('sdm.yaml', (t) => t.replace('lakiLaki: 5', 'lakiLaki: lima')),
      pesan: /bilangan bulat/,
    },
    {
      nama: 'staff date impossible',
      berkas: f('sdm.yaml'),
      ubah: data('sdm.yaml', (t) => t.replace('perTanggal: 2024-12-31', 'perTanggal: 2024-02-30')),
      pesan: /kalender/,
    },
    {
      nama: 'facility count negative',
      berkas: f('sarana.yaml'),
      ubah: data('sarana.yaml', (t) => t.replace('jumlah: 1\n    kondisi: Baik', 'jumlah: -1\n    kondisi: Baik')),
      pesan: /negatif/,
    },
    {
      nama: 'facility without a name',
      berkas: f('sarana.yaml'),
      ubah: data('sarana.yaml', (t) => t.replace('  - nama: Mobil\n    satuan', '  - satuan')),
      pesan: /wajib diisi/,
    },
    {
      nama: 'innovation year not a year',
      berkas: f('lainnya.yaml'),
      ubah: data('lainnya.yaml', (t) => t.replace('tahun: 2024', 'tahun: 24')),
      pesan: /tahun/,
    },
    {
      nama: 'two activity lists with one id',
      berkas: f('lainnya.yaml'),
      ubah: dataTambah('lainnya.yaml', '  - id: contoh\n    judul: Lagi\n    kelompok:\n      - jenis: Rapat\n        aktivitas: [Tiga]'),
      pesan: /contoh|dua kali|sudah dipakai/,
    },
    {
      nama: 'a unit that is its own superior',
      berkas: f('struktur.yaml'),
      ubah: data('struktur.yaml', (t) => t.replace('atasan: camat\n    letak: samping', 'atasan: sekcam\n    letak: samping')),
      pesan: /atasan/,
    },
    {
      nama: 'two units with one kode',
      berkas: f('struktur.yaml'),
      ubah: data('struktur.yaml', (t) => t.replace('kode: seksi', 'kode: sekcam')),
      pesan: /sekcam/,
    },
    {
      nama: 'unknown field in a scale band',
      berkas: SKALA,
      ubah: teks(SKALA, (t) => t.replace(/^(\s+- )/m, '$1warnaa: "#000000"\n    ')),
      pesan: /tidak dikenal: warnaa/,
    },
    {
      nama: 'signatory written as a list',
      berkas: f('laporan.yaml'),
      ubah: data('laporan.yaml', (t) =>
        t.replace('penandatangan:\n  nama: KUTUM HADI KASIYAN, S.H.', 'penandatangan:\n  - nama: KUTUM HADI KASIYAN, S.H.'),
      ),
      pesan: /kelompok|penulisan/,
    },
    {
      nama: 'a year written as 2024.0',
      berkas: f('laporan.yaml'),
      ubah: data('laporan.yaml', (t) => t.replace('tahun: 2024', 'tahun: 2024.5')),
      pesan: /tahun|bulat/,
    },
    {
      nama: 'an indicator code that is a URL',
      jenis: 'kode',
      berkas: f('kinerja.yaml'),
      ubah: data('kinerja.yaml', (t) => t.replace('kode: IPP', 'kode: "http://x/IPP"')),
      pesan: /tanpa spasi|hanya boleh/,
    },
    {
      nama: 'a kode rekening with HTML',
      jenis: 'kode',
      berkas: f('anggaran.yaml'),
      ubah: data('anggaran.yaml', (t) => t.replace('kode: "7.01.06"', 'kode: "<b>7.01.06</b>"')),
      pesan: /dipisah titik/,
    },
    {
      nama: 'an unquoted indicator code that does not match its realisasi',
      jenis: 'kode',
      berkas: f('realisasi.yaml'),
      ubah: dan(
        data('kinerja.yaml', (t) => t.replace('kode: IPP', 'kode: 1.10')),
        data('realisasi.yaml', (t) => t.replace('IPP:', '1.1:')),
      ),
      pesan: /"1\.1" yang tidak ada.*1\.10/,
    },
    // Paths and links.
    {
      nama: 'logo that is a link to a file elsewhere',
      jenis: 'jalur dan tautan',
      berkas: f('laporan.yaml'),
      ubah: (root) => {
        symlinkSync('/etc/hostname', join(root, LAPORAN, 'logo.png'));
        dataTambah('laporan.yaml', 'logo: logo.png')(root);
      },
      pesan: /tautan \(symlink\)/,
    },
    {
      nama: 'logo as an absolute path',
      jenis: 'jalur dan tautan',
      berkas: f('laporan.yaml'),
      ubah: dataTambah('laporan.yaml', 'logo: /etc/hostname'),
      pesan: /bukan alamat lengkap|folder laporan/,
    },
    {
      nama: 'logo as a file: URL',
      jenis: 'jalur dan tautan',
      berkas: f('laporan.yaml'),
      ubah: dataTambah('laporan.yaml', 'logo: file:///etc/hostname'),
      pesan: /tidak diizinkan|dari luar|folder laporan/,
    },
    {
      nama: 'a data file that is a folder',
      jenis: 'jalur dan tautan',
      berkas: f('sarana.yaml'),
      ubah: (root) => {
        rmSync(join(root, f('sarana.yaml')));
        mkdirSync(join(root, f('sarana.yaml')));
      },
      pesan: /tidak dapat dibaca/,
      tanpaBaris: true,
    },
    {
      nama: 'a link to a missing file',
      jenis: 'jalur dan tautan',
      berkas: f('lainnya.yaml'),
      ubah: (root) => {
        rmSync(join(root, f('lainnya.yaml')));
        symlinkSync(join(root, 'tidak-ada.yaml'), join(root, f('lainnya.yaml')));
      },
      pesan: /tautan \(symlink\)|tidak dapat dibaca/,
      tanpaBaris: true,
    },
    {
      nama: 'image in a chapter that is a link out of the folder',
      jenis: 'jalur dan tautan',
      berkas: BAB,
      ubah: (root) => {
        symlinkSync('/etc/hostname', join(root, LAPORAN, 'bab', 'peta.png'));
        babTambah('![peta](peta.png)')(root);
      },
      pesan: /tautan|symlink|keluar/,
    },
    {
      nama: 'Markdown image that does not exist',
      jenis: 'jalur dan tautan',
      berkas: BAB,
      ubah: babTambah('![peta](peta-kecamatan.png)'),
      pesan: /peta-kecamatan\.png.*tidak ada/,
    },
    {
      nama: 'image by a file: URL',
      jenis: 'jalur dan tautan',
      berkas: BAB,
      ubah: babTambah('<img src="file:///etc/hostname" alt="x" />'),
      pesan: /tidak diizinkan/,
    },
    {
      nama: 'image as a data: URL',
      jenis: 'jalur dan tautan',
      berkas: BAB,
      ubah: babTambah('![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)'),
      pesan: /tidak diizinkan/,
    },
    // Chapters and their front matter.
    { nama: '<svg> with onload', berkas: BAB, ubah: babTambah('<svg onload="alert(1)"></svg>'), pesan: /<svg> tidak diizinkan/ },
    {
      nama: '<form> posting elsewhere',
      berkas: BAB,
      ubah: babTambah('<form action="https://example.com/"><b>x</b></form>'),
      pesan: /<form> tidak diizinkan/,
    },
    {
      nama: '<meta http-equiv="refresh">',
      berkas: BAB,
      ubah: babTambah('<meta http-equiv="refresh" content="0;url=https://example.com/" />'),
      pesan: /<meta> tidak diizinkan/,
    },
    {
      nama: '<link rel="stylesheet"> from the network',
      berkas: BAB,
      ubah: babTambah('<link rel="stylesheet" href="https://example.com/x.css" />'),
      pesan: /<link> tidak diizinkan/,
    },
    { nama: '<base href>', berkas: BAB, ubah: babTambah('<base href="https://example.com/" />'), pesan: /<base> tidak diizinkan/ },
    { nama: '<embed>', berkas: BAB, ubah: babTambah('<embed src="x.swf" />'), pesan: /<embed> tidak diizinkan/ },
    { nama: 'vbscript: link', berkas: BAB, ubah: babTambah('<a href="vbscript:msgbox(1)">klik</a>'), pesan: /tidak diizinkan/ },
    { nama: 'an HTML comment (MDX has none)', berkas: BAB, ubah: babTambah('<!-- catatan -->'), pesan: /\\</ },
    { nama: '{import.meta.env}', berkas: BAB, ubah: babTambah('{import.meta.env}'), pesan: /menjalankan kode/ },
    {
      nama: 'an expression in an HTML attribute',
      berkas: BAB,
      ubah: babTambah('<a href={globalThis.location}>x</a>'),
      pesan: /bukan nilai tetap|menjalankan kode/,
    },
    { nama: 'export default', berkas: BAB, ubah: babTambah('export default function X() { return null }'), pesan: /import atau export/ },
    {
      nama: 'front matter never closed',
      jenis: 'front matter',
      berkas: BAB,
      ubah: teks(BAB, (t) => t.replace(/^(---[\s\S]*?)\n---\n/, '$1\n')),
      pesan: /front matter/,
    },
    {
      nama: 'unknown field in front matter',
      jenis: 'front matter',
      berkas: BAB,
      ubah: teks(BAB, (t) => t.replace('jenis: bab', 'jenis: bab\npengarang: Saya')),
      pesan: /pengarang/,
    },
    {
      nama: 'chapter number as words',
      jenis: 'front matter',
      berkas: BAB,
      ubah: teks(BAB, (t) => t.replace(/^bab: \d+$/m, 'bab: tiga')),
      pesan: /bab|angka/,
    },
    {
      nama: 'alias bomb in front matter',
      jenis: 'front matter',
      berkas: BAB,
      ubah: teks(BAB, (t) =>
        t.replace(
          'jenis: bab',
          `jenis: bab\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]`,
        ),
      ),
      pesan: /alias/,
    },
    {
      nama: 'front matter that is a list',
      jenis: 'front matter',
      berkas: BAB,
      ubah: teks(BAB, (t) => t.replace(/^---\n[\s\S]*?\n---\n/, '---\n- judul\n- bab\n---\n')),
      pesan: /front matter|kelompok|judul/,
    },
  ];
}

/** A report folder that is a link to another folder: refused (the check used to skip it and the build to publish it). */
export function folderTautan(root: string): string {
  cpSync(join(root, LAPORAN), join(root, 'asli'), { recursive: true });
  symlinkSync(join(root, 'asli'), join(root, 'content/laporan/tautan'));
  return 'tautan';
}

/** An input that must be accepted: no error; `tetap` asserts what was entered is kept as entered; `peringatan` a warning it must get. */
export interface Diterima {
  nama: string;
  jenis?: Jenis;
  berkas?: string;
  ubah: (root: string) => void;
  tetap?: (r: LaporanTerhitung) => unknown;
  peringatan?: RegExp;
}

const programKedua = (r: LaporanTerhitung) => r.data.anggaran!.program[1];
const indikator = (r: LaporanTerhitung, kode: string) => r.indikator.find((i) => i.input.kode === kode);

/** Inputs that must be accepted: Windows line endings and a byte-order mark, in chapters as in YAML; codes as typed; text kept as text. */
export const DITERIMA: Diterima[] = [
  { nama: 'chapter with CRLF line endings', jenis: 'pengodean', ubah: teks(BAB, (t) => t.replace(/\n/g, '\r\n')) },
  { nama: 'chapter with a BOM', jenis: 'pengodean', ubah: teks(BAB, (t) => `\uFEFF${t}`) },
  { nama: 'chapter with CRLF and a BOM', jenis: 'pengodean', ubah: teks(BAB, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`) },
  {
    nama: 'YAML with CRLF and a BOM',
    jenis: 'pengodean',
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
  },
  { nama: 'a comment in a chapter', jenis: 'bab', ubah: babTambah('{/* catatan untuk penyusun */}') },
  // Renders "tidak dapat dihitung" and the check warns (a new period copied from the last one has no counts yet).
  {
    nama: 'Perhitungan of an indicator without counts yet',
    jenis: 'bab',
    ubah: babTambah('<Perhitungan indikator="IPP" /> dan <Nilai perhitungan="IPP" />'),
    peringatan: /belum memiliki perhitungan/,
  },
  { nama: 'a literal list prop', jenis: 'bab', ubah: babTambah('<TabelTargetRenstra label="tabel-renstra" tahun={[2022, 2023]} />') },
  { nama: 'an escaped "<" and braces', jenis: 'bab', ubah: babTambah('Nilai \\<60% dan tanda \\{ \\} tetap teks.') },
  {
    nama: 'allowed HTML',
    jenis: 'bab',
    ubah: babTambah('Catatan<sup>1</sup> dan <b>tebal</b>, <a href="https://example.com/">tautan</a>.'),
  },
  // Codes (issue 21.4): read as typed, never through a number.
  {
    nama: 'unquoted kode rekening 7.01012010 keeps its trailing zero',
    jenis: 'kode',
    ubah: data('anggaran.yaml', (t) => t.replace('kode: "7.01.06"', 'kode: 7.01012010')),
    tetap: (r) => expectSama(programKedua(r).kode, '7.01012010'),
  },
  {
    nama: 'unquoted kode rekening 7.10 is not 7.1',
    jenis: 'kode',
    ubah: data('anggaran.yaml', (t) => t.replace('kode: "7.01.06"', 'kode: 7.10')),
    tetap: (r) => expectSama(programKedua(r).kode, '7.10'),
  },
  {
    nama: 'unquoted indicator code 1.10, also as the realisasi key',
    jenis: 'kode',
    ubah: dan(
      data('kinerja.yaml', (t) => t.replace('kode: IPP', 'kode: 1.10')),
      data('realisasi.yaml', (t) => t.replace('IPP:', '1.10:')),
    ),
    tetap: (r) => expectSama(indikator(r, '1.10')?.masukanRealisasi.tw4, 55.06),
  },
  {
    nama: 'unquoted sasaran code 01 and the budget line that names it',
    jenis: 'kode',
    ubah: dan(
      data('kinerja.yaml', (t) => t.replace('kode: S2', 'kode: 01')),
      data('anggaran.yaml', (t) => t.replace('sasaran: [S2]', 'sasaran: [01]')),
    ),
    tetap: (r) => expectSama(r.sasaran.find((x) => x.kode === '01')?.anggaran.ok, true),
  },
  {
    nama: 'unquoted NIP of 18 digits is read exactly',
    jenis: 'kode',
    ubah: data('laporan.yaml', (t) => t.replace('nip: "19680407 198903 1 006"', 'nip: 196804071989031006')),
    tetap: (r) => expectSama(r.data.laporan.penandatangan.nip?.replace(/\s/g, ''), '196804071989031006'),
  },
  {
    nama: 'a number that is not a code stays a number (target 87.720)',
    jenis: 'kode',
    ubah: data('kinerja.yaml', (t) => t.replace('pkAwal: 87.72', 'pkAwal: 87.720')),
    tetap: (r) => expectSama(indikator(r, 'IKU-1')?.input.target.pkAwal, 87.72),
  },
  // Text is kept as text: markup, formulas and scripts are data, shown escaped (and neutralised in CSV).
  {
    nama: 'HTML and a script in a name',
    jenis: 'laporan.yaml',
    ubah: data('laporan.yaml', (t) =>
      t.replace('instansi: Kecamatan Contoh', 'instansi: "Kecamatan <script>alert(1)</script> & <b>Contoh</b>"'),
    ),
    tetap: (r) => expectSama(r.data.laporan.instansi, 'Kecamatan <script>alert(1)</script> & <b>Contoh</b>'),
  },
  {
    nama: 'a spreadsheet formula as a facility name',
    jenis: 'sarana.yaml',
    ubah: data('sarana.yaml', (t) => t.replace('nama: Mobil', 'nama: "=HYPERLINK(\\"http://x/\\",\\"klik\\")"')),
    tetap: (r) => expectSama(r.data.sarana!.barang[0].nama, '=HYPERLINK("http://x/","klik")'),
  },
  {
    nama: 'a zero-width space copied from a web page',
    jenis: 'pengodean',
    ubah: data('sdm.yaml', (t) => t.replace('jabatan: Camat', 'jabatan: "Ca\u200bmat"')),
    tetap: (r) => expectSama(r.data.sdm!.baris[0].jabatan, 'Ca\u200bmat'),
  },
  {
    nama: 'Javanese script and emoji in a chapter',
    jenis: 'bab',
    ubah: babTambah('Sugeng rawuh ꦱꦸꦒꦼꦁ ꦫꦮꦸꦃ 🙏.'),
  },
  // Plausibility: what is allowed.
  {
    nama: 'a negative realisasi when the indicator allows it',
    jenis: 'kewajaran',
    ubah: dan(
      data('kinerja.yaml', (t) => t.replace('satuan: indeks', 'satuan: indeks\n        bolehNegatif: true')),
      data('realisasi.yaml', (t) => t.replace('IPP:\n  tw4: 55.06', 'IPP:\n  tw4: -1.5')),
    ),
    tetap: (r) => expectSama(indikator(r, 'IPP')?.masukanRealisasi.tw4, -1.5),
  },
  {
    nama: 'realisasi anggaran above pagu: a warning',
    jenis: 'kewajaran',
    ubah: data('anggaran.yaml', (t) => t.replace('realisasi: 900000', 'realisasi: 2600000')),
    peringatan: /realisasi anggaran 7\.01\.01\.2\.01\.01 (Rp\s?)?2\.600\.000 melebihi pagunya (Rp\s?)?2\.500\.000/,
  },
  {
    nama: 'a Renstra of one year',
    jenis: 'kewajaran',
    ubah: data('laporan.yaml', (t) => t.replace('mulai: 2024\n  akhir: 2026', 'mulai: 2024\n  akhir: 2024')),
  },
  {
    nama: 'a report year outside the Renstra: a warning',
    jenis: 'kewajaran',
    ubah: data('laporan.yaml', (t) => t.replace('mulai: 2024\n  akhir: 2026', 'mulai: 2019\n  akhir: 2023')),
    peringatan: /tahun laporan 2024 berada di luar periode Renstra 2019–2023/,
  },
  {
    nama: 'monthly targets for the whole year in a TW III report: a warning',
    jenis: 'kewajaran',
    ubah: dan(
      periode('triwulan', 3),
      data('realisasi.yaml', (t) => t.replace('  tw4: 87.72\n', '').replace('IPP:\n  tw4: 55.06', 'IPP:\n  tw3: 55.06')),
      data('kinerja.yaml', (t) => t.replace('pkAwal: 61.5', 'pkAwal: 61.5\n          bulanan: { "9": 60, "12": 61.5 }')),
    ),
    peringatan: /target bulanan indikator IPP untuk bulan Desember diisi/,
  },
  {
    nama: 'a counted realisasi with nothing counted above the line',
    jenis: 'kewajaran',
    ubah: data('realisasi.yaml', (t) =>
      t.replace(
        'IKU-2:\n  tahunan: 100',
        'IKU-2:\n  tahunan: 0\n  perhitungan:\n    pembilang: [{ uraian: Desa tepat waktu, nilai: 0 }]\n    penyebut: { uraian: Seluruh desa, nilai: 4 }',
      ),
    ),
    tetap: (r) => expectSama(indikator(r, 'IKU-2')?.realisasi, { ok: true, nilai: 0 }),
  },
];

/** A failed `tetap` names what was expected and what came out. */
function expectSama(nyata: unknown, harap: unknown): void {
  if (JSON.stringify(nyata) !== JSON.stringify(harap))
    throw new Error(`nilai berubah: diharapkan ${JSON.stringify(harap)}, didapat ${JSON.stringify(nyata)}`);
}

/** Count per kind (issue 21.8: the closing note's table). */
export function hitungPerJenis(): { jenis: Jenis; ditolak: number; diterima: number }[] {
  const peta = new Map<Jenis, { ditolak: number; diterima: number }>();
  const tambah = (j: Jenis, k: 'ditolak' | 'diterima') => {
    const x = peta.get(j) ?? { ditolak: 0, diterima: 0 };
    x[k]++;
    peta.set(j, x);
  };
  KASUS.forEach((k) => tambah(jenisKasus(k), 'ditolak'));
  tambah('jalur dan tautan', 'ditolak'); // folderTautan
  DITERIMA.forEach((k) => tambah(jenisKasus(k), 'diterima'));
  return [...peta].map(([jenis, n]) => ({ jenis, ...n })).sort((a, b) => a.jenis.localeCompare(b.jenis));
}
