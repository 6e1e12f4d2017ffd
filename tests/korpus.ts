/**
 * The broken-input corpus of the authoring contract (issue 16.4, 21.1, 21.3): each case breaks the valid
 * fixture (tests/fixtures/valid, report `contoh`) the way an author or a hostile chapter would. Before
 * the catalogue and the compiled check, most of them passed `npm run check` and then broke the build
 * (or the build ran the chapter's code); the checker crashed on others. Each must now be refused by
 * the check with the file and its line. `DITERIMA` lists inputs that must be accepted unchanged.
 */
import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync, cpSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface Kasus {
  nama: string;
  /** The file (relative to the data root) the refusal must name. */
  berkas: string;
  /** Breaks a copy of the fixture at `root`. */
  ubah: (root: string) => void;
  /** The reason must say this. */
  pesan: RegExp;
  /** A refusal of the whole file or folder (a link): no line to give. */
  tanpaBaris?: boolean;
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
  { nama: 'tab in front matter', berkas: BAB, ubah: teks(BAB, (t) => t.replace('jenis: bab', 'jenis: bab\n\tbab: 3')), pesan: /tab/ },
  {
    nama: 'duplicate key in front matter',
    berkas: BAB,
    ubah: teks(BAB, (t) => t.replace('jenis: bab', 'jenis: bab\njenis: lampiran')),
    pesan: /dua kali/,
  },
  { nama: 'front matter missing', berkas: BAB, ubah: teks(BAB, (t) => t.replace(/^---[\s\S]*?---\n/, '')), pesan: /front matter/ },
  {
    nama: 'non-UTF-8 byte in a chapter',
    berkas: BAB,
    ubah: (root) => appendFileSync(join(root, BAB), Buffer.from([0x0a, 0x43, 0x61, 0x6d, 0x61, 0x74, 0x20, 0xe9, 0x0a])),
    pesan: /UTF-8.*baris/,
  },
  {
    nama: 'chapter that is a link',
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
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: https://example.com/logo.png\n`),
    pesan: /dari luar/,
  },
  {
    nama: 'logo outside the report folder',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: ../../../../etc/hostname\n`),
    pesan: /keluar dari folder|di folder laporan ini/,
  },
  {
    nama: 'logo that does not exist',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `${t}\nlogo: logo.png\n`),
    pesan: /tidak ada di folder laporan/,
  },
  {
    nama: 'alias before its anchor',
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
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => t.replace('tempat: Lumajang', 'tempat: !!js/function Lumajang')),
    pesan: /tanda "!"/,
  },
  {
    nama: 'non-UTF-8 byte in a data file',
    berkas: `${LAPORAN}/laporan.yaml`,
    ubah: (root) => appendFileSync(join(root, LAPORAN, 'laporan.yaml'), Buffer.from('# Caf\xe9\n', 'latin1')),
    pesan: /UTF-8/,
  },
  {
    nama: 'data file that is a link',
    berkas: `${LAPORAN}/sdm.yaml`,
    ubah: (root) => {
      renameSync(join(root, LAPORAN, 'sdm.yaml'), join(root, 'sdm-asli.yaml'));
      symlinkSync(join(root, 'sdm-asli.yaml'), join(root, LAPORAN, 'sdm.yaml'));
    },
    pesan: /tautan \(symlink\)/,
    tanpaBaris: true,
  },
];

/** A report folder that is a link to another folder: refused (the check used to skip it and the build to publish it). */
export function folderTautan(root: string): string {
  cpSync(join(root, LAPORAN), join(root, 'asli'), { recursive: true });
  symlinkSync(join(root, 'asli'), join(root, 'content/laporan/tautan'));
  return 'tautan';
}

/** Inputs that must be accepted: Windows line endings and a byte-order mark, in chapters as in YAML. */
export const DITERIMA: { nama: string; ubah: (root: string) => void }[] = [
  { nama: 'chapter with CRLF line endings', ubah: teks(BAB, (t) => t.replace(/\n/g, '\r\n')) },
  { nama: 'chapter with a BOM', ubah: teks(BAB, (t) => `\uFEFF${t}`) },
  { nama: 'chapter with CRLF and a BOM', ubah: teks(BAB, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`) },
  { nama: 'YAML with CRLF and a BOM', ubah: teks(`${LAPORAN}/laporan.yaml`, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`) },
  { nama: 'a comment in a chapter', ubah: babTambah('{/* catatan untuk penyusun */}') },
  // Renders "tidak dapat dihitung" and the check warns (a new period copied from the last one has no counts yet).
  {
    nama: 'Perhitungan of an indicator without counts yet',
    ubah: babTambah('<Perhitungan indikator="IPP" /> dan <Nilai perhitungan="IPP" />'),
  },
  { nama: 'a literal list prop', ubah: babTambah('<TabelTargetRenstra label="tabel-renstra" tahun={[2022, 2023]} />') },
  { nama: 'an escaped "<" and braces', ubah: babTambah('Nilai \\<60% dan tanda \\{ \\} tetap teks.') },
  { nama: 'allowed HTML', ubah: babTambah('Catatan<sup>1</sup> dan <b>tebal</b>, <a href="https://example.com/">tautan</a>.') },
];
