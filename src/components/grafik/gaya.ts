/**
 * How each series looks, shared by the canvas (grafik.ts) and the HTML legend (Grafik.astro) so the
 * two always agree. Colour is never the only difference: dashes and point shapes differ too.
 */
import type { DataGrafik } from '../../domain/tampilan/grafik.ts';

export const WARNA = ['#1d4e89', '#b35c00', '#2e7d32', '#6a1b9a'];
export const BENTUK_TITIK = ['circle', 'rect', 'triangle', 'rectRot'] as const;
const GARIS_PUTUS = [[], [6, 3], [2, 2], [8, 3, 2, 3]];

export interface GayaSeri {
  warna: string;
  /** Fill of a bar: white for an outlined bar ("garis", e.g. the target). */
  isi: string;
  /** Line dash of a line or of an outlined bar; [] for solid. */
  putus: number[];
  titik: (typeof BENTUK_TITIK)[number];
  tebal: number;
}

export function gayaSeri(d: DataGrafik, i: number): GayaSeri {
  const s = d.seri[i];
  const warna = WARNA[i % WARNA.length];
  return {
    warna,
    isi: s.gaya === 'garis' ? '#ffffff' : warna,
    putus: s.gaya === 'garis' ? [5, 3] : d.jenis === 'line' ? GARIS_PUTUS[i % 4] : [],
    titik: BENTUK_TITIK[i % 4],
    // Lines always need a stroke; a solid bar needs none.
    tebal: d.jenis === 'line' || s.gaya === 'garis' ? 2 : 0,
  };
}

/** Smallest type on a chart, in CSS px (13 px is about 10 pt on the printed 150 mm chart). */
export const HURUF_MIN = 13;
