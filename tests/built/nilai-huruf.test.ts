/**
 * A letter-grade indicator and an RKT target in the right tables, on the website and in the PDF (issue 13 items 3-4).
 * Built in a scratch copy (site and PDF) of the valid fixture with a grade scale, a graded indicator and RKT targets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';
import { teksHtml } from './situs.ts';
import { halamanTeks } from './pdf.ts';

const ID = 'contoh';
let dir = '';

beforeAll(() => {
  dir = salinKodeProyek();
  rmSync(join(dir, 'content'), { recursive: true, force: true });
  cpSync('tests/fixtures/valid/content', join(dir, 'content'), { recursive: true });
  const lap = join(dir, 'content/laporan', ID);
  const k = parse(readFileSync(join(lap, 'kinerja.yaml'), 'utf8'));
  k.skalaNilai = [{ id: 'sakip', nama: 'Nilai SAKIP', nilai: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'].map((kode) => ({ kode })) }];
  const sasaran = k.tujuan[0].sasaran[0];
  sasaran.indikator[0].target.rkt = 86.5;
  sasaran.indikator.push({
    kode: 'IKU-SAKIP',
    nama: 'Nilai SAKIP Kecamatan',
    satuan: 'nilai',
    skalaNilai: 'sakip',
    target: { pkAwal: 'A', rkt: 'BB' },
  });
  writeFileSync(join(lap, 'kinerja.yaml'), stringify(k));
  const r = parse(readFileSync(join(lap, 'realisasi.yaml'), 'utf8'));
  r['IKU-SAKIP'] = { tahunan: 'BB' };
  writeFileSync(join(lap, 'realisasi.yaml'), stringify(r));
  writeFileSync(
    join(lap, 'bab/04-huruf.mdx'),
    [
      '---',
      'judul: Nilai Huruf dan Lapisan Target',
      'jenis: bab',
      'bab: 4',
      'urutan: 4',
      '---',
      '',
      'Nilai SAKIP <Nilai indikator="IKU-SAKIP" besaran="realisasi" />, target RKT <Nilai indikator="IKU-SAKIP" besaran="target" lapisan="rkt" />.',
      '',
      '<TabelCapaian label="tabel-capaian-pk" />',
      '',
      '<TabelCapaian label="tabel-capaian-rkt" lapisan="rkt" />',
      '',
      '<TabelTarget label="tabel-lapisan" lapisan={["rkt", "pkAwal"]} denganCapaian />',
      '',
    ].join('\n'),
  );
  const b = bangunProyek(dir, [], { LKJIP_DRAF: '1' });
  if (b.status !== 0) throw new Error(`build gagal:\n${b.stdout}\n${b.stderr}`);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const tabel = (html: string, label: string) => teksHtml(new RegExp(`<table id="${label}"[\\s\\S]*?</table>`).exec(html)![0]);

describe('a letter grade and an RKT target in the right tables', () => {
  it('website: the PK table compares BB with A (not reached), the RKT table with BB (reached); RKT targets side by side', () => {
    const h = readFileSync(join(dir, 'dist', ID, 'bab-4', 'index.html'), 'utf8');
    expect(tabel(h, 'tabel-capaian-pk')).toMatch(/Nilai SAKIP Kecamatan A BB Belum tercapai/);
    const rkt = tabel(h, 'tabel-capaian-rkt');
    expect(rkt).toMatch(/Target RKT\/Renja/);
    expect(rkt).toMatch(/Nilai SAKIP Kecamatan BB BB Tercapai/);
    expect(rkt).toMatch(/86,50% 87,72% 101,41%/); // IKU-1: 87,72 / 86,5
    expect(tabel(h, 'tabel-lapisan')).toMatch(/Nilai SAKIP Kecamatan nilai BB Tercapai A Belum tercapai BB/);
    expect(teksHtml(h)).toMatch(/Nilai SAKIP BB ?, target RKT BB ?\./);
    expect(teksHtml(h)).toMatch(/Nilai huruf menurut Nilai SAKIP: D < C < CC < B < BB < A < AA; capaian: tercapai/);
  });

  it('PDF: the same rows', () => {
    const semua = halamanTeks(join(dir, 'dist', ID, `${ID}.pdf`)).join('\n');
    expect(semua).toMatch(/Nilai SAKIP Kecamatan\s+A\s+BB\s+Belum tercapai/);
    expect(semua).toMatch(/Nilai SAKIP\s+BB\s+BB\s+Tercapai/); // the name wraps in the narrower RKT column
    expect(semua).toMatch(/Nilai SAKIP\s+nilai\s+BB\s+Tercapai\s+A\s+Belum tercapai\s+BB/);
    expect(semua).toMatch(/Target RKT\/Renja/);
    expect(semua).toMatch(/86,50%\s+87,72%\s+101,41%/);
  });
});
