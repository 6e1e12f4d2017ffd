/**
 * Real Excel files: workbooks written by LibreOffice (tests/fixtures/excel/buat.ts, committed), read
 * cell by cell as the author sees them, or refused with sheet!cell and the reason in plain Indonesian.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacaBuku, type HasilBaca } from '../scripts/lib/lembar/baca.ts';
import { terapkan } from '../scripts/lib/lembar/terapkan.ts';
import { bacaSidik, periksaBasi } from '../scripts/lib/lembar/sidik.ts';
import { folderLaporan } from '../src/data/folder.ts';
import { bacaZip, tulisZip } from '../scripts/lib/lembar/zip.ts';
import { csv } from '../src/domain/tampilan/csv.ts';
import { UJI, UJI2, JUDUL } from './fixtures/excel/model.ts';
import { salinData, hapusSalinan } from './salinan.ts';

afterAll(hapusSalinan);

const DIR = 'tests/fixtures/excel';
const baca = (f: string) => bacaBuku(join(DIR, f), [UJI, UJI2]);
const baris = (h: HasilBaca, l = UJI) => Object.fromEntries((h.lembar.get(l) ?? []).map((b) => [b.nomor, b.nilai]));

describe('the test files are what they claim to be', () => {
  it('written by LibreOffice, with shared strings; the inline variant has none', () => {
    const sel = bacaZip(readFileSync(join(DIR, 'sel.xlsx')));
    expect(sel.get('docProps/app.xml')!.toString()).toMatch(/LibreOffice/);
    expect(sel.get('xl/sharedStrings.xml')!.toString()).toContain('<si>');
    const lembar = sel.get('xl/worksheets/sheet1.xml')!.toString();
    expect(lembar).toMatch(/t="e"><f[^>]*>1\/0<\/f><v>#DIV\/0!<\/v>/); // an error cell with its formula
    expect(lembar).toMatch(/t="b"/);
    expect(lembar).toMatch(/<mergeCell ref="C18:C19"\/>/);
    expect(lembar).toMatch(/<dimension ref="A1:J45"\/>.*<c r="J45" s="\d+"\/>/s); // formatted empty rows and columns after the data
    const inline = bacaZip(readFileSync(join(DIR, 'sel-inline.xlsx')));
    expect(inline.has('xl/sharedStrings.xml')).toBe(false);
    expect(inline.get('xl/worksheets/sheet1.xml')!.toString()).toMatch(/t="inlineStr"><is><t[^>]*>Teks biasa<\/t><\/is>/);
    const wb = bacaZip(readFileSync(join(DIR, 'lembar.xlsx')))
      .get('xl/workbook.xml')!
      .toString();
    expect(wb).toMatch(/date1904="true"/);
    expect(wb).toMatch(/name="Uji2"[^>]*state="hidden"/);
  });
});

describe('cells as Excel writes them (sel.xlsx; sel-inline.xlsx gives the same)', async () => {
  const h = await baca('sel.xlsx');
  it('read: serial dates, numbers stored as text both ways, formula results, percentages, merged text, gaps and trailing rows', () => {
    expect(baris(h)).toEqual({
      3: { kode: 'K1', nama: 'Teks biasa', nilai: 12, tanggal: '2024-12-31', keterangan: '=SUM(A1)' }, // our CSV apostrophe goes
      4: { kode: 'K2', nama: 'Nama rumus', nilai: 1234.5, tanggal: '2024-12-31', keterangan: "'Rp biasa" }, // any other stays
      5: { kode: 'K3', nama: 'Inggris', nilai: 1234.5, tanggal: '2024-12-31' },
      6: { kode: 'K4', nama: 'Rumus angka', nilai: 24, tanggal: '2024-02-29' },
      7: { kode: 'K5', nama: 'Persen', nilai: 54.9 }, // 54,9% is stored as 0.549
      8: { kode: 'K6', nama: 'Pecahan', nilai: 0.3 }, // =0.1+0.2 is 0.30000000000000004 in the file
      9: { kode: 'K7', nama: 'Serial tanpa format tanggal' },
      10: { kode: 'K8', nama: 'Bagi nol' },
      11: { kode: 'K9', nama: 'Tidak tersedia' },
      12: { kode: 'K10', nama: 'Benar' },
      13: { kode: 'K11', nama: 'Tanggal di kolom angka' },
      14: { nama: 'Kode sebagai angka' },
      15: { kode: 'K13', nama: 'Ambigu' },
      16: { kode: 'K14', nama: 'Gabung turun', nilai: 5, keterangan: 'Keterangan bersama' },
      17: { kode: 'K15', nama: 'Gabung turun 2', nilai: 6, keterangan: 'Keterangan bersama' }, // a merged text cell covers both rows
      18: { kode: 'K16', nama: 'Angka digabung', nilai: 100 },
      19: { kode: 'K17', nama: 'Angka digabung 2' },
      20: { kode: 'K18', nama: 'Gabung samping', nilai: 7 },
      21: { kode: 'K19', nama: 'Spasi saja' },
      22: { kode: 'K20', nama: 'Negatif', nilai: -2.5 },
      23: { kode: 'K21', nama: 'Rupiah', nilai: 2500000 },
      25: { kode: 'K22', nama: 'Setelah baris kosong', nilai: 1 },
    });
  });

  it('refused, each with sheet!cell and the reason', () => {
    expect(h.galat).toEqual([
      'Uji!C18:C19: sel angka kolom "Nilai" digabung untuk 2 baris; batalkan penggabungan dan isi angka setiap baris',
      'Uji!C20:D20: sel digabung melintasi kolom "Nilai", "Tanggal"; batalkan penggabungan supaya setiap kolom berisi nilainya sendiri',
      'Uji!D9 (kolom "Tanggal"): "45657" bukan tanggal; tulis mis. 31/12/2024 atau format sel sebagai Tanggal',
      'Uji!C10 (kolom "Nilai"): rumus =1/0 menghasilkan #DIV/0! (pembagian dengan nol), bukan angka; perbaiki rumusnya atau ketik nilainya',
      'Uji!C11 (kolom "Nilai"): rumus =NA() menghasilkan #N/A (nilai tidak tersedia), bukan angka; perbaiki rumusnya atau ketik nilainya',
      'Uji!C12 (kolom "Nilai"): berisi nilai benar/salah (TRUE), bukan angka; ketik isinya sebagai angka',
      'Uji!C13 (kolom "Nilai"): sel berformat tanggal (01/02/2024), bukan angka; Excel mengubah isian seperti 1-2 atau 1/2 menjadi tanggal: format sel sebagai Angka lalu ketik ulang',
      'Uji!A14 (kolom "Kode"): kode 7.01 tersimpan sebagai angka, sehingga nol di belakangnya bisa hilang; format sel sebagai Teks lalu ketik ulang kodenya',
      'Uji!C15 (kolom "Nilai"): "1.234" dapat dibaca dua cara (ribuan atau desimal); tulis tanpa pemisah ribuan (mis. 1234) atau dengan desimal yang jelas (mis. 1,2340)',
    ]);
  });

  it('said, not silently dropped: the title row above the header and a column that is not the workbook’s', () => {
    expect(h.catatan).toEqual([
      'lembar Uji: baris 1 dianggap judul lembar; judul kolom dibaca dari baris 2',
      'lembar Uji: kolom F ("Catatan pribadi") bukan kolom lembar kerja ini; isinya tidak dibaca',
    ]);
  });

  it('inline strings read the same as shared strings', async () => {
    const i = await baca('sel-inline.xlsx');
    expect({ baris: baris(i), galat: i.galat, catatan: i.catatan }).toEqual({ baris: baris(h), galat: h.galat, catatan: h.catatan });
  });
});

describe('which sheets are read (lembar.xlsx)', () => {
  it('a hidden sheet of the workbook is read and said so; a sheet the user added, hidden or not, is named as not read; 1904 dates', async () => {
    const h = await baca('lembar.xlsx');
    expect(h.galat).toEqual([]);
    expect(baris(h)).toEqual({ 2: { kode: 'A1', nama: 'Terlihat', nilai: 1, tanggal: '2024-12-31' } });
    expect(baris(h, UJI2)).toEqual({ 2: { kode: 'B1', nama: 'Tersembunyi', nilai: 2 } });
    expect(h.catatan).toEqual([
      'lembar Uji2 disembunyikan (hidden) di berkas ini, tetapi tetap dibaca',
      'lembar "Rekap", "Coretan" (tersembunyi) bukan bagian lembar kerja (yang dibaca: Uji, Uji2); isinya tidak dibaca',
    ]);
  });
});

describe('refused files and headers', () => {
  it('a header cell merged over two columns with figures under the second', async () => {
    const h = await baca('judul-gabung.xlsx');
    expect(h.galat).toEqual([
      'Uji!C1:D1: judul kolom digabung, sehingga kolom D berisi data tanpa judul; batalkan penggabungan sel (Merge & Center) dan beri setiap kolom judulnya',
    ]);
    expect(h.catatan).toEqual([]); // column D is named once, in the refusal
  });

  it('not a workbook, a cut-off workbook, an old .xls: a sentence, never a stack trace', async () => {
    const dir = salinData();
    writeFileSync(join(dir, 'teks.xlsx'), 'ini bukan excel');
    writeFileSync(join(dir, 'potong.xlsx'), readFileSync(join(DIR, 'sel.xlsx')).subarray(0, 3000));
    writeFileSync(join(dir, 'lama.xls'), 'x');
    const pesan = await Promise.all(['teks.xlsx', 'potong.xlsx', 'lama.xls'].map(async (f) => (await bacaBuku(join(dir, f), [UJI])).galat));
    expect(pesan).toEqual([
      ['teks.xlsx tidak dapat dibaca sebagai berkas Excel (.xlsx): bukan berkas zip'],
      ['potong.xlsx tidak dapat dibaca sebagai berkas Excel (.xlsx): bukan berkas zip'],
      ['lama.xls: hanya berkas .xlsx atau .csv yang dapat diimpor: simpan dulu sebagai "Excel Workbook (.xlsx)"'],
    ]);
  });
});

describe('forms LibreOffice does not write, in a minimal hand-made package', () => {
  // As Excel saves a filled-down column (shared formulas), an error typed by hand, a generator that leaves formulas
  // uncomputed, a sheet hidden from the Unhide list (veryHidden), cells and rows without their r attribute, an error
  // value without t="e" (C3), rich text with a phonetic guide and an escaped carriage return.
  const paket = (sheet: string, sheets = '<sheet name="Uji" sheetId="1" r:id="rId1"/>', lain: [string, string][] = []) =>
    tulisZip(
      new Map(
        [
          ['xl/workbook.xml', `<x:workbook xmlns:x="s" xmlns:r="r"><x:sheets>${sheets}</x:sheets></x:workbook>`],
          [
            'xl/_rels/workbook.xml.rels',
            '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
          ],
          ['xl/worksheets/sheet1.xml', sheet],
          ...lain,
        ].map(([k, v]) => [k, Buffer.from(v)]),
      ),
    );
  const kepala = `<x:row r="1">${JUDUL.map((j) => `<x:c t="inlineStr"><x:is><x:t>${j}</x:t></x:is></x:c>`).join('')}</x:row>`;

  it('read or refused with the cell', async () => {
    const dir = salinData();
    const f = join(dir, 'excel.xlsx');
    const sheet = `<x:worksheet xmlns:x="s"><x:sheetData>${kepala}
      <x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>K1</x:t></x:is></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>K2</x:t></x:is></x:c><x:c r="C3"><x:f t="shared" ref="C3:C4" si="0">A3/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>
      <x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>K3</x:t></x:is></x:c><x:c r="C4" t="e"><x:f t="shared" si="0"/><x:v>#DIV/0!</x:v></x:c></x:row>
      <x:row><x:c t="inlineStr"><x:is><x:t>K4</x:t></x:is></x:c><x:c/><x:c t="e"><x:v>#REF!</x:v></x:c></x:row>
      <x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>K5</x:t></x:is></x:c><x:c r="C6"><x:f>SUM(X1:X9)</x:f></x:c><x:c r="E6" t="inlineStr"><x:is><x:r><x:t>Kantor </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Camat_x000D_</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:is></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    writeFileSync(
      f,
      paket(sheet, '<x:sheet name="Uji" sheetId="1" r:id="rId1"/><x:sheet name="Rahasia" sheetId="2" state="veryHidden" r:id="rId2"/>', [
        [
          'xl/worksheets/sheet2.xml',
          '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
        ],
      ]),
    );
    const h = await bacaBuku(f, [UJI]);
    expect(baris(h)).toEqual({
      2: { kode: 'K1', nilai: 2 },
      3: { kode: 'K2' },
      4: { kode: 'K3' },
      5: { kode: 'K4' },
      6: { kode: 'K5', keterangan: 'Kantor Camat' },
    });
    expect(h.galat).toEqual([
      'Uji!C3 (kolom "Nilai"): rumus =A3/0 menghasilkan #DIV/0! (pembagian dengan nol), bukan angka; perbaiki rumusnya atau ketik nilainya',
      'Uji!C4 (kolom "Nilai"): rumus menghasilkan #DIV/0! (pembagian dengan nol), bukan angka; perbaiki rumusnya atau ketik nilainya',
      'Uji!C5 (kolom "Nilai"): berisi #REF! (rujukan ke sel yang sudah tidak ada), bukan angka; perbaiki selnya atau ketik nilainya',
      'Uji!C6 (kolom "Nilai"): rumus =SUM(X1:X9) belum punya hasil tersimpan (berkas disimpan oleh program yang tidak menghitung rumus); buka berkas di Excel lalu simpan lagi, atau ketik nilainya',
    ]);
    expect(h.catatan).toEqual(['lembar "Rahasia" (tersembunyi) bukan bagian lembar kerja (yang dibaca: Uji); isinya tidak dibaca']);
  });

  it('a hidden row is read and said so with sheet!row; an empty hidden row is not named (new-user finding)', async () => {
    const dir = salinData();
    const f = join(dir, 'tersembunyi.xlsx');
    const sel = (r: number, kode: string, nilai: number) =>
      `<x:row r="${r}"${r === 3 ? ' hidden="1"' : ''}><x:c r="A${r}" t="inlineStr"><x:is><x:t>${kode}</x:t></x:is></x:c><x:c r="C${r}"><x:v>${nilai}</x:v></x:c></x:row>`;
    writeFileSync(
      f,
      paket(
        `<x:worksheet xmlns:x="s"><x:sheetData>${kepala}${sel(2, 'K1', 1)}${sel(3, 'K2', 2)}<x:row r="4" hidden="1"/>${sel(5, 'K3', 3)}</x:sheetData></x:worksheet>`,
        '<x:sheet name="Uji" sheetId="1" r:id="rId1"/>',
      ),
    );
    const h = await bacaBuku(f, [UJI]);
    expect(h.galat).toEqual([]);
    expect(baris(h)).toEqual({ 2: { kode: 'K1', nilai: 1 }, 3: { kode: 'K2', nilai: 2 }, 5: { kode: 'K3', nilai: 3 } });
    expect(h.catatan).toEqual([
      'baris Uji!3 disembunyikan (hidden) di berkas ini, tetapi tetap dibaca; tampilkan (Unhide) untuk memeriksanya, atau hapus barisnya bila tidak dipakai',
    ]);
  });
});

describe('our own workbook through LibreOffice (tests/fixtures/valid, report contoh)', () => {
  const impor = async (f: string) => {
    const root = salinData();
    const h = await bacaBuku(join(DIR, f));
    const sidik = bacaSidik(h.lembarXlsx);
    const basi = sidik && periksaBasi(folderLaporan(root, 'contoh'), sidik, new Map());
    if (basi)
      throw new Error(
        `${basi.berubah.join(', ')} di tests/fixtures/valid berubah sejak ${f} dibuat: jalankan node tests/fixtures/excel/buat.ts`,
      );
    return { h, sidik, hasil: terapkan(root, 'contoh', h.lembar) };
  };

  it('saved again by LibreOffice: the hidden Sidik sheet survives and the data come back unchanged', async () => {
    const isi = bacaZip(readFileSync(join(DIR, 'contoh-libreoffice.xlsx')));
    expect(isi.get('docProps/app.xml')!.toString()).toMatch(/LibreOffice/);
    expect(isi.get('xl/workbook.xml')!.toString()).toMatch(/name="Sidik"[^>]*state="hidden"/);
    const { h, sidik, hasil } = await impor('contoh-libreoffice.xlsx');
    expect(h.galat).toEqual([]);
    expect(sidik?.id).toBe('contoh');
    expect(hasil).toEqual({ perubahan: [], galat: [] });
  });

  it('filled in LibreOffice (a formula, a number typed as Indonesian text): exactly those two fields change', async () => {
    const lembar = bacaZip(readFileSync(join(DIR, 'contoh-diisi.xlsx')));
    expect([...lembar.values()].some((b) => b.toString().includes('<f aca="false">40+1.5</f>'))).toBe(true);
    const { h, hasil } = await impor('contoh-diisi.xlsx');
    expect(h.galat).toEqual([]);
    expect(hasil.galat).toEqual([]);
    expect(hasil.perubahan.map((p) => [p.berkas, p.rincian])).toEqual([
      ['realisasi.yaml', ['~ IKU-1.tw3: 41 → 41.5', '~ IKU-1.tw4: 87.72 → 87.9']],
    ]);
  });
});

describe('a CSV of our data downloads imported back', () => {
  it('the apostrophe that kept a text from running as a formula is taken off again', async () => {
    const dir = salinData();
    const f = join(dir, 'uji.csv');
    writeFileSync(
      f,
      '\uFEFF' +
        csv(JUDUL, [
          ['K1', '=1+1', -2.5, '2024-12-31', '-tanda minus'],
          ['K2', '@nama', 3, '31/12/2024', "'kutip"],
        ]),
    );
    expect(readFileSync(f, 'utf8')).toContain(`"'=1+1"`); // as downloaded
    const h = await bacaBuku(f, [UJI]);
    expect(h.galat).toEqual([]);
    expect(baris(h)).toEqual({
      2: { kode: 'K1', nama: '=1+1', nilai: -2.5, tanggal: '2024-12-31', keterangan: '-tanda minus' },
      3: { kode: 'K2', nama: '@nama', nilai: 3, tanggal: '2024-12-31', keterangan: "'kutip" },
    });
  });
});
