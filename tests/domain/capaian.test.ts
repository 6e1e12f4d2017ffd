import { describe, expect, it } from 'vitest';
import { capaian, realisasiDariPerhitungan } from '../../src/domain/capaian.ts';
import { persen, hasilPersen } from '../../src/domain/tampilan/format.ts';
import { bulatkan } from '../../src/domain/pembulatan.ts';

const potong = { cara: 'potong' as const, desimal: 2 };
const setengah = { cara: 'setengah-ke-atas' as const, desimal: 2 };

describe('capaian against figures printed in the seeds', () => {
  it.each([
    // [source, target, realisasi, rounding, expected display]
    ['Candipuro Tabel 3.1, IKU 1', 91.5, 54.9, potong, '60,00%'],
    ['Candipuro Tabel 3.1, IKU 2 (Lumajang truncates)', 82, 33.33, potong, '40,64%'],
    ['Candipuro IKU 2 rounded half-up instead', 82, 33.33, setengah, '40,65%'],
    ['Jatiroto Tabel 3.2, Indeks Pelayanan Publik', 61.5, 55.06, potong, '89,52%'],
    ['Jatiroto Tabel 3.2, IKU 1', 87.72, 87.72, potong, '100,00%'],
    ['Jatiroto Tabel 3.2, IKU 2 (printed 105%)', 94.44, 100, potong, '105,88%'],
    ['Jatiroto Tabel 3.6, IPP vs target akhir 70 (printed 78,65%)', 70, 55.06, potong, '78,65%'],
  ] as const)('%s', (_src, target, realisasi, p, expected) => {
    expect(hasilPersen(capaian(target, realisasi), p)).toBe(expected);
  });

  it('negative indicator, variant "selisih" (Permenpan RB 53/2014): (2T - R) / T', () => {
    const c = capaian(10, 12, 'negatif', 'selisih');
    expect(c.ok && c.nilai).toBeCloseTo(80, 10);
    const better = capaian(10, 8, 'negatif', 'selisih');
    expect(better.ok && better.nilai).toBeCloseTo(120, 10);
  });

  it('negative indicator, variant "rasio": T / R', () => {
    const c = capaian(10, 12.5, 'negatif', 'rasio');
    expect(c.ok && c.nilai).toBeCloseTo(80, 10);
  });

  it('target 0, or no realisasi, cannot be computed: never 0, never NaN', () => {
    for (const c of [capaian(0, 5), capaian(undefined, 5), capaian(80, undefined), capaian(10, 0, 'negatif', 'rasio')]) {
      expect(c.ok).toBe(false);
      expect(hasilPersen(c, potong)).toBe('tidak dapat dihitung');
    }
  });

  it('realisasi from its counted terms (Candipuro: 28 of 51; 0 + 0 + 10 of 30)', () => {
    expect(persen((realisasiDariPerhitungan([28], 51) as { nilai: number }).nilai, potong)).toBe('54,90%');
    expect(persen((realisasiDariPerhitungan([0, 0, 10], 30) as { nilai: number }).nilai, potong)).toBe('33,33%');
    expect(realisasiDariPerhitungan([1], 0).ok).toBe(false);
  });
});

describe('rounding happens at display only', () => {
  it('absorbs binary noise before truncating', () => {
    expect(bulatkan((54.9 / 91.5) * 100, potong)).toBe(60);
    expect(bulatkan(1.005 * 100, { cara: 'setengah-ke-atas', desimal: 0 })).toBe(101);
  });
  it('truncates and rounds negative numbers symmetrically', () => {
    expect(bulatkan(-3.559, potong)).toBe(-3.55);
    expect(bulatkan(-3.555, setengah)).toBe(-3.56);
  });
});
