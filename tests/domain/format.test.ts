import { describe, expect, it } from 'vitest';
import { angka, persen, rupiah, rp, tanggal, poin, romawi } from '../../src/domain/tampilan/format.ts';
import { checkNip, formatNip } from '../../src/domain/nip.ts';

const p2 = { cara: 'setengah-ke-atas' as const, desimal: 2 };

describe('id-ID formats', () => {
  it('numbers, percentages and rupiah', () => {
    expect(angka(1234567.891, p2)).toBe('1.234.567,89');
    expect(persen(89.52, p2)).toBe('89,52%');
    expect(rupiah(2752150911)).toBe('2.752.150.911');
    expect(rp(1707501397)).toBe('Rp\u00a01.707.501.397');
  });
  it('dates in Indonesian', () => {
    expect(tanggal('2025-01-15')).toBe('15 Januari 2025');
    expect(tanggal('2023-08-23')).toBe('23 Agustus 2023');
  });
  it('roman numerals for BAB, triwulan and front-matter pages', () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(romawi)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
  });
  it('percentage-point changes carry their sign', () => {
    expect(poin(2.1, p2)).toBe('+2,10 poin');
    expect(poin(-31.83, p2)).toBe('-31,83 poin');
  });
});

describe('NIP', () => {
  it.each(['19660228 199203 1 012', '19680407198903 1 006', '196804071989031006'])('accepts %s', (nip) => {
    expect(checkNip(nip).ok).toBe(true);
  });
  it.each([
    ['19680407 198903 1 00', /18 angka/],
    ['19681307 198903 1 006', /tanggal lahir/],
    ['19680407 198903 3 006', /jenis kelamin/],
    ['1968O407 198903 1 006', /hanya boleh berisi angka/],
    ['19680407 196003 1 006', /pengangkatan/],
  ])('refuses %s', (nip, reason) => {
    const r = checkNip(nip);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
  it('prints the usual grouping', () => {
    expect(formatNip('196804071989031006')).toBe('19680407 198903 1 006');
  });
});
