/**
 * "Nothing entered is ever ignored": the kitchen-sink report (tests/fixtures/kitchen-sink/) gives every
 * field of every schema a distinctive value; each value must be found in the built site (web and print
 * pages, as text or in an attribute), in the data downloads, or, for figures typed only for the checker
 * (`tertulis`, `capaianTertulis`, `jumlahTertulis`), in the checker's output.
 * The field list is derived from the Zod schemas, so a field added to a schema without a value in the
 * fixture, or without an output, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import type { ZodType } from 'zod';
import * as skema from '../src/schemas/index.ts';
import { babSchema } from '../src/schemas/bab.ts';
import { salinKodeProyek, bangunProyek } from '../scripts/lib/proyek.ts';
import { daunSkema, nilaiDiJalur, type Nilai } from './kitchen-sink/daun.ts';
import { teksHtml } from './built/situs.ts';
import { RUMUS_EFISIENSI } from '../src/domain/efisiensi.ts';

const FIXTURE = 'tests/fixtures/kitchen-sink/content';
const ID = 'lengkap';

/** Each file-level schema exported by src/schemas/index.ts, and the fixture file(s) it validates. */
function berkasSkema(): { nama: string; schema: ZodType; berkas: string[] }[] {
  const out: { nama: string; schema: ZodType; berkas: string[] }[] = [];
  for (const [nama, s] of Object.entries(skema)) {
    if (!nama.endsWith('Schema')) continue;
    const dasar = nama.replace(/Schema$/, '');
    const berkas =
      dasar === 'skala' || dasar === 'skalaEfisiensi'
        ? readdirSync(join(FIXTURE, dasar === 'skala' ? 'skala' : 'skala-efisiensi')).map((f) =>
            join(FIXTURE, dasar === 'skala' ? 'skala' : 'skala-efisiensi', f),
          )
        : [join(FIXTURE, 'laporan', ID, `${dasar}.yaml`)];
    out.push({ nama, schema: s as ZodType, berkas });
  }
  const bab = join(FIXTURE, 'laporan', ID, 'bab');
  out.push({ nama: 'babSchema', schema: babSchema, berkas: readdirSync(bab).map((f) => join(bab, f)) });
  return out;
}

function bacaDokumen(f: string): unknown {
  const text = readFileSync(f, 'utf8');
  if (f.endsWith('.mdx')) return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  return parse(text);
}

/** Figures typed only so the checker can compare them. */
const hanyaPemeriksa = (jalur: string) => /(^|[.\]}])(tertulis|\w+Tertulis)([.[{]|$)/.test(jalur);

/**
 * Settings whose value is not printed but changes the output: each is checked by its effect.
 * Keyed by "schema:path"; a field is listed here only when its value cannot sensibly be shown as text.
 */
const PENGARUH: Record<string, (o: Keluaran) => boolean> = {
  // Truncated to 3 decimals: IKU-PANCI capaian 43,10 / 64,37 = 66,95665…% prints 66,956% (half-up would print 66,957%).
  'laporanSchema:pembulatan.cara': (o) => o.teks.includes('66,956%') && !o.teks.includes('66,957%'),
  'laporanSchema:pembulatan.desimal': (o) => o.teks.includes('66,956%'),
  // Budget percentages half-up with 1 decimal: 3.904.903 / 4.817.300 = 81,0599…% prints 81,1% (truncated: 81,0%).
  'laporanSchema:pembulatanAnggaran.cara': (o) => o.teks.includes('81,1%') && !o.teks.includes('81,0%'),
  'laporanSchema:pembulatanAnggaran.desimal': (o) => o.teks.includes('81,1%'),
  // Capaian against the first PK (64,37), not the PK Perubahan (66,21): the data file says which.
  'laporanSchema:acuanTarget': (o) => /IKU-PANCI[^\n]*,64\.37,PK,/.test(o.data),
  'laporanSchema:efisiensi': (o) => o.teks.includes(RUMUS_EFISIENSI.rasio),
  'laporanSchema:penomoran.tabel': (o) => /Tabel 7 /.test(o.teks) && !/Tabel \d+\.\d+ /.test(o.teks),
  'laporanSchema:penomoran.gambar': (o) => /Gambar 3\.1 /.test(o.teks),
  'laporanSchema:periode.ke': (o) => o.teks.includes('Triwulan III Tahun 2031'),
  'laporanSchema:bolakBalik': (o) => o.html.includes('class="isi bolak-balik"'),
  // A draft is published only with LKJIP_DRAF=1, which this build sets (tests/built/situs.test.ts: drafts left out without it).
  'laporanSchema:draf': (o) => o.html.includes('Kecamatan Dapurlengkap'),
  // References by id: the report names its scale, a chapter names its activity list.
  'laporanSchema:skalaPredikat': (o) => o.teks.includes('Skala Uji Dapur Lengkap'),
  'skalaSchema:id': (o) => o.teks.includes('Skala Uji Dapur Lengkap'),
  // The report names its efficiency scale; the scale names the rule whose figures it judges (printed with the table).
  'laporanSchema:skalaEfisiensi': (o) => o.teks.includes('Skala Efisiensi Dapur Uji'),
  'skalaEfisiensiSchema:id': (o) => o.teks.includes('Skala Efisiensi Dapur Uji'),
  'skalaEfisiensiSchema:rumus': (o) => o.teks.includes(RUMUS_EFISIENSI.rasio),
  // The line without a kode is numbered by the outline: program I, kegiatan I.1, its first sub kegiatan I.1.1.
  'laporanSchema:nomorBaris': (o) => /I\.1\.1 Sub Kegiatan Pengukusan Tanpa Kode Uji/.test(o.teks),
  // Shares are printed as percentages under the tables of sasaran budgets (0.35 -> 35,0% with the budget rounding).
  'anggaranSchema:program[].sasaran[].porsi': (o) => ['S-WAJAN 35,0%', 'S-PANCI 65,0%', 'T-DAPUR 15,0%'].every((x) => o.teks.includes(x)),
  'lainnyaSchema:aktivitas[].id': (o) => o.teks.includes('Daftar Aktivitas Dapur Uji'),
  // The day left to be written by hand; the month is given (laporan.tanggal: 2031-10).
  'laporanSchema:tanggalDiisiTangan': (o) => o.teks.includes('Panciwangi, …… Oktober 2031'),
  // IDX-DAPUR shows 1 decimal (3,47 truncated: 3,4) while the report shows 3.
  'kinerjaSchema:tujuan[].indikator[].desimal': (o) => o.teks.includes('3,4 (B-plus-uji)') && !o.teks.includes('3,470 (B-plus-uji)'),
  // IDX-DAPUR may be negative: its 2028 realisasi −0.73 is accepted and published (1 decimal on the page: −0,7);
  // without the field it is refused.
  'kinerjaSchema:tujuan[].indikator[].bolehNegatif': (o) => [o.teks, o.data].some((t) => /(^|[^\d.,])[-−]0[.,]7(3)?(?![\d])/.test(t)),
  // The signatory (laporan.yaml) named as the head's holder: his name is drawn in the chart.
  'strukturSchema:unit[].pemangku': (o) => /<svg[^>]*class="bagan-svg"[^]*DRS\. PENANDA TANGANWATI[^]*<\/svg>/.test(o.html),
  // Where the letterhead goes: on the cover and at the head of the PK appendix.
  'laporanSchema:kop.pada[]': (o) =>
    /class="sampul dengan-kop"[^]*?class="kop-surat"/.test(o.html) && /class="lampiran-pk">\s*<header class="kop-surat"/.test(o.html),
  // The indicator's grade scale: its values print as the scale's codes (BU, AU), never the numbers behind them.
  'kinerjaSchema:skalaNilai[].id': (o) => /Nilai Kebersihan Dapur Uji BU/.test(o.teks) && !/Nilai Kebersihan Dapur Uji 73/.test(o.teks),
  'kinerjaSchema:tujuan[].indikator[].skalaNilai': (o) => /Nilai Kebersihan Dapur Uji BU/.test(o.teks),
  'babSchema:bab': (o) => ['BAB I ', 'BAB II ', 'BAB III '].every((b) => o.teks.includes(b)),
  'babSchema:urutan': (o) => {
    const i = [
      'Kata Pengantar Uji Lengkap',
      'Ringkasan Uji Lengkap',
      'Pendahuluan Uji Lengkap',
      'Perencanaan Uji Lengkap',
      'Akuntabilitas Uji Lengkap',
      'Lampiran Perjanjian Kinerja Uji',
    ].map((j) => o.ringkasan.indexOf(j));
    return i.every((x, n) => x >= 0 && (n === 0 || x > i[n - 1]));
  },
};

/**
 * Fields without an output yet, each with the reason. An entry here that is in fact found fails the test
 * (remove it); the list must end empty.
 */
const BELUM: Record<string, string> = {};

/**
 * Fields this report cannot carry because the checker refuses them here (so they have no value in the fixture),
 * each with the test that shows the refusal and the reports that show the field.
 */
const DITOLAK_DI_SINI: Record<string, string> = {
  'realisasiSchema:{}.tw4':
    'a TW III report refuses a tw4 (tests/korpus.ts "realisasi tw4 in a TW III report"); annual reports print it (jatiroto-2024)',
};

interface Keluaran {
  /** Visible text of every page (web and print), whitespace collapsed. */
  teks: string;
  /** Raw HTML of every page. */
  html: string;
  /** Attribute values of every page. */
  atribut: Set<string>;
  /** Every data download (CSV and JSON) concatenated. */
  data: string;
  /** The checker's output. */
  pemeriksa: string;
  /** The report's summary page text. */
  ringkasan: string;
}

function semuaBerkas(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : semuaBerkas(p);
    return [p];
  });
}

/** The ways a number may be printed: id-ID with 0-4 decimals, with or without grouping, or plain. */
function bentukAngka(x: number): string[] {
  const out = new Set<string>([String(x)]);
  for (let d = 0; d <= 4; d++)
    for (const useGrouping of [true, false]) {
      const s = new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping }).format(x);
      if (Number(s.replace(/\./g, '').replace(',', '.')) === x || (!useGrouping && Number(s.replace(',', '.')) === x)) out.add(s);
    }
  return [...out];
}

/** Numbers as tokens: "81,23" is found in "81,23%" or "(81,23)" but not in "181,234". */
function adaAngka(teks: string, x: number): boolean {
  return bentukAngka(x).some((b) => new RegExp(`(^|[^\\d.,])${b.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`).test(teks));
}

function ditemukan(v: Nilai, o: Keluaran, pemeriksa: boolean): boolean {
  const tempat = pemeriksa ? [o.pemeriksa] : [o.teks, o.data];
  if (typeof v === 'number') return tempat.some((t) => adaAngka(t, v));
  if (typeof v === 'boolean') return false;
  const s = v.trim().toLowerCase();
  if (tempat.some((t) => t.toLowerCase().includes(s))) return true;
  if (pemeriksa) return false;
  // Dates are printed in words: 2031-10-17 -> "17 Oktober 2031"; a month only, 2031-10 -> "Oktober 2031".
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const kata = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${v}T00:00:00Z`),
    );
    if (o.teks.includes(kata)) return true;
  }
  if (/^\d{4}-\d{2}$/.test(v)) {
    const kata = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${v}-01T00:00:00Z`),
    );
    if (o.teks.includes(kata)) return true;
  }
  return [...o.atribut].some((a) => a.toLowerCase().includes(s));
}

let dir = '';
let keluaran: Keluaran;

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  const b = bangunProyek(dir, ['--tanpa-pdf'], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build kitchen-sink gagal:\n${b.stdout}\n${b.stderr}`);
  const c = spawnSync(process.execPath, ['scripts/check.ts', ID], { cwd: dir, encoding: 'utf8' });
  const berkas = semuaBerkas(join(dir, 'dist'));
  const html = berkas
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  keluaran = {
    html,
    teks: teksHtml(html),
    atribut: new Set([...html.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"'))),
    data: berkas
      .filter((f) => /\/data\/[^/]+\.(csv|json)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n'),
    pemeriksa: c.stdout + c.stderr,
    ringkasan: teksHtml(readFileSync(join(dir, 'dist', ID, 'index.html'), 'utf8')),
  };
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kitchen sink: every schema field is shown or checked', () => {
  const daftar = berkasSkema();
  const kasus = daftar.flatMap(({ nama, schema, berkas }) => {
    const docs = berkas.map(bacaDokumen);
    return daunSkema(schema).map(({ jalur, juga }) => {
      const nilai = docs.flatMap((d) => [jalur, ...juga].flatMap((j) => nilaiDiJalur(d, [j]).get(j) ?? []));
      return { kunci: `${nama}:${jalur || '(nilai)'}`, jalur, nilai };
    });
  });

  it('the schema walk finds the fields (sanity: known fields are listed)', () => {
    const kunci = kasus.map((k) => k.kunci);
    expect(kunci).toContain('kinerjaSchema:tujuan[].indikator[].target.pkAwal');
    expect(kunci).toContain('realisasiSchema:{}.bulanan{}');
    expect(kunci).toContain('laporanSchema:periode.ke');
    expect(kasus.length).toBeGreaterThan(150);
  });

  it.each(kasus)('$kunci', ({ kunci, jalur, nilai }) => {
    if (DITOLAK_DI_SINI[kunci]) return expect(nilai, `${kunci} is refused in this report: ${DITOLAK_DI_SINI[kunci]}`).toEqual([]);
    expect(nilai.length, `${kunci}: beri isian ini nilai yang khas di ${FIXTURE}`).toBeGreaterThan(0);
    const cek = PENGARUH[kunci];
    const pemeriksa = hanyaPemeriksa(jalur);
    const hilang = cek ? (cek(keluaran) ? [] : nilai) : nilai.filter((v) => !ditemukan(v, keluaran, pemeriksa));
    if (BELUM[kunci]) {
      expect(hilang.length, `${kunci} kini tampil: hapus dari BELUM`).toBeGreaterThan(0);
      return;
    }
    expect(hilang, `${kunci}: nilai ini tidak tampil di ${pemeriksa ? 'keluaran pemeriksa' : 'situs maupun unduhan data'}`).toEqual([]);
  });
});

/** Visible text of one table (first occurrence, web page), by its label. */
function tabel(label: string): string {
  const m = new RegExp(`<table id="${label}"[\\s\\S]*?</table>`).exec(keluaran.html);
  expect(m, `tabel ${label} tidak ada`).toBeTruthy();
  return teksHtml(m![0]);
}

describe('budget tables name the unit of a line (new-user finding)', () => {
  it('TabelAnggaranRiwayat and TabelAnggaranRenstra have the kelurahan column the other budget tables have', () => {
    for (const label of ['tabel-riwayat-anggaran', 'tabel-anggaran-renstra']) {
      const t = tabel(label);
      expect(t, label).toMatch(/Sub Kegiatan Kelurahan/);
      expect(t, label).toMatch(/Sub Kegiatan Perebusan Uji (2029: 4\.01\.4\.01\.09\.07 Sub Kegiatan Perebusan Lama Uji )?Talenankecil/);
    }
  });
});

describe('TabelAnggaran shows what was entered per line (new-user finding)', () => {
  it('denganSumberDana: the funding source of every level in its own column', () => {
    const t = tabel('tabel-anggaran');
    expect(t).toMatch(/Sumber Dana/);
    for (const dana of ['DANA-UJI-PROGRAM', 'DANA-UJI-KEGIATAN', 'DANA-UJI-SUB']) expect(t).toContain(dana);
  });
  it('denganCapaian: a line without an output indicator prints "–", explained once under the table, not "tidak dapat dihitung"', () => {
    const m = /<table id="tabel-anggaran"[\s\S]*?<\/table>\s*(<p class="sumber">[^<]*<\/p>)?/.exec(keluaran.html)!;
    const t = teksHtml(m[0]);
    expect(t).toContain('Kegiatan Pengukusan Uji 3.141.500 2.987.600 153.900 95,1% –');
    expect(t).toContain('"–": baris tanpa indikator keluaran dan tanpa capaian yang diisi.');
    // A line with an indicator whose capaian cannot be computed still says so.
    expect(t).toContain('Jumlah rebusan sub kegiatan uji 4.817.300 3.904.903 912.397 81,1% tidak dapat dihitung');
  });
});

describe('every table of targets says which document they come from (new-user finding)', () => {
  it('TabelTargetRenstra, TabelBulanan and GrafikCapaian name it', () => {
    expect(keluaran.teks).toContain(
      'Target akhir: Renstra 2029–2033 (target akhir, atau target Renstra tahun terakhirnya). Target tahun ini: PK.',
    );
    expect(keluaran.teks).toMatch(/capaian = realisasi ÷ target × 100%\. Target: Rencana Aksi \(target bulanan\)\./);
    expect(keluaran.teks).toMatch(/Indikator Target PK Realisasi Indeks Kepuasan Dapur Umum/);
    expect(keluaran.teks).toMatch(/Nilai Kebersihan Dapur Uji: realisasi AU dari target BU \(capaian 121,917%\)\. Target: PK\./);
  });
});

describe('indicator features on the kitchen-sink report (issue 13)', () => {
  it('IKU table: the definition as entered (definisi operasional, kind, person responsible), no empty column', () => {
    const t = tabel('tabel-iku');
    expect(t).toMatch(/Definisi Operasional Satuan Jenis Formulasi Sumber Data Penanggung Jawab/);
    expect(t).toMatch(/Definisi operasional panci uji yang dicuci sebelum pukul tujuh persen Outcome Panci dicuci/);
  });

  it('year-on-year table compares with several earlier years; history table includes the current year', () => {
    const t = tabel('tabel-perbandingan-tahun');
    expect(t).toContain('dengan Tahun 2029 dan 2030');
    // 2029: 58,11 / 57,29 (98,588…% truncated), 2030, then this period.
    expect(t).toMatch(/Persentase panci yang dicuci tepat waktu 58,110% 57,290% 98,588% 61,730% 62,090% 100,583% 64,370% 43,100% 66,956%/);
    expect(tabel('tabel-riwayat')).toMatch(/2029 2030 Triwulan III 2031/);
  });

  it('analysis tables: analysis, solution and follow-up in separate columns (indicators and program indicators)', () => {
    expect(tabel('tabel-analisis')).toMatch(
      /Analisis Keberhasilan \/ Kegagalan Solusi Rencana Tindak Lanjut .*Analisis keberhasilan panci uji karena sabun cukup Solusi panci uji menambah wastafel Rencana tindak lanjut panci uji tahun depan/,
    );
    expect(tabel('tabel-indikator-program-hasil')).toMatch(/Analisis Keberhasilan \/ Kegagalan Solusi Rencana Tindak Lanjut/);
    expect(tabel('tabel-indikator-program-hasil')).toContain(
      'Analisis program uji anggaran cukup Solusi program uji koordinasi Tindak lanjut program uji bertahap',
    );
  });

  it('signing dates: a day left to fill by hand, a month only; PK place and date where given', () => {
    expect(keluaran.teks).toContain('Panciwangi, …… Oktober 2031');
    expect(keluaran.teks).toContain('Kukusanlama, 3 Februari 2031');
    expect(keluaran.teks).toContain('Dandanggede, Agustus 2031');
  });

  it('one percent format per table: program indicators as the report rounds, efficiency ratio with %', () => {
    const t = tabel('tabel-indikator-program-hasil');
    expect(t).toContain('94,610%'); // target 94,61 % with the report's 3 decimals
    expect(t).not.toMatch(/\b94,61%/);
    const e = tabel('tabel-efisiensi');
    const persen = [...e.matchAll(/\d+,(\d+)%/g)].map((m) => m[1].length);
    expect(persen.length).toBeGreaterThan(2);
    expect(new Set(persen)).toEqual(new Set([3]));
    expect(e).not.toMatch(/\d,\d+(?![\d%])(?! poin)/);
  });

  it('target layers: a table of one layer says which; layers side by side; the acuan named under the table', () => {
    // IKU-PANCI realisasi 43,10: against RKT 62,57 → 68,881…% (truncated to 3 decimals).
    const rkt = tabel('tabel-capaian-rkt');
    expect(rkt).toMatch(/Target RKT\/Renja/);
    expect(rkt).toMatch(
      /Persentase panci yang dicuci tepat waktu 62,570% 43,100% 68,882%|Persentase panci yang dicuci tepat waktu 62,570% 43,100% 68,881%/,
    );
    const lapisan = tabel('tabel-lapisan-target');
    expect(lapisan).toMatch(/Target Renstra Target RKT\/Renja Target PK Target PK Perubahan Target Akhir Renstra/);
    expect(lapisan).toMatch(/63,190% .* 62,570% .* 64,370% .* 66,210% .* 72,470%/);
    expect(keluaran.teks).toMatch(/Terhadap target RKT 62,570% capaiannya 68,88\d%/);
    // acuanTarget pk-awal: the capaian table names its document.
    expect(keluaran.teks).toMatch(/predikat menurut Skala Uji Dapur Lengkap\. Target: PK\./);
  });

  it('report-level figures: the mean the table footer shows is named, counts quoted', () => {
    expect(tabel('tabel-capaian')).toMatch(/Rata-rata capaian semua indikator/);
    expect(keluaran.teks).toMatch(
      /terdiri atas 4 indikator \( ?3 indikator sasaran\), 1 tujuan, 2 sasaran, 2 program, 2 kegiatan dan 2 sub kegiatan/,
    );
  });

  it('a letter-grade indicator: codes in every table, capaian from the declared numbers; a Nihil benchmark; benchmark capaian', () => {
    // Target BU (73), realisasi AU (89): 89 / 73 × 100 = 121,917…%.
    expect(tabel('tabel-capaian')).toMatch(/Nilai Kebersihan Dapur Uji BU – – AU AU 121,917%/);
    expect(tabel('tabel-capaian-rkt')).toMatch(/Nilai Kebersihan Dapur Uji – AU tidak dapat dihitung/);
    expect(tabel('tabel-lapisan-target')).toContain(
      // PK Perubahan holds it unchanged (the report has a PK Perubahan): BU there too.
      'Nilai Kebersihan Dapur Uji nilai – tidak dapat dihitung – tidak dapat dihitung BU 121,917% BU 121,917% – tidak dapat dihitung AU',
    );
    expect(keluaran.teks).toContain(
      'Nilai huruf menurut Skala Nilai Dapur Uji (Peraturan Nilai Dapur Uji): DU (41) < CU (57) < BU (73) < AU (89)',
    );
    expect(keluaran.teks).not.toMatch(/Nilai Kebersihan Dapur Uji (73|89)/);
    // The report's summary card: the codes where a numeric indicator shows its numbers (new-user finding).
    expect(keluaran.ringkasan).toMatch(/Nilai Kebersihan Dapur Uji 121,917% realisasi AU dari target BU Istimewa Sekali/);
    // The data downloads too: codes, the numbers behind them in their own columns.
    expect(keluaran.data).toMatch(/"target_angka": 73,\s+"realisasi_angka": 89/);
    // Benchmark 81,23: 43,10 / 81,23 × 100 = 53,059…%; the Nihil one prints Nihil and no capaian.
    const b = tabel('tabel-pembanding');
    expect(b).toMatch(/Capaian thd\. Standar Pelayanan Panci Nasional/);
    expect(b).toMatch(/81,230% \(Pembanding-Label-Uji\) 53,059% Nihil –/);
    expect(keluaran.pemeriksa).toMatch(
      /terhadap Standar Pelayanan Panci Nasional tertulis 54,320, sedangkan realisasi ÷ nilai pembanding × 100 = 53,059/,
    );
  });
});
