/**
 * Hand-made tables (<Tabel label="…"> around a Markdown table): found in a chapter's text, so the
 * checker can list the figures typed in them and the site says truthfully whether a report has any.
 */
export interface TabelTangan {
  label: string;
  /** Line of the opening tag in the chapter. */
  baris: number;
  /** The wrapper holds a Markdown table (a header row, then a |---| row). */
  adaTabel: boolean;
  /** Figures typed in the body cells (not row numbers), as written. */
  angka: string[];
}

const BLOK = /<Tabel\b([^>]*?)>([\s\S]*?)<\/Tabel>/g;
const LABEL = /\blabel=(?:"([^"]*)"|'([^']*)')/;
const PEMISAH = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** "1", "1.", "(2)", "a.": a row number in the first column, not a figure. */
const NOMOR_URUT = /^\(?\d{1,3}[.)]?\)?$/;
/** A figure as people type it: 87,72% · 1.823.606.126 · Rp 9.000.000,00 · 3.50 · 17. */
const ANGKA = /(?<![\w.,])(?:Rp\.?\s?)?\d[\d.,]*\d%?|(?<![\w.,])\d%?/g;

function sel(baris: string): string[] {
  const t = baris.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Every hand-made table (<Tabel> around a Markdown table) of a chapter's text, with its line and typed figures. */
export function tabelBuatanTangan(isi: string): TabelTangan[] {
  const out: TabelTangan[] = [];
  for (const m of isi.matchAll(BLOK)) {
    const l = LABEL.exec(m[1]);
    const baris = isi.slice(0, m.index).split('\n').length;
    const lines = m[2].split('\n');
    const iPemisah = lines.findIndex((x) => PEMISAH.test(x));
    const adaTabel = iPemisah > 0 && lines[iPemisah - 1].includes('|');
    const angka: string[] = [];
    if (adaTabel) {
      for (const x of lines.slice(iPemisah + 1)) {
        if (!x.includes('|')) break;
        sel(x).forEach((c, i) => {
          if (i === 0 && NOMOR_URUT.test(c)) return;
          for (const a of c.matchAll(ANGKA)) angka.push(a[0]);
        });
      }
    }
    out.push({ label: l ? (l[1] ?? l[2]) : '', baris, adaTabel, angka });
  }
  return out;
}

/**
 * The footer's claim about a report's figures, true for that report: "no retyped figure" only when
 * no hand-made table holds a typed figure; otherwise it says how many tables do.
 */
export function klaimAngka(isiBab: string[]): string {
  const bertik = isiBab.flatMap(tabelBuatanTangan).filter((t) => t.angka.length > 0);
  if (!bertik.length) return 'Angka pada tabel dan grafik laporan ini dihitung dari data laporan; tidak ada angka yang diketik ulang.';
  return `Angka pada tabel data dan grafik laporan ini dihitung dari data laporan; ${bertik.length} tabel yang disusun penulis memuat angka yang diketik langsung (tidak dihitung).`;
}
