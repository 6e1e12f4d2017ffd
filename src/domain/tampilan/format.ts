/** Indonesian (id-ID) display formats through Intl. Values are rounded here, at display, and nowhere else. */
import type { SkalaNilai } from '../../schemas/kinerja.ts';
import { kodeNilai } from '../skalaNilai.ts';
import { bulatkan, type Pembulatan } from '../pembulatan.ts';
import type { Hasil } from '../hasil.ts';
import type { RumusEfisiensi } from '../efisiensi.ts';

const numberFormats = new Map<number, Intl.NumberFormat>();
function nf(desimal: number): Intl.NumberFormat {
  let f = numberFormats.get(desimal);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: desimal, maximumFractionDigits: desimal, useGrouping: true });
    numberFormats.set(desimal, f);
  }
  return f;
}

export const TIDAK_DAPAT_DIHITUNG = 'tidak dapat dihitung';

/** 1234567.891 -> "1.234.567,89" with the report's rounding. */
export function angka(x: number, p: Pembulatan): string {
  return nf(p.desimal).format(bulatkan(x, p));
}

/** 89.52 -> "89,52%". */
export function persen(x: number, p: Pembulatan): string {
  return `${angka(x, p)}%`;
}

/** Whole rupiah amounts with thousands separators: 1707501397 -> "1.707.501.397". */
export function rupiah(x: number): string {
  return nf(0).format(bulatkan(x, { cara: 'setengah-ke-atas', desimal: 0 }));
}

/** "Rp 1.707.501.397" (non-breaking space, so the amount never wraps away from its symbol). */
export function rp(x: number): string {
  return `Rp\u00a0${rupiah(x)}`;
}

/** Formats a computed figure, or says it cannot be computed. */
export function hasilPersen(h: Hasil, p: Pembulatan): string {
  if (!h.ok && h.tercapai !== undefined) return h.tercapai ? 'Tercapai' : 'Belum tercapai';
  return h.ok ? persen(h.nilai, p) : TIDAK_DAPAT_DIHITUNG;
}

const dateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const monthFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "2025-01-15" -> "15 Januari 2025"; a month only, "2025-01" -> "Januari 2025"; with `diisiTangan`, the day is left
 * as dots to be written by hand: "…… Januari 2025".
 */
export function tanggal(iso: string, diisiTangan = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (diisiTangan || d === undefined) return `${diisiTangan ? '…… ' : ''}${monthFormat.format(new Date(Date.UTC(y, m - 1, 1)))}`;
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Signed change in percentage points: +2,10 poin / -1,50 poin. */
export function poin(x: number, p: Pembulatan): string {
  const s = angka(x, p);
  return `${x > 0 && !s.startsWith('-') ? '+' : ''}${s} poin`;
}

/** An indicator value in its unit: "54,90%" for persen, "55,06 (C)" for an index with a grade label. */
export function nilaiIndikator(x: number | undefined, satuan: string, p: Pembulatan & { skalaNilai?: SkalaNilai }, label?: string): string {
  if (x === undefined) return '–';
  // A graded indicator prints the grade's code, never the number standing for it.
  const kode = p.skalaNilai && kodeNilai(p.skalaNilai, x);
  if (kode) return label ? `${kode} (${label})` : kode;
  const s = /^(persen|%)$/i.test(satuan.trim()) ? persen(x, p) : angka(x, p);
  return label ? `${s} (${label})` : s;
}

/**
 * A program/kegiatan output value as entered: a number in its unit ("9 dokumen", "80%", "80,3"),
 * without padding whole counts with decimals, or text such as "11 orang / 12 bulan" unchanged.
 */
export function nilaiKeluaran(x: number | string | undefined, satuan?: string, p?: Pembulatan): string {
  if (x === undefined) return '–';
  if (typeof x === 'string') return x;
  const isPersen = !!satuan && /^(persen|%)$/i.test(satuan.trim());
  // In a table that also prints percentages with the report's rounding, a percentage here uses the same format ("100,00%", never "100%" beside it).
  if (isPersen && p) return persen(x, p);
  const s = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(x);
  if (!satuan) return s;
  return isPersen ? `${s}%` : `${s} ${satuan}`;
}

/** A computed indicator figure in its unit, or "tidak dapat dihitung". */
export function hasilIndikator(h: Hasil, satuan: string, p: Pembulatan & { skalaNilai?: SkalaNilai }, label?: string): string {
  return h.ok ? nilaiIndikator(h.nilai, satuan, p, label) : TIDAK_DAPAT_DIHITUNG;
}

/** "kelurahan" -> "Kelurahan": a data word used as a column or axis title. */
export function kapital(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** 4 -> "IV" (BAB numbers, triwulan); lower-case for front-matter page numbers is the caller's choice. */
export function romawi(n: number): string {
  const t: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, sym] of t) while (n >= v) ((out += sym), (n -= v));
  return out;
}

/** The unit an efficiency is printed with: a difference of two percentages is in points, a ratio a percentage. */
export function satuanEfisiensi(rumus: RumusEfisiensi): string {
  return rumus === 'selisih' ? ' poin' : '%';
}
