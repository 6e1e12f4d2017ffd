/**
 * The xlsx reader's two layers below the cells: the zip (fflate, with our refusals) and the XML (saxen):
 * the syntax a pattern-based reader gets wrong, and every way a file can fail to open, each a sentence.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bacaXlsx, GalatSel, XlsxRusak } from '../scripts/lib/lembar/xlsx.ts';
import { bacaZip, tulisZip, ZipRusak } from '../scripts/lib/lembar/zip.ts';
import { bacaBuku } from '../scripts/lib/lembar/baca.ts';
import { UJI } from './fixtures/excel/model.ts';
import { salinData } from './salinan.ts';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal workbook: one sheet (or the given workbook.xml), its styles and worksheet XML. */
function paket(sheet: string, { workbook, styles }: { workbook?: string; styles?: string } = {}): Buffer {
  const isi: [string, string][] = [
    [
      'xl/workbook.xml',
      workbook ?? `<workbook xmlns="${SML}" xmlns:r="${REL}"><sheets><sheet name="Uji" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  if (styles) isi.push(['xl/styles.xml', styles]);
  return tulisZip(new Map(isi.map(([k, v]) => [k, Buffer.from(v)])));
}

const lembar = (baris: string, lain = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SML}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><sheetData>${baris}</sheetData>${lain}</worksheet>`;

describe('XML as a parser reads it (saxen)', () => {
  it('entities, character references above U+FFFF, CDATA, single quotes, kept spaces, _xHHHH_ and its escape, a comment', () => {
    const xml = lembar(`
      <row r='1'>
        <c r='A1' t='inlineStr'><is><t>Dinas &amp; Kecamatan &#x41;&#128512;</t></is></c>
        <c r="B1" t="inlineStr"><is><t><![CDATA[<b>bukan tag</b> & teks]]></t></is></c>
        <c r="C1" t="inlineStr"><is><t xml:space="preserve">  dua spasi </t></is></c>
        <c r="D1" t="inlineStr"><is><t>baris_x000A_baru, harfiah _x005F_x000D_</t></is></c>
      </row>
      <!-- <row r="2"><c r="A2"><v>99</v></c></row> -->
      <row r="3"><c r="A3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>`);
    const [uji] = bacaXlsx(paket(xml));
    expect(uji.data).toEqual([
      ['Dinas & Kecamatan A😀', '<b>bukan tag</b> & teks', '  dua spasi ', 'baris\nbaru, harfiah _x000D_'],
      [],
      ['ab'],
    ]);
  });

  it('any prefix for the SpreadsheetML namespace, strict OOXML too; an extension element is not the sheet’s content', () => {
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const xml = `<s:worksheet xmlns:s="${strict}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><s:sheetData>
      <s:row r="1"><s:c r="A1"><s:v>1</s:v></s:c></s:row>
    </s:sheetData><s:extLst><s:ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation>
      <x14:formula1><xm:f>Petunjuk!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>A1:A9</xm:sqref>
      <x14:c r="B1"><x14:v>2</x14:v></x14:c>
    </x14:dataValidation></x14:dataValidations></s:ext></s:extLst></s:worksheet>`;
    const workbook = `<w:workbook xmlns:w="${strict}" xmlns:rel="http://purl.oclc.org/ooxml/officeDocument/relationships"><w:sheets><w:sheet name="Ketat" sheetId="1" rel:id="rId1"/></w:sheets></w:workbook>`;
    expect(bacaXlsx(paket(xml, { workbook }))).toEqual([{ nama: 'Ketat', data: [[1]], gabungan: [] }]);
  });

  it('a ">" inside an attribute; a conditional format’s numFmt and the cell-style xfs are not a cell’s format', () => {
    const styles = `<styleSheet xmlns="${SML}">
      <numFmts count="1"><numFmt numFmtId="164" formatCode="[>=100]0.0%;0.0%"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
      <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></dxf></dxfs>
    </styleSheet>`;
    const [uji] = bacaXlsx(paket(lembar('<row r="1"><c r="A1" s="1"><v>0.549</v></c><c r="B1" s="0"><v>45657</v></c></row>'), { styles }));
    expect(uji.data).toEqual([[54.9, 45657]]);
  });

  it('cell values as before: error with its formula, shared formula copy, a self-closing <v/>, merged ranges', () => {
    const xml = lembar(
      `<row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c><c r="C1" t="s"><v/></c><c r="D1" t="b"><v>1</v></c></row>`,
      '<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells>',
    );
    const [uji] = bacaXlsx(paket(xml));
    expect(uji.data).toEqual([[new GalatSel('#DIV/0!', '1/0'), new GalatSel('#DIV/0!', ''), null, true]]);
    expect(uji.gabungan).toEqual([{ r1: 2, c1: 0, r2: 3, c2: 1 }]);
  });

  it('XML that is not well-formed is refused with the part and line, not half read', async () => {
    const rusak = lembar('<row r="1"><c r="A1"><v>1</v></c>\n<row r="2"><c r="A2"><v>2</v></row>');
    expect(() => bacaXlsx(paket(rusak))).toThrow(new XlsxRusak('xl/worksheets/sheet1.xml rusak: bukan XML yang utuh (baris 3)'));
    const dir = salinData();
    writeFileSync(join(dir, 'rusak.xlsx'), paket(rusak));
    expect((await bacaBuku(join(dir, 'rusak.xlsx'), [UJI])).galat).toEqual([
      'rusak.xlsx tidak dapat dibaca sebagai berkas Excel (.xlsx): xl/worksheets/sheet1.xml rusak: bukan XML yang utuh (baris 3)',
    ]);
  });
});

describe('the zip (fflate) and its refusals', () => {
  const contoh = () => tulisZip(new Map([['xl/workbook.xml', Buffer.from('<workbook/>'.repeat(50))]]));
  const pusat = (z: Buffer) => z.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
  const galat = (z: Buffer) => {
    try {
      bacaZip(z);
    } catch (e) {
      expect(e).toBeInstanceOf(ZipRusak);
      return (e as Error).message;
    }
    return 'terbaca';
  };

  it('written with a fixed date: the same entries give the same bytes, and they read back', () => {
    const isi = new Map([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/workbook.xml', Buffer.from('<workbook>ü</workbook>')],
    ]);
    const z = tulisZip(isi);
    expect(tulisZip(isi).equals(z)).toBe(true);
    expect(bacaZip(z)).toEqual(isi);
    expect([...bacaZip(z).keys()]).toEqual(['[Content_Types].xml', 'xl/workbook.xml']);
  });

  it('each broken file is one sentence', () => {
    const z = contoh();
    expect(galat(Buffer.from('ini bukan excel'))).toBe('bukan berkas zip');
    expect(galat(z.subarray(0, z.length - 30))).toBe('bukan berkas zip'); // cut off: no end record
    // What Excel writes for a workbook with a password to open: an OLE compound file, not a zip.
    expect(galat(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]))).toBe(
      'berkas terkunci dengan kata sandi, atau berformat Excel 97-2003 (.xls) walau bernama .xlsx',
    );
    const terkunci = Buffer.from(z);
    terkunci.writeUInt16LE(terkunci.readUInt16LE(pusat(z) + 8) | 1, pusat(z) + 8);
    expect(galat(terkunci)).toBe('berkas terkunci dengan kata sandi');
    const cara = Buffer.from(z);
    cara.writeUInt16LE(12, pusat(z) + 10); // bzip2
    expect(galat(cara)).toBe('cara pemadatan 12 pada xl/workbook.xml tidak dikenal');
    const besar = Buffer.from(z);
    besar.writeUInt32LE(300 * 2 ** 20, pusat(z) + 24); // declared unpacked size
    expect(galat(besar)).toBe('isinya lebih dari 256 MB setelah dibuka (sampai xl/workbook.xml)');
    const isiRusak = Buffer.from(z);
    isiRusak.fill(0xff, 30 + 'xl/workbook.xml'.length, 40 + 'xl/workbook.xml'.length); // deflate block type 3 does not exist
    expect(galat(isiRusak)).toBe('isi zip xl/workbook.xml rusak');
  });
});
