/**
 * What write-excel-file cannot write (4.1: no cell notes, no data validation), added to the written workbook's XML:
 * a note on a cell (Excel's red corner; comments part plus the VML drawing Excel shows it with) and a drop-down list
 * of allowed values on a range (<dataValidation type="list">). LibreOffice reads both the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bacaZip, tulisZip } from './zip.ts';

export interface HiasLembar {
  nama: string;
  /** Notes: cell address ("A1") and text. */
  catatan: { sel: string; teks: string }[];
  /** Drop-downs: range ("C3:C2000") and allowed values. */
  pilihan: { rentang: string; nilai: string[] }[];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Inserts `isi` before the first of the elements that must follow it in a worksheet, or before </worksheet>. */
function sisipkan(lembar: string, isi: string, sesudahnya: string[]): string {
  const posisi = sesudahnya.map((t) => lembar.indexOf(`<${t}`)).filter((i) => i >= 0);
  const i = posisi.length ? Math.min(...posisi) : lembar.lastIndexOf('</worksheet>');
  return lembar.slice(0, i) + isi + lembar.slice(i);
}

/** "B12" -> [row 11, column 1], zero-based. */
function letak(sel: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(sel)!;
  const kolom = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, kolom];
}

function vml(nomor: number, catatan: HiasLembar['catatan']): string {
  const bentuk = catatan.map(({ sel }, i) => {
    const [r, c] = letak(sel);
    return (
      `<v:shape id="_x0000_s${nomor * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:220pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${r}, 2, ${c + 5}, 15, ${r + 6}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${nomor}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    bentuk.join('') +
    '</xml>'
  );
}

/** Adds the notes and drop-downs to the workbook file in place. */
export function hiasBuku(berkas: string, hias: HiasLembar[]): void {
  const isi = bacaZip(readFileSync(berkas));
  const teks = (f: string) => isi.get(f)!.toString('utf8');
  const wb = teks('xl/workbook.xml');
  const relWb = teks('xl/_rels/workbook.xml.rels');
  let jenis = teks('[Content_Types].xml');
  if (!/Extension="vml"/.test(jenis))
    jenis = jenis.replace(
      '<Default ',
      '<Default ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing" Extension="vml"/><Default ',
    );
  hias.forEach((h, n) => {
    const nomor = n + 1;
    const rid = new RegExp(
      `<sheet\\b[^>]*name="${xml(h.nama).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"|<sheet\\b[^>]*r:id="([^"]+)"[^>]*name="${xml(h.nama).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
    ).exec(wb);
    const id = rid?.[1] ?? rid?.[2];
    const target =
      id &&
      new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(relWb);
    if (!target) throw new Error(`lembar ${h.nama} tidak ditemukan di berkas yang ditulis`);
    const path = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
    let lembar = teks(path);
    if (h.pilihan.length) {
      const dv = h.pilihan
        .map(
          (p) =>
            `<dataValidation type="list" allowBlank="1" showInputMessage="0" showErrorMessage="1" errorTitle="Pilihan tidak dikenal" error="${xml(`Pilih salah satu: ${p.nilai.join(', ')}`.slice(0, 225))}" sqref="${p.rentang}"><formula1>${xml(`"${p.nilai.join(',')}"`)}</formula1></dataValidation>`,
        )
        .join('');
      lembar = sisipkan(lembar, `<dataValidations count="${h.pilihan.length}">${dv}</dataValidations>`, [
        'hyperlinks',
        'printOptions',
        'pageMargins',
        'pageSetup',
        'headerFooter',
        'rowBreaks',
        'colBreaks',
        'drawing',
        'legacyDrawing',
        'tableParts',
        'extLst',
      ]);
    }
    if (h.catatan.length) {
      const komentar = `xl/comments${nomor}.xml`;
      const gambar = `xl/drawings/vmlDrawing${nomor}.vml`;
      isi.set(
        komentar,
        Buffer.from(
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>LKjIP</author></authors><commentList>' +
            h.catatan
              .map((c) => `<comment ref="${c.sel}" authorId="0"><text><r><t xml:space="preserve">${xml(c.teks)}</t></r></text></comment>`)
              .join('') +
            '</commentList></comments>',
          'utf8',
        ),
      );
      isi.set(gambar, Buffer.from(vml(nomor, h.catatan), 'utf8'));
      jenis = jenis.replace(
        '</Types>',
        `<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml" PartName="/${komentar}"/></Types>`,
      );
      const fRel = path.replace(/([^/]+)$/, '_rels/$1.rels');
      const rel = isi.has(fRel)
        ? teks(fRel)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      isi.set(
        fRel,
        Buffer.from(
          rel.replace(
            '</Relationships>',
            `<Relationship Id="rIdLkjipKomentar" Type="${NS_REL}/comments" Target="../comments${nomor}.xml"/><Relationship Id="rIdLkjipVml" Type="${NS_REL}/vmlDrawing" Target="../drawings/vmlDrawing${nomor}.vml"/></Relationships>`,
          ),
          'utf8',
        ),
      );
      lembar = sisipkan(lembar, '<legacyDrawing r:id="rIdLkjipVml"/>', [
        'legacyDrawingHF',
        'picture',
        'oleObjects',
        'controls',
        'webPublishItems',
        'tableParts',
        'extLst',
      ]);
    }
    isi.set(path, Buffer.from(lembar, 'utf8'));
  });
  isi.set('[Content_Types].xml', Buffer.from(jenis, 'utf8'));
  writeFileSync(berkas, tulisZip(isi));
}
