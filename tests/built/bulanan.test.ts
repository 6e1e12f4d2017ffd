/**
 * A report whose realisasi is entered by month only (no triwulan, no year total): every table, card, chart and
 * download shows the capaian computed from the months, on the website and in the PDF (issue 13: months).
 * Built in a scratch copy (site and PDF), from the valid fixture with its realisasi replaced by months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';
import { teksHtml } from './situs.ts';
import { halamanTeks, tintaGambar } from './pdf.ts';

const ID = 'contoh';
let dir = '';
const baca = (p: string) => readFileSync(join(dir, 'dist', p), 'utf8');

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync('tests/fixtures/valid/content', join(dir, 'content'), { recursive: true });
  const lap = join(dir, 'content/laporan', ID);
  // The same year-end figures as the quarterly fixture (Jatiroto 2024), entered month by month instead.
  writeFileSync(
    join(lap, 'realisasi.yaml'),
    [
      'IPP:',
      '  bulanan: { "3": 50.12, "6": 52.4, "9": 54.3, "12": 55.06 }',
      'IKU-1:',
      '  bulanan: { "1": 5.1, "2": 9.8, "3": 14.62, "4": 14.62, "5": 14.62, "6": 14.62, "7": 20, "8": 30, "9": 41, "10": 60, "11": 75, "12": 87.72 }',
      '  keteranganBulanan: { "7": "Rapat koordinasi bulanan dimulai" }',
      'IKU-2:',
      '  bulanan: { "3": 70, "6": 77.78, "9": 88.89, "12": 100 }',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(lap, 'bab/04-bulanan.mdx'),
    [
      '---',
      'judul: Rencana Aksi',
      'jenis: bab',
      'bab: 4',
      'urutan: 4',
      '---',
      '',
      'Capaian IKU-1 <Nilai indikator="IKU-1" besaran="capaian" />; rata-rata <Nilai besaran="rataRataCapaian" />.',
      '',
      '<TabelCapaian label="tabel-capaian-tw" perTriwulan rataRata />',
      '',
      '<GrafikCapaian label="grafik-capaian" />',
      '',
      '<GrafikTriwulan label="grafik-triwulan" />',
      '',
      '<TabelBulanan label="tabel-bulanan" indikator="IKU-1" />',
      '',
      '<GrafikBulanan label="grafik-bulanan" />',
      '',
    ].join('\n'),
  );
  const b = bangunProyek(dir, [], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build gagal:\n${b.stdout}\n${b.stderr}`);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('months only: capaian computed everywhere', () => {
  it('chapter tables: realisasi per quarter from the months, capaian and predikat, never "tidak dapat dihitung"', () => {
    const t = teksHtml(baca(`${ID}/bab-4/index.html`));
    expect(t).not.toContain('tidak dapat dihitung');
    // IPP 55,06 / 61,5 = 89,52%; IKU-1 87,72 / 87,72 = 100,00%; IKU-2 100 / 94,44 = 105,88% (truncated).
    expect(t).toMatch(/Indeks Pelayanan Publik 61,50 \(B-\) 50,12 52,40 54,30 55,06 55,06 \(C\) 89,52%/);
    expect(t).toMatch(
      /IKU-1|Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti 87,72% 14,62% 14,62% 41,00% 87,72% 87,72% 100,00%/,
    );
    expect(t).toContain('105,88%');
    expect(t).toContain('Capaian IKU-1 100,00%');
  });

  it('the monthly table: month, realisasi, running target/realisasi/capaian, remark', () => {
    const t = teksHtml(baca(`${ID}/bab-4/index.html`));
    expect(t).toMatch(/Juli 20,00% 87,72% 20,00% 22,79% Rapat koordinasi bulanan dimulai/);
    expect(t).toMatch(/Desember 87,72% 87,72% 87,72% 100,00%/);
  });

  it('charts carry the computed values (table view and CSV)', () => {
    const h = baca(`${ID}/bab-4/index.html`);
    expect(h).toContain('Capaian Kinerja per Bulan');
    const csv = (label: string) =>
      decodeURIComponent(new RegExp(`download="${ID}-${label}\\.csv" href="data:text/csv;charset=utf-8,([^"]*)"`).exec(h)?.[1] ?? '');
    expect(csv('grafik-bulanan')).toMatch(/Desember,[^\n]*100/);
    expect(csv('grafik-triwulan')).toMatch(/TW IV,[^\n]*100/);
  });

  it('summary cards and the front page show the capaian', () => {
    const ringkasan = teksHtml(baca(`${ID}/index.html`));
    expect(ringkasan).toContain('100,00%');
    expect(ringkasan).toContain('105,88%');
    expect(ringkasan).not.toContain('tidak dapat dihitung');
  });

  it('indikator.csv: months, quarters from them, realisasi and capaian', () => {
    const csv = baca(`${ID}/data/indikator.csv`);
    const kepala = csv.replace('\uFEFF', '').split('\n')[0].split(',');
    const iku1 = csv
      .split('\n')
      .find((l) => l.startsWith('IKU-1,'))!
      .split(',');
    const kol = (n: string) => iku1[kepala.indexOf(n)];
    expect(kol('realisasi_bulan_12')).toBe('87.72');
    expect(kol('realisasi_tw3')).toBe('41');
    expect(kol('realisasi')).toBe('87.72');
    expect(kol('capaian_persen')).toBe('100');
  });

  it('the PDF prints the same figures, the monthly table and a monthly chart with ink', () => {
    const pdf = join(dir, 'dist', ID, `${ID}.pdf`);
    const pages = halamanTeks(pdf);
    const semua = pages.join('\n');
    expect(semua).not.toContain('tidak dapat dihitung');
    expect(semua).toContain('89,52%');
    expect(semua).toContain('105,88%');
    expect(semua).toMatch(/Desember\s+87,72%\s+87,72%\s+87,72%\s+100,00%/);
    // The chart page: its caption, outside the list of figures.
    const n = pages.findIndex((p) => !/DAFTAR (ISI|TABEL|GAMBAR)/.test(p) && /Gambar 3\s+Capaian Kinerja per Bulan/.test(p));
    expect(n).toBeGreaterThanOrEqual(0);
    const g = tintaGambar(pdf, n + 1);
    expect(g.length).toBeGreaterThan(0);
    expect(Math.max(...g.map((x) => x.data))).toBeGreaterThan(0.0001);
  });
});
