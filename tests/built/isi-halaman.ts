/**
 * Page fill of a PDF, read from the real file: for each page, how far down its text area the lowest
 * body text line reaches (running header above the area and page number below it left out).
 * Area from cetak.css: margins 25 mm top, 22 mm bottom.
 */
import { execFileSync } from 'node:child_process';

const MM = 72 / 25.4;
const ATAS = 25 * MM;
const BAWAH = 22 * MM;

export interface IsiHalaman {
  halaman: number;
  lanskap: boolean;
  /** Lowest body text line ÷ text area height (0-1). */
  isi: number;
  /** Text of the page, for finding a table's pages. */
  teks: string;
}

export function isiHalaman(pdf: string): IsiHalaman[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: IsiHalaman[] = [];
  const halaman = xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g);
  let n = 0;
  for (const [, w, h, isi] of halaman) {
    n++;
    const tinggi = Number(h);
    const bawahArea = tinggi - BAWAH;
    const kata = [...isi.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      y0: Number(m[1]),
      y1: Number(m[2]),
      t: m[3],
    }));
    const badan = kata.filter((k) => k.y0 >= ATAS - 1 && k.y1 <= bawahArea + 1);
    const terbawah = Math.max(ATAS, ...badan.map((k) => k.y1));
    out.push({
      halaman: n,
      lanskap: Number(w) > tinggi,
      isi: (terbawah - ATAS) / (bawahArea - ATAS),
      teks: kata.map((k) => k.t).join(' '),
    });
  }
  return out;
}
