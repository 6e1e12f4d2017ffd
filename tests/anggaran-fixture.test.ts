/**
 * The budget fixtures beyond the samples (tests/fixtures/anggaran): a kota whose budget is split between the
 * kecamatan and its kelurahan (the same program kode once per unit), and a report judging efficiency on the
 * Kepmendagri 690.900.327/1996 scale. Figures read from the computed report and from <Nilai> as the build renders it.
 */
import { describe, expect, it } from 'vitest';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { kutipNilai } from '../src/domain/tampilan/kutip.ts';
import { rekapWilayah, pilihUnit, daftarUnit } from '../src/domain/wilayah.ts';
import { nomorBaris, ratakan } from '../src/domain/anggaran.ts';
import { salinData, ubahData } from './salinan.ts';

const ROOT = 'tests/fixtures/anggaran';

describe('kecamatan and kelurahan units', () => {
  const r = periksaSatu(ROOT, 'unit-kota');
  const l = r.laporan!;
  it('the same program kode once per unit is valid, and nothing disagrees', () => {
    expect(r.masalah).toEqual([]);
  });
  it('a kode used twice within one unit is still refused', () => {
    const root = salinData(ROOT);
    ubahData(root, 'unit-kota', 'anggaran.yaml', (d) => (d.program[2].unit = 'Arjo'));
    const g = periksaSatu(root, 'unit-kota').masalah.filter((m) => m.tingkat === 'galat');
    expect(g.map((m) => `${m.jalur}: ${m.pesan}`)).toEqual([
      'program[2].kode: kode "7.01.01" sudah dipakai di program[1] (Arjo); kode rekening harus unik dalam satu unit',
    ]);
  });
  it('units in order: the kecamatan first, then the kelurahan holding lines', () => {
    expect(daftarUnit(l.program, l.data.laporan.wilayah!.daftar)).toEqual(['kecamatan', 'Arjo', 'Buring', 'Cemoro']);
    expect(pilihUnit(l.program, 'Arjo').map((b) => [b.kode, b.pagu])).toEqual([
      ['7.01.01', 200000],
      ['7.01.06', 500000],
    ]);
  });
  it('<Nilai anggaran> sums a kode across units, or picks one', () => {
    const n = (q: Record<string, string>) => kutipNilai(l, q);
    expect(n({ anggaran: '7.01.01', besaran: 'pagu' })).toBe('1.500.000');
    expect(n({ anggaran: '7.01.01', unit: 'Buring', besaran: 'pagu' })).toBe('300.000');
    expect(n({ anggaran: '7.01.01', unit: 'Buring' })).toBe('90,00%');
    expect(n({ anggaran: '7.01.01', unit: 'kecamatan', besaran: 'realisasi' })).toBe('900.000');
    expect(n({ sasaran: 'S1', besaran: 'penyerapan' })).toBe('88,00%');
    expect(() => n({ anggaran: '7.01.01', unit: 'Wonokoyo' })).toThrow(/unit "Wonokoyo" tidak memiliki anggaran/);
  });
  it('the kelurahan comparison takes each unit’s amounts from the level that carries them', () => {
    const w = rekapWilayah(l.program, l.data.laporan.wilayah!.daftar, { denganKecamatan: true });
    expect(w.map((x) => [x.unit, x.pagu, x.realisasi])).toEqual([
      ['Arjo', 700000, 650000],
      ['Buring', 300000, 270000],
      ['Cemoro', 400000, 100000],
      [undefined, 1000000, 900000],
    ]);
  });
  it('lines without kode get outline numbers (nomorBaris: romawi)', () => {
    const nomor = nomorBaris(l.program, l.data.laporan.nomorBaris);
    expect(ratakan(l.program).map((b) => nomor.get(b))).toEqual([
      '7.01.01',
      'I.1',
      'I.1.1',
      '7.01.01',
      '7.01.01',
      '7.01.06',
      'IV.1',
      'IV.2',
    ]);
  });
});

describe('efficiency on a scale of bands', () => {
  const r = periksaSatu(ROOT, 'efisiensi-rasio');
  const l = r.laporan!;
  it('valid, and the typed line figures agree', () => {
    expect(r.masalah).toEqual([]);
  });
  it('a category per sasaran and per line from the Kepmendagri bands', () => {
    expect(l.sasaran.map((s) => [s.kode, s.efisiensi.ok && s.efisiensi.nilai, s.kategoriEfisiensi?.predikat])).toEqual([
      ['S1', 72.5, 'Efisien'],
      ['S2', expect.closeTo(94.444, 2), 'Kurang Efisien'],
    ]);
    const k = ratakan(l.program).map((b) => [
      b.tingkat,
      b.capaianKeluaran.ok ? b.capaianKeluaran.nilai : null,
      b.efisiensi.ok ? b.efisiensi.nilai : null,
      b.kategoriEfisiensi?.predikat,
    ]);
    expect(k).toEqual([
      ['program', null, null, undefined],
      ['kegiatan', 100, 50, 'Sangat Efisien'],
      ['kegiatan', 100, 95, 'Kurang Efisien'],
      ['program', 80, 125, 'Tidak Efisien'],
    ]);
  });
  it('<Nilai> quotes efficiency and its category of a sasaran or a line (by its row number)', () => {
    expect(kutipNilai(l, { sasaran: 'S2', besaran: 'kategoriEfisiensi' })).toBe('Kurang Efisien');
    expect(kutipNilai(l, { anggaran: '1.1', besaran: 'efisiensi' })).toBe('50,00%'); // with its unit, as TabelEfisiensi prints it
    expect(kutipNilai(l, { anggaran: '1.1', besaran: 'kategoriEfisiensi' })).toBe('Sangat Efisien');
  });
  it('a scale for another rule than the report’s is refused', () => {
    const root = salinData(ROOT);
    ubahData(root, 'efisiensi-rasio', 'laporan.yaml', (d) => (d.efisiensi = 'selisih'));
    const g = periksaSatu(root, 'efisiensi-rasio').masalah.filter((m) => m.tingkat === 'galat');
    expect(g.map((m) => m.pesan)).toContain(
      'skala efisiensi "kepmendagri-690-1996" menilai hasil rumus "rasio", tetapi laporan memakai rumus "selisih"',
    );
  });
  it('an unknown scale is refused with the ones available', () => {
    const root = salinData(ROOT);
    ubahData(root, 'efisiensi-rasio', 'laporan.yaml', (d) => (d.skalaEfisiensi = 'tidak-ada'));
    const g = periksaSatu(root, 'efisiensi-rasio').masalah.filter((m) => m.tingkat === 'galat');
    expect(g.map((m) => m.pesan)).toEqual([
      'skala efisiensi "tidak-ada" tidak ada di content/skala-efisiensi/; pilih salah satu: kepmendagri-690-1996',
    ]);
  });
  it('an entered output achievement that disagrees with the indicators is reported', () => {
    const root = salinData(ROOT);
    ubahData(root, 'efisiensi-rasio', 'anggaran.yaml', (d) => (d.program[0].kegiatan[0].capaian = 90));
    const w = periksaSatu(root, 'efisiensi-rasio').masalah.filter((m) => m.tingkat === 'peringatan');
    expect(w.map((m) => `${m.jalur}: ${m.pesan}`)).toEqual([
      'program[0].kegiatan[0].capaian: capaian keluaran Perencanaan, Penganggaran dan Evaluasi Kinerja diisi 90,00, tetapi rata-rata capaian indikatornya 100,00',
    ]);
  });
});
