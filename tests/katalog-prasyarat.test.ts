/**
 * What `npm run check` accepts, the build builds: the data a component needs is a precondition in its catalogue
 * entry (src/components/katalog.ts), refused or warned with the chapter's file and line, not a stop of the build.
 * Cases from the new-user trial (docs/pengguna F4, F7, F11) on the kitchen-sink report, which has indicators with and
 * without monthly values, with and without Renstra targets, and all five target layers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { muatTerhitung } from '../src/data/periksaSemua.ts';
import { periksaPemakaian } from '../src/data/periksaBab.ts';
import type { LaporanTerhitung } from '../src/domain/laporan.ts';
import { ratakan } from '../src/domain/anggaran.ts';
import { kunciNama } from '../src/domain/wilayah.ts';
import { jalankanCheck } from '../scripts/lib/check.ts';
import { hapusSalinan, salinData, ubahTeks } from './salinan.ts';

afterAll(hapusSalinan);

const r = muatTerhitung('tests/fixtures/kitchen-sink', 'lengkap').laporan!;
const periksa = (nama: string, props: Record<string, unknown>, laporan: LaporanTerhitung = r) =>
  periksaPemakaian(
    'bab/04.mdx',
    [{ nama, props, letakProp: { indikator: { baris: 7, kolom: 30 } }, bukanLiteral: [], berisi: false, baris: 7, kolom: 1 }],
    { laporan, label: new Set(typeof props.label === 'string' ? [props.label] : []) },
  );

describe('TabelBulanan: an indicator without monthly values', () => {
  it('is refused at the prop, naming the indicator and those that have monthly values', () => {
    const tanpa = r.indikator.find((i) => !i.perBulan.length)!.input.kode;
    const dengan = r.indikator.filter((i) => i.perBulan.length).map((i) => i.input.kode);
    expect(dengan.length).toBeGreaterThan(0);
    const m = periksa('TabelBulanan', { label: 't', indikator: tanpa });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ tingkat: 'galat', berkas: 'bab/04.mdx', baris: 7, jalur: '<TabelBulanan indikator>' });
    expect(m[0].pesan).toContain(`indikator "${tanpa}" tidak memiliki target atau realisasi bulanan`);
    expect(m[0].pesan).toContain(`indikator yang memiliki: ${dengan.join(', ')}`);
    expect(periksa('TabelBulanan', { label: 't', indikator: dengan[0] })).toEqual([]);
  });
});

describe('TabelPerbandinganTahun: only the report year', () => {
  it('is refused (the table would have no earlier year to compare with)', () => {
    const m = periksa('TabelPerbandinganTahun', { label: 't', tahun: [r.data.laporan.tahun] });
    expect(m.map((x) => x.jalur)).toEqual(['<TabelPerbandinganTahun tahun>']);
    expect(m[0].tingkat).toBe('galat');
  });
});

describe('every throw in a component is a precondition the checker knows', () => {
  // Each component that throws on missing data, with the text of the catalogue check that refuses it first.
  const AKAR = 'src/components';
  const melempar = readdirSync(AKAR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro') && /\bthrow new Error\(/.test(readFileSync(join(AKAR, f), 'utf8')))
    .map((f) => f.replace(/^.*\//, '').replace(/\.astro$/, ''))
    .sort();
  it('each throwing component has a periksa in the catalogue (Tabel: its Markdown table, checked while rendering)', async () => {
    const { KATALOG } = await import('../src/components/katalog.ts');
    const tanpa = melempar.filter((n) => n !== 'Tabel' && !(KATALOG as Record<string, { periksa?: unknown }>)[n]?.periksa);
    expect(melempar.length).toBeGreaterThan(10);
    expect(tanpa).toEqual([]);
  });
});

/** The report with its indicators' Renstra targets (kinerja.yaml and anggaran.yaml) and riwayat taken away. */
function tanpaRenstra(): LaporanTerhitung {
  const program = structuredClone(r.program);
  const jalan = (bs: typeof program) => bs.forEach((b) => (b.indikator.forEach((i) => delete i.renstra), jalan(b.anak)));
  jalan(program);
  const indikator = r.indikator.map((i) => ({
    ...i,
    riwayat: [],
    input: { ...i.input, target: { ...i.input.target, renstra: undefined } },
  }));
  return { ...r, program, semuaBaris: ratakan(program), indikator };
}

describe('a table with nothing to show is warned or refused, not printed bare', () => {
  it('<TabelTargetTahunan program> without program Renstra targets: a warning naming why', () => {
    expect(periksa('TabelTargetTahunan', { label: 't', program: true })).toEqual([]);
    const m = periksa('TabelTargetTahunan', { label: 't', program: true }, tanpaRenstra());
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ tingkat: 'peringatan', baris: 7, jalur: '<TabelTargetTahunan program>' });
    expect(m[0].pesan).toContain('target Renstra (indikator[].renstra di anggaran.yaml)');
  });
  it('<TabelTargetTahunan> without indicator Renstra targets: a warning (no year column)', () => {
    expect(periksa('TabelTargetTahunan', { label: 't' })).toEqual([]);
    const m = periksa('TabelTargetTahunan', { label: 't' }, tanpaRenstra());
    expect(m.map((x) => x.tingkat)).toEqual(['peringatan']);
    expect(m[0].pesan).toContain('target.renstra di kinerja.yaml');
  });
  it('<TabelRiwayat> with no year at all is refused; denganTahunIni gives it one', () => {
    expect(periksa('TabelRiwayat', { label: 't' })).toEqual([]);
    expect(periksa('TabelRiwayat', { label: 't' }, tanpaRenstra()).map((x) => x.tingkat)).toEqual(['galat']);
    expect(periksa('TabelRiwayat', { label: 't', tahun: [] }).map((x) => x.jalur)).toEqual(['<TabelRiwayat tahun>']);
    expect(periksa('TabelRiwayat', { label: 't', denganTahunIni: true }, tanpaRenstra())).toEqual([]);
  });
});

describe('<TabelWilayah nama> and <GrafikWilayah nama>: what check accepts, the report has a recap for', () => {
  it('each sub kegiatan name, in any case, is accepted and has its recap; a kegiatan name or an unknown one is refused and has none', () => {
    const rekap = r.rekapWilayah!;
    const daun = [...new Set(r.semuaBaris.filter((b) => !b.anak.length).map((b) => b.nama))];
    const kegiatan = r.semuaBaris.find((b) => b.anak.length && !daun.includes(b.nama))!.nama;
    const nama = [...daun, ...daun.map((n) => n.toUpperCase()), kegiatan, 'Tidak Ada Di Anggaran'];
    for (const komponen of ['TabelWilayah', 'GrafikWilayah']) {
      const diterima = nama.filter((n) => periksa(komponen, { label: 't', nama: n }).length === 0);
      expect(diterima, komponen).toEqual(nama.filter((n) => rekap.perSubKegiatan.has(kunciNama(n))));
      expect(diterima).toHaveLength(2 * daun.length);
    }
    expect(periksa('TabelWilayah', { label: 't' })).toEqual([]);
    expect(
      periksa('TabelWilayah', { label: 't' }, { ...r, data: { ...r.data, laporan: { ...r.data.laporan, wilayah: undefined } } }),
    ).toHaveLength(1);
  });
});

describe('<TabelTarget denganCapaian>: the columns must fit a landscape page', () => {
  it('counts the columns as the table chooses them and warns past the limit, suggesting lapisan', async () => {
    const { susunanTabelTarget, KOLOM_TABEL_TARGET_MAKS } = await import('../src/domain/tampilan/target.ts');
    const s = susunanTabelTarget(r.indikator, { denganCapaian: true });
    expect(s.lapisan).toEqual(['renstra', 'rkt', 'pkAwal', 'pkPerubahan', 'akhir']); // kitchen-sink: all five layers
    expect(s.kolom).toBe(14);
    expect(susunanTabelTarget(r.indikator, {}).kolom).toBe(8);
    const m = periksa('TabelTarget', { label: 't', denganCapaian: true });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ tingkat: 'peringatan', jalur: '<TabelTarget denganCapaian>' });
    expect(m[0].pesan).toContain(`14 kolom`);
    expect(m[0].pesan).toContain(`lebih dari ${KOLOM_TABEL_TARGET_MAKS}`);
    expect(m[0].pesan).toContain('lapisan={["renstra", "rkt", "pkAwal", "pkPerubahan"]}');
    // The layers it suggests fit.
    expect(periksa('TabelTarget', { label: 't', denganCapaian: true, lapisan: ['renstra', 'rkt', 'pkAwal', 'pkPerubahan'] })).toEqual([]);
    expect(periksa('TabelTarget', { label: 't' })).toEqual([]);
  });
});

describe('npm run check on a chapter (the new-user trial F11, end to end)', () => {
  it('<TabelBulanan> for an indicator without monthly values: exit 1, the chapter file and line, the true reason', () => {
    const root = salinData('tests/fixtures/kitchen-sink');
    let baris = 0;
    ubahTeks(root, 'lengkap', 'bab/04-akuntabilitas.mdx', (t) => {
      baris = t.split('\n').length + 1;
      return `${t}\n<TabelBulanan label="tb-tanpa-bulan" indikator="IDX-DAPUR" />\n`;
    });
    const keluar: string[] = [];
    const code = jalankanCheck(root, [], false, { log: (x) => keluar.push(x), error: (x) => keluar.push(x) });
    const out = keluar.join('\n');
    expect(code).toBe(1);
    expect(out).toMatch(
      new RegExp(`GALAT content/laporan/lengkap/bab/04-akuntabilitas\\.mdx:${baris}:\\d+\\n  isian: <TabelBulanan indikator>`),
    );
    expect(out).toContain('indikator "IDX-DAPUR" tidak memiliki target atau realisasi bulanan');
    expect(out).toContain('indikator yang memiliki: IKU-WAJAN');
  });
});

describe('<Tabel> without exactly one Markdown table (the component throws on it)', () => {
  for (const [kasus, isi, jumlah] of [
    ['a paragraph, no table', '<Tabel label="tt" judul="Uji">\n\nHanya kalimat, bukan tabel.\n\n</Tabel>', 0],
    ['two tables', '<Tabel label="tt" judul="Uji">\n\n| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n\n</Tabel>', 2],
    ['one table', '<Tabel label="tt" judul="Uji">\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n</Tabel>', 1],
  ] as const)
    it(`${kasus}: ${jumlah === 1 ? 'accepted' : 'refused with the file and line'}`, () => {
      const root = salinData('tests/fixtures/kitchen-sink');
      let baris = 0;
      ubahTeks(root, 'lengkap', 'bab/04-akuntabilitas.mdx', (t) => {
        baris = t.split('\n').length + 1;
        return `${t}\n${isi}\n`;
      });
      const keluar: string[] = [];
      jalankanCheck(root, [], false, { log: (x) => keluar.push(x), error: (x) => keluar.push(x) });
      const out = keluar.join('\n');
      const galat = new RegExp(
        `bab/04-akuntabilitas\\.mdx:${baris}:\\d+\\n  isian: <Tabel>\\n  <Tabel> harus berisi tepat satu tabel Markdown`,
      );
      if (jumlah === 1) expect(out).not.toMatch(galat);
      else {
        expect(out).toMatch(galat);
        expect(out).toContain(`ditemukan ${jumlah}`);
      }
    });
});
