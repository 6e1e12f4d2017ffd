import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { skalaSchema, type Skala } from '../../src/schemas/skala.ts';
import { pitaUntuk, predikat } from '../../src/domain/predikat.ts';
import { capaian } from '../../src/domain/capaian.ts';

const skala = (id: string): Skala => skalaSchema.parse(parse(readFileSync(`content/skala/${id}.yaml`, 'utf8')));

describe('predikat scales are data, and each shipped scale is valid', () => {
  it.each(readdirSync('content/skala'))('%s validates', (f) => {
    expect(skalaSchema.safeParse(parse(readFileSync(`content/skala/${f}`, 'utf8'))).success).toBe(true);
  });

  it.each([
    [50, 'Sangat Rendah'],
    [50.01, 'Rendah'],
    [65, 'Rendah'],
    [75, 'Sedang'],
    [89.52, 'Tinggi'],
    [90, 'Tinggi'],
    [90.01, 'Sangat Tinggi'],
    [105.88, 'Sangat Tinggi'],
  ])('Lumajang five bands: %d -> %s', (v, name) => {
    expect(pitaUntuk(skala('lumajang-5'), v)?.predikat).toBe(name);
  });

  it.each([
    [59.99, 'Tidak Berhasil'],
    [60, 'Cukup Berhasil'],
    [90, 'Berhasil'],
    [109.99, 'Berhasil'],
    [110, 'Sangat Berhasil'],
  ])('Kota Malang four bands: %d -> %s', (v, name) => {
    expect(pitaUntuk(skala('malang-4'), v)?.predikat).toBe(name);
  });

  it.each([
    [99.99, 'Belum Mencapai'],
    [100, 'Sesuai'],
    [100.01, 'Melampaui'],
  ])('three colour bands: %d -> %s', (v, name) => {
    expect(pitaUntuk(skala('warna-3'), v)?.predikat).toBe(name);
  });

  it.each([
    [90.5, 'Tinggi'],
    [91, 'Sangat Tinggi'],
    [50.5, 'Sangat Rendah'],
  ])('Permendagri 86/2017: %d -> %s', (v, name) => {
    expect(pitaUntuk(skala('permendagri-86'), v)?.predikat).toBe(name);
  });

  it('uses the displayed value: Jatiroto 105% is "Sangat Tinggi", not "tinggi" as the seed wrote', () => {
    const c = capaian(94.44, 100);
    expect(predikat(skala('lumajang-5'), c, { cara: 'potong', desimal: 2 })?.predikat).toBe('Sangat Tinggi');
  });

  it('a capaian that cannot be computed has no predikat', () => {
    expect(predikat(skala('lumajang-5'), capaian(0, 1), { cara: 'potong', desimal: 2 })).toBeUndefined();
  });
});
