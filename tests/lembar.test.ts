/**
 * The workbook model (scripts/lib/lembar/kolom.ts) is generated from the schemas: every leaf of every data schema
 * has a column (so a field added to a schema is in the workbook with no code), every column is explained, sheet
 * names are valid in Excel; and a report's data becomes rows and back unchanged (datar.ts), for every sample report
 * and the kitchen-sink fixture.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'zod';
import { daunSkema } from './kitchen-sink/daun.ts';
import { BERKAS_LEMBAR, LEMBAR, ISIAN, IDENTITAS } from '../scripts/lib/lembar/kolom.ts';
import { keBaris, dariBaris } from '../scripts/lib/lembar/datar.ts';
import { BERKAS } from '../src/data/muat.ts';

const kolomData = [...LEMBAR.filter((l) => l !== IDENTITAS), ...ISIAN.values()].flatMap((l) =>
  l.kolom.filter((k) => !k.kunci.startsWith('(')).map((k) => ({ l, k })),
);
const daunModel = new Set(kolomData.flatMap(({ k }) => k.daun));

describe('the workbook is generated from the schemas', () => {
  it('covers every data file the loader reads', () => {
    expect(BERKAS_LEMBAR.map((b) => b.berkas)).toEqual(Object.values(BERKAS));
  });

  const kasus = BERKAS_LEMBAR.flatMap(({ berkas, schema }) =>
    daunSkema(schema as ZodType).flatMap(({ jalur, juga }) => [jalur, ...juga].map((j) => ({ nama: `${berkas}:${j || '(nilai)'}`, j }))),
  );
  it('the schema walk finds the fields (sanity)', () => {
    expect(kasus.length).toBeGreaterThan(200);
    expect(kasus.map((k) => k.nama)).toContain('kinerja.yaml:tujuan[].sasaran[].indikator[].target.renstra{}');
  });
  it.each(kasus)('$nama has a column', ({ j }) => {
    expect(
      daunModel.has(j),
      `tidak ada kolom untuk ${j}; kolom yang ada: ${[...daunModel].filter((d) => d.startsWith(j.split('.')[0])).join(', ')}`,
    ).toBe(true);
  });

  it('every data column is explained (its field text from .describe())', () => {
    const tanpa = kolomData.filter(({ k }) => !k.petunjuk.trim()).map(({ l, k }) => `${l.nama}: ${k.judul}`);
    expect(tanpa).toEqual([]);
  });

  it('sheet names are valid in Excel and unique; headers unique per sheet', () => {
    const nama = ['Petunjuk', ...LEMBAR.map((l) => l.nama)];
    for (const n of nama) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    expect(new Set(nama.map((n) => n.toLowerCase())).size).toBe(nama.length);
    for (const l of LEMBAR) expect(new Set(l.kolom.map((k) => k.judul.toLowerCase())).size, l.nama).toBe(l.kolom.length);
  });

  it('lists become drop-downs: enums carry their values (polaritas, kondisi, periode.jenis)', () => {
    const pilihan = (lembar: string, kunci: string) =>
      [...LEMBAR, ...ISIAN.values()].find((l) => l.nama === lembar)?.kolom.find((k) => k.kunci === kunci)?.pilihan;
    expect(pilihan('Indikator', 'polaritas')).toEqual(['positif', 'negatif']);
    expect(pilihan('Sarana', 'kondisi')).toEqual(['baik', 'kurang baik', 'rusak ringan', 'rusak berat']);
    expect(pilihan('laporan.yaml', 'periode.jenis')).toEqual(['tahunan', 'triwulan', 'semester']);
    expect(pilihan('Anggaran', '(tingkat)')).toEqual(['program', 'kegiatan', 'sub kegiatan']);
  });
});

const LAPORAN = [
  ...readdirSync('content/laporan').map((id) => join('content/laporan', id)),
  'tests/fixtures/kitchen-sink/content/laporan/lengkap',
];

describe('a report as rows and back', () => {
  it.each(LAPORAN)('%s: every file rebuilt exactly from its rows', (dir) => {
    const data = new Map<string, unknown>();
    for (const { berkas } of BERKAS_LEMBAR)
      if (existsSync(join(dir, berkas))) data.set(berkas, parse(readFileSync(join(dir, berkas), 'utf8')) ?? {});
    const baris = keBaris(data);
    const hasil = dariBaris(baris);
    expect(hasil.galat).toEqual([]);
    expect(Object.fromEntries(hasil.data)).toEqual(Object.fromEntries(data));
    // Not vacuous: the rows hold the report (indicators, budget lines).
    expect(baris.get(LEMBAR.find((l) => l.nama === 'Indikator')!)!.length).toBeGreaterThan(1);
    expect(baris.get(LEMBAR.find((l) => l.nama === 'Anggaran')!)!.length).toBeGreaterThan(1);
  });

  it('a row naming a parent that does not exist, a duplicate key and a misplaced tree row are refused with sheet and row', () => {
    const l = (n: string) => LEMBAR.find((x) => x.nama === n)!;
    const r = dariBaris(
      new Map([
        [l('Tujuan dan sasaran'), [{ nomor: 3, nilai: { '(tingkat)': 'sasaran', kode: 'S1', nama: 'x' } }]],
        [l('Indikator'), [{ nomor: 3, nilai: { '(induk)': '9', kode: 'I', nama: 'x', satuan: 'persen', 'target.pkAwal': 1 } }]],
        [
          l('Realisasi'),
          [
            { nomor: 3, nilai: { '(kunci)': 'I', tw1: 1 } },
            { nomor: 4, nilai: { '(kunci)': 'I', tw2: 1 } },
          ],
        ],
      ]),
    );
    expect(r.galat).toEqual([
      'Tujuan dan sasaran baris 3: sasaran tidak berada di bawah tujuan mana pun; letakkan di bawah baris tujuan-nya',
      'Realisasi baris 4: Kunci "I" sudah dipakai baris lain',
      'Indikator baris 3: Induk "9" tidak ada di lembar Tujuan dan sasaran',
    ]);
  });
});

describe('the written workbook: a note on every header, drop-downs for lists', () => {
  it('Indikator: each header cell has its explanation as a note; polaritas and jenis get their drop-downs', async () => {
    const { tulisTemplat, uraianKolom } = await import('../scripts/lib/lembar/templat.ts');
    const { bacaZip } = await import('../scripts/lib/lembar/zip.ts');
    const { hurufKolom } = await import('../scripts/lib/lembar/kolom.ts');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(join(tmpdir(), 'lkjip-buku-'));
    try {
      const f = join(tmp, 'c.xlsx');
      await tulisTemplat('.', 'candipuro-2023-tw2', f);
      const z = bacaZip(readFileSync(f));
      const teks = (p: string) => z.get(p)!.toString('utf8');
      const wb = teks('xl/workbook.xml');
      const rid = new RegExp('<sheet r:id="(rId\\d+)" sheetId="\\d+" name="Indikator"/>').exec(wb)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(
        teks('xl/_rels/workbook.xml.rels'),
      )!;
      const lembarXml = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
      const nama = lembarXml.split('/').pop()!;
      const rel = teks(`xl/worksheets/_rels/${nama}.rels`);
      const komentar = /Type="[^"]+\/comments" Target="\.\.\/([^"]+)"/.exec(rel)![1];
      expect(rel).toMatch(/\/vmlDrawing" Target="\.\.\/drawings\/vmlDrawing\d+\.vml"/);
      expect(teks('[Content_Types].xml')).toContain(`PartName="/xl/${komentar}"`);
      const k = teks(`xl/${komentar}`);
      const ind = LEMBAR.find((l) => l.nama === 'Indikator')!;
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      ind.kolom.forEach((c, i) =>
        expect(k).toContain(`<comment ref="${hurufKolom(i)}1" authorId="0"><text><r><t xml:space="preserve">${esc(uraianKolom(c))}</t>`),
      );
      const s = teks(lembarXml);
      expect(s).toMatch(
        /<\/sheetData><dataValidations count="\d+">.*<\/dataValidations><legacyDrawing r:id="rIdLkjipVml"\/><\/worksheet>$/,
      );
      const col = (kunci: string) => hurufKolom(ind.kolom.findIndex((c) => c.kunci === kunci));
      expect(s).toContain(`sqref="${col('polaritas')}3:${col('polaritas')}5000"><formula1>&quot;positif,negatif&quot;</formula1>`);
      expect(s).toContain(`sqref="${col('jenis')}3:${col('jenis')}5000"><formula1>&quot;output,outcome,impact&quot;</formula1>`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
