/**
 * Joined name cells as built (pengguna F6): one sub kegiatan per kelurahan with the same kode and name. A table of
 * one unit, the first row under each unit divider and the first line of a sasaran's section print their names;
 * only a row directly under the same name in the same section is joined (class "sambungan"). A scratch copy of
 * the valid fixture, website only, read back from the built chapter page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';
import { ubahData, ubahTeks } from '../salinan.ts';
import { teksHtml } from './situs.ts';

const ID = 'contoh';
let dir = '';
let bab = '';

/** Rows of a table's body: the name cell's text and whether it is joined, divider rows as "— name". */
function baris(id: string): string[] {
  const m = new RegExp(`<table id="${id}"[^]*?</table>`).exec(bab);
  if (!m) throw new Error(`tabel ${id} tidak ada`);
  const tbody = [...m[0].matchAll(/<tbody[^]*?<\/tbody>/g)].map((x) => x[0]).join('');
  return [...tbody.matchAll(/<tr[^>]*>([^]*?)<\/tr>/g)].map(([, tr]) => {
    const pemisah = /<th[^>]*scope="rowgroup"[^>]*>([^]*?)<\/th>/.exec(tr);
    if (pemisah) return `— ${teksHtml(pemisah[1]).trim()}`;
    const th = /<th([^>]*)scope="row"([^>]*)>([^]*?)<\/th>/.exec(tr);
    if (!th) throw new Error(`baris tanpa sel nama: ${tr}`);
    return `${teksHtml(th[3]).trim()}${/sambungan/.test(th[1] + th[2]) ? ' (sambung)' : ''}`;
  });
}

const sub = (unit: string) => ({
  kode: '7.01.05.2.02.0001',
  nama: 'Pembangunan Sarana Kelurahan',
  unit,
  pagu: 10_000_000,
  realisasi: 5_000_000,
});

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync('tests/fixtures/valid/content', join(dir, 'content'), { recursive: true });
  ubahData(dir, ID, 'laporan.yaml', (l) => (l.wilayah = { sebutan: 'kelurahan', daftar: ['Alfa', 'Beta', 'Gama'] }));
  ubahData(dir, ID, 'anggaran.yaml', (a) => {
    a.program.push({
      kode: '7.01.05',
      nama: 'Program Penyelenggaraan Pemerintahan',
      sasaran: ['S1'],
      kegiatan: [{ kode: '7.01.05.2.02', nama: 'Pembangunan Kelurahan', subKegiatan: [sub('Alfa'), sub('Beta'), sub('Gama')] }],
    });
    // Right after 7.01.06 (sasaran S2), a program of the same name serving S1: the first of its line in S1's section.
    a.program.splice(2, 0, { kode: '7.01.07', nama: a.program[1].nama, sasaran: ['S1'], pagu: 1_000_000, realisasi: 1_000_000 });
  });
  ubahTeks(dir, ID, 'bab/03-akuntabilitas.mdx', (t) =>
    [
      t,
      '<TabelAnggaran label="t-semua" />',
      '<TabelAnggaran label="t-beta" unit="Beta" />',
      '<TabelAnggaran label="t-per-unit" perUnit />',
      '<TabelIndikatorProgram label="t-per-sasaran" perSasaran />',
      '',
    ].join('\n\n'),
  );
  const b = bangunProyek(dir, ['--tanpa-pdf'], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build gagal:\n${b.stdout}\n${b.stderr}`);
  const halaman = readdirSync(join(dir, 'dist', ID)).find((d) => d.startsWith('bab-3'));
  bab = readFileSync(join(dir, 'dist', ID, `${halaman}/index.html`), 'utf8');
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('joined name cells in the built tables', () => {
  it('the whole budget: the run of one sub kegiatan per kelurahan shows its name once', () => {
    const t = baris('t-semua').filter((b) => b.startsWith('Pembangunan Sarana'));
    expect(t).toEqual(['Pembangunan Sarana Kelurahan', 'Pembangunan Sarana Kelurahan (sambung)', 'Pembangunan Sarana Kelurahan (sambung)']);
    // Any level: a program directly under a program of the same name.
    expect(baris('t-semua').filter((b) => b.includes('Pembinaan dan Pengawasan'))).toEqual([
      'Program Pembinaan dan Pengawasan Pemerintahan Desa',
      'Program Pembinaan dan Pengawasan Pemerintahan Desa (sambung)',
    ]);
  });

  it('one unit (unit="Beta"): its only sub kegiatan row prints the name', () => {
    expect(baris('t-beta')).toEqual(['Program Penyelenggaraan Pemerintahan', 'Pembangunan Kelurahan', 'Pembangunan Sarana Kelurahan']);
  });

  it('perUnit: the first row under each kelurahan divider prints its name', () => {
    const t = baris('t-per-unit');
    for (const u of ['Alfa', 'Beta', 'Gama']) {
      const i = t.indexOf(`— Kelurahan ${u}`);
      expect(t.slice(i + 1, i + 4)).toEqual([
        'Program Penyelenggaraan Pemerintahan',
        'Pembangunan Kelurahan',
        'Pembangunan Sarana Kelurahan',
      ]);
    }
    // Joined only within the kecamatan's own section (7.01.07 under 7.01.06), never across a divider.
    expect(t.slice(t.indexOf('— Kelurahan Alfa')).filter((b) => b.endsWith('(sambung)'))).toEqual([]);
  });

  it('perSasaran: a line whose same-named sibling serves another sasaran prints its name in its own section', () => {
    const t = baris('t-per-sasaran');
    expect(t.filter((b) => b.includes('Pembinaan dan Pengawasan'))).toEqual([
      'Program Pembinaan dan Pengawasan Pemerintahan Desa',
      'Program Pembinaan dan Pengawasan Pemerintahan Desa',
    ]);
  });
});
