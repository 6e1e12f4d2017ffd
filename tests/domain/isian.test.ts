import { describe, expect, it } from 'vitest';
import { bacaAngka, caraAngka, normalkanKode } from '../../src/domain/isian.ts';

const nilai = (s: string) => {
  const r = bacaAngka(s);
  return r.ok ? r.nilai : `GAGAL: ${r.alasan}`;
};

describe('numbers as people type them', () => {
  it('Indonesian and English thousands and decimals', () => {
    expect(nilai('1.234.567,89')).toBe(1234567.89);
    expect(nilai('1,234,567.89')).toBe(1234567.89);
    expect(nilai('2.752.150.911')).toBe(2752150911);
    expect(nilai('2,752,150,911')).toBe(2752150911);
    expect(nilai('54,90')).toBe(54.9);
    expect(nilai('54.90')).toBe(54.9);
    expect(nilai('0,500')).toBe(0.5);
    expect(nilai('1234')).toBe(1234);
    expect(nilai('1234,5')).toBe(1234.5);
  });

  it('grouped thousands then three digits after the other mark: refused, not read as a thousandth (found by helper uji)', () => {
    // Before: "21.600,000" (21.600.000 with a comma typed for the last point) became a pagu of Rp 21.600.
    expect(nilai('21.600,000')).toMatch(/^GAGAL: "21\.600,000" dapat dibaca dua cara: .*21\.600\.000\?/);
    expect(nilai('21,600.000')).toMatch(/^GAGAL: .*dua cara/);
    expect(nilai('21.600,00')).toBe(21600);
    expect(nilai('1.234,5678')).toBe(1234.5678);
  });

  it('currency, percent, spaces and negatives', () => {
    expect(nilai('Rp 2.500.000')).toBe(2500000);
    expect(nilai('Rp. 2.500.000,50')).toBe(2500000.5);
    expect(nilai('60%')).toBe(60);
    expect(nilai(' 1 234 567 ')).toBe(1234567);
    expect(nilai('-4,5')).toBe(-4.5);
    expect(nilai('(1.500.000,00)')).toBe(-1500000);
  });

  it('refuses what could be read two ways, and what is not a number', () => {
    for (const s of ['1.234', '1,234', '12.500', '999,000']) expect(nilai(s)).toMatch(/GAGAL: .*dua cara/);
    for (const s of ['abc', '1.2.3,4,5', '12,34.56', '']) expect(nilai(s)).toMatch(/GAGAL/);
  });

  it('budget codes are normalised', () => {
    expect(normalkanKode(" '7.01.01.2.01 ")).toBe('7.01.01.2.01');
    expect(normalkanKode('7 .01. 01.')).toBe('7.01.01');
  });
});

describe('a sheet that shows how it writes numbers', () => {
  it('reads "500.000" as five hundred thousand where the sheet writes Indonesian numbers, as a half where it writes English ones', () => {
    expect(caraAngka('1.000.000,00')).toBe('id');
    expect(caraAngka('54,90')).toBe('id');
    expect(caraAngka('1,250,000')).toBe('en');
    expect(caraAngka('54.90')).toBe('en');
    expect(caraAngka('500.000')).toBeUndefined();
    expect(caraAngka('1234')).toBeUndefined();
    expect(bacaAngka('500.000', 'id')).toEqual({ ok: true, nilai: 500000 });
    expect(bacaAngka('500,000', 'id')).toEqual({ ok: true, nilai: 500 });
    expect(bacaAngka('500.000', 'en')).toEqual({ ok: true, nilai: 500 });
    expect(bacaAngka('500,000', 'en')).toEqual({ ok: true, nilai: 500000 });
  });
});
