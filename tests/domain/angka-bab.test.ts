/**
 * Figures typed in chapter prose (new-user finding): each percentage, rupiah amount, comma decimal or grouped number is
 * listed by the check at its line, with the computed figure it equals and the <Nilai> to write instead; years,
 * regulation numbers, dates, NIPs, section numbers, counts and formula constants are not figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { angkaDiketik } from '../../src/domain/angkaBab.ts';
import { periksaSatu } from '../../src/data/periksaSemua.ts';
import { salinData, ubahTeks, hapusSalinan } from '../salinan.ts';

afterAll(hapusSalinan);

const teks = (s: string) => angkaDiketik(s).map((a) => a.teks);

describe('what reads as a typed figure', () => {
  it('percentages, rupiah amounts, comma decimals and thousands-grouped numbers', () => {
    expect(teks('terealisasi 87,72% dari target 15 % dan 98.05%; pagu Rp 1.823.606.126 atau Rp.9.000.000,00')).toEqual([
      '87,72%',
      '15 %',
      '98.05%',
      'Rp 1.823.606.126',
      'Rp.9.000.000,00',
    ]);
    expect(teks('indeks 55,06 dibandingkan 59,47; sebanyak 1.250 dokumen; naik 20 persen')).toEqual([
      '55,06',
      '59,47',
      '1.250',
      '20 persen',
    ]);
  });

  it('no noise: years, regulations, dates, NIPs, sections, counts, formula constants and thresholds', () => {
    expect(
      teks(
        'Permenpan RB Nomor 53 Tahun 2014 (53/2014), Renstra 2024-2026, tanggal 10 Januari 2025 (10/01/2025), NIP 19750312 200003 1 004, ' +
          'subbab 3.1.2. dan 3.1, 1 (satu) tujuan dan 6 desa; Capaian = Realisasi ÷ Target × 100% atau x 100 %; capaian ≥ 100% dan di bawah 100%',
      ),
    ).toEqual([]);
  });
});

describe('npm run check lists each typed figure of the prose', () => {
  const root = salinData();
  ubahTeks(root, 'contoh', 'bab/03-akuntabilitas.mdx', (t) =>
    [
      t,
      '',
      'Realisasi IKU-1 tahun 2024 sebesar 87,72%, di Kecamatan Yosowilangun 87,30%.',
      'Kenaikan 33,11% dibanding tahun 2020 (Peraturan Bupati Nomor 96 Tahun 2019).',
      '',
      '<Tabel label="isu-uji" judul="Isu">',
      '',
      '| No | Isu |',
      '|---|---|',
      '| 1 | Antrean 45% |',
      '',
      '</Tabel>',
      '',
    ].join('\n'),
  );
  const baris = ubahBaris(root);
  const w = periksaSatu(root, 'contoh').masalah.filter((m) => m.jalur === '(angka di teks)');

  it('one warning per figure at its line, saying which computed figure it equals and which <Nilai> prints it', () => {
    expect(w.map((m) => `${m.baris} ${m.pesan.split(' diketik')[0]}`)).toEqual([
      `${baris} angka 87,72%`,
      `${baris} angka 87,30%`,
      `${baris + 1} angka 33,11%`,
    ]);
    expect(w[0].pesan).toMatch(/sama dengan target IKU-1 dan realisasi IKU-1: tulis <Nilai indikator="IKU-1" besaran="target" \/>/);
    expect(w[1].pesan).toMatch(/sama dengan pembanding IKU-1 \(Kecamatan Yosowilangun\), bukan hasil hitungan yang dapat diperiksa/);
    expect(w[2].pesan).toMatch(/tidak dapat diperiksa: tidak ada angka hasil hitungan laporan yang sama; .*<Nilai …\/>/);
    expect(w.every((m) => m.tingkat === 'peringatan' && m.berkas.endsWith('bab/03-akuntabilitas.mdx'))).toBe(true);
  });

  it('the hand-made table keeps its own warning; its cells are not listed again', () => {
    expect(w.some((m) => m.pesan.includes('45%'))).toBe(false);
  });
});

/** The line of the first added sentence in the copy. */
function ubahBaris(root: string): number {
  let n = 0;
  ubahTeks(root, 'contoh', 'bab/03-akuntabilitas.mdx', (t) => {
    n = t.split('\n').findIndex((x) => x.startsWith('Realisasi IKU-1 tahun 2024')) + 1;
    return t;
  });
  return n;
}
