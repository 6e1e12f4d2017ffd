/**
 * Budget history, Renstra envelope and monthly budget as built (issue 14 items 3-5): the fixture with three earlier
 * years across the Permendagri 90/2019 nomenclature change (tests/fixtures/anggaran, riwayat-nomenklatur) built in
 * a scratch copy, site and PDF, and its tables, charts and downloads read back. Figures worked out by hand in the
 * fixture's anggaran.yaml; the same figures are asserted on the computed report in tests/anggaran-berkala.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';
import { teksHtml } from './situs.ts';
import { halamanTeks } from './pdf.ts';

const ID = 'riwayat-nomenklatur';
let dir = '';
let bab = '';
const baca = (p: string) => readFileSync(join(dir, 'dist', p), 'utf8');

/** The visible text of one table (by its id) of the chapter page, whitespace collapsed. */
function tabel(id: string): string {
  const m = new RegExp(`<table id="${id}"[^]*?</table>`).exec(bab);
  if (!m) throw new Error(`tabel ${id} tidak ada`);
  return teksHtml(m[0]);
}

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync('tests/fixtures/anggaran/content/skala', join(dir, 'content/skala'), { recursive: true });
  cpSync('tests/fixtures/anggaran/content/skala-efisiensi', join(dir, 'content/skala-efisiensi'), { recursive: true });
  cpSync(`tests/fixtures/anggaran/content/laporan/${ID}`, join(dir, 'content/laporan', ID), { recursive: true });
  const b = bangunProyek(dir, [], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build gagal:\n${b.stdout}\n${b.stderr}`);
  const halaman = readdirSync(join(dir, 'dist', ID)).find((d) => d.startsWith('bab-3'));
  bab = baca(`${ID}/${halaman}/index.html`);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('budget history table', () => {
  it('each chosen year’s pagu and realisasi per line, the old kode and name under the current one, totals per year', () => {
    const t = tabel('tabel-riwayat-anggaran');
    expect(t).toContain('Perbandingan Anggaran Tahun 2020, 2021, 2022');
    expect(t).toContain(
      '7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA 2019–2020: 4.01.4.01.01.01 Program Pelayanan Administrasi Perkantoran 882.000.000 830.400.000 924.000.000 912.500.000 960.000.000 937.000.000',
    );
    // A sub kegiatan new under Permendagri 90 has no 2019-2020 figures.
    expect(t).toContain('7.01.01.2.01.02 Evaluasi Kinerja Perangkat Daerah – – 18.000.000 17.500.000 20.000.000 19.000.000');
    expect(t).toContain('Jumlah 1.002.000.000 930.400.000 1.084.000.000 1.065.500.000 1.140.000.000 1.103.000.000');
    expect(bab).toContain('nomenklatur yang berlaku pada tahun itu');
  });
  it('chosen columns: realisasi and penyerapan per year, per program', () => {
    const t = tabel('tabel-riwayat-program');
    expect(t).toContain('2019 2020 2021 2022 Realisasi (Rp) % Realisasi (Rp) %');
    expect(t).toContain('Jumlah 957.000.000 97,65% 930.400.000 92,85% 1.065.500.000 98,29% 1.103.000.000 96,75%');
    expect(t).not.toContain('Evaluasi Kinerja');
  });
  it('the chart of the years: its alternative text names every year', () => {
    expect(bab).toMatch(/Pagu dan Realisasi Anggaran Tahun 2019–2022/);
    expect(teksHtml(bab)).toMatch(/7\.01\.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK tahun 2019–2022: 2019 pagu Rp ?150/);
  });
});

describe('realisasi against the Renstra envelope', () => {
  it('per program and in total: the period’s envelope, each year’s Renstra amount, realisasi since 2021 and its %', () => {
    const t = tabel('tabel-anggaran-renstra');
    expect(t).toContain('Pagu Renstra 2021–2026 (Rp)');
    expect(t).toContain(
      '7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA 6.160.000.000 2021: 900.000.000 2022: 960.000.000 2023: 1.000.000.000 2024: 1.050.000.000 2025: 1.100.000.000 2026: 1.150.000.000 960.000.000 937.000.000 1.849.500.000 30,02%',
    );
    expect(t).toContain(
      '7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK 1.000.000.000 2021: – 2022: 180.000.000 2023: –',
    );
    expect(t).toContain('Jumlah 7.160.000.000 2021: 900.000.000 2022: 1.140.000.000 2023: 1.000.000.000');
    expect(t).toMatch(/2\.168\.500\.000 30,29%\s*$/);
  });
});

describe('monthly budget', () => {
  it('the whole budget per month, cumulative; % of pagu not computable where only some lines have months', () => {
    const t = tabel('tabel-anggaran-bulanan');
    expect(t).toContain('Januari 12.000.000 11.500.000 12.000.000 11.500.000 95,83% tidak dapat dihitung');
    expect(t).toContain('Desember 4.000.000 4.000.000 150.000.000 138.000.000 92,00%');
  });
  it('beside the monthly indicator table: the budget of the indicator’s sasaran up to each month, shares shown', () => {
    const t = tabel('tabel-bulanan');
    expect(t).toContain('Anggaran s.d. bulan ini');
    // S1 in January: 2 juta + 60% of 10 juta target, 1,5 juta + 6 juta realisasi.
    expect(t).toMatch(/Januari [^]*? 8\.000\.000 7\.500\.000/);
    expect(teksHtml(bab)).toContain('7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK — S1 60,00%, S2 40,00%');
  });
});

describe('PDF and downloads', () => {
  it('the PDF prints the history, Renstra and monthly tables', () => {
    const pdf = readdirSync(join(dir, 'dist', ID)).find((f) => f.endsWith('.pdf'))!;
    const teks = halamanTeks(join(dir, 'dist', ID, pdf))
      .join('\n')
      .replace(/\s+/g, ' ');
    expect(teks).toContain('4.01.4.01.01.01 Program Pelayanan Administrasi Perkantoran');
    expect(teks).toContain('7.160.000.000');
    expect(teks).toContain('138.000.000');
  });
  it('anggaran.csv carries the earlier years, the Renstra amounts and the months', () => {
    const csv = baca(`${ID}/data/anggaran.csv`);
    const kepala = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(kepala).toContain('kode_2019,nama_2019,pagu_2019,realisasi_2019');
    expect(kepala).toContain('renstra_pagu_periode');
    expect(kepala).toContain('target_bulan_12,realisasi_bulan_12');
  });
});
