/**
 * Indicators valued in grades (a SAKIP "B", then "A"): each code becomes a number once, before anything reads the
 * values — the grade's declared `angka` when the scale gives one (capaian is then the usual ratio of those numbers),
 * else its rank, 1 for the lowest (capaian is then a comparison, reached or not, never a division of letters).
 */
import type { Indikator, Kinerja, SkalaNilai } from '../schemas/kinerja.ts';
import type { RealisasiIndikator } from '../schemas/realisasi.ts';
import { TRIWULAN } from './triwulan.ts';
import { tidakDapat, type Hasil } from './hasil.ts';
import type { Polaritas } from './capaian.ts';

/** A grade scale has numbers when every grade declares one. */
export const berangka = (s: SkalaNilai): boolean => s.nilai.every((n) => n.angka !== undefined);

/** The number standing for a grade code; undefined for a code not on the scale (refused by the checks before). */
export function angkaNilai(s: SkalaNilai, v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const i = s.nilai.findIndex((n) => n.kode === v);
  if (i < 0) return undefined;
  return s.nilai[i].angka ?? i + 1;
}

/** The code of a grade's number (display); undefined when the number is no grade's. */
export function kodeNilai(s: SkalaNilai, x: number): string | undefined {
  return s.nilai.find((n, i) => (n.angka ?? i + 1) === x)?.kode;
}

/** The indicator's values with every grade code as its number. */
export function angkakanIndikator(ind: Indikator, s: SkalaNilai): Indikator {
  const a = (v: unknown) => (v === undefined ? undefined : angkaNilai(s, v));
  const t = ind.target;
  return {
    ...ind,
    target: {
      ...t,
      pkAwal: a(t.pkAwal),
      pkPerubahan: a(t.pkPerubahan),
      rkt: a(t.rkt),
      akhir: a(t.akhir),
      renstra: t.renstra && Object.fromEntries(Object.entries(t.renstra).map(([k, v]) => [k, a(v)!])),
    },
    riwayat: ind.riwayat.map((h) => ({ ...h, target: a(h.target), realisasi: a(h.realisasi) })),
    pembanding: ind.pembanding.map((b) => ({ ...b, nilai: b.nilai === 'Nihil' ? b.nilai : a(b.nilai)! })),
  };
}

/** The entered realisasi of a graded indicator with its codes as numbers. */
export function angkakanRealisasi(r: RealisasiIndikator, s: SkalaNilai): RealisasiIndikator {
  const a = (v: unknown) => (v === undefined ? undefined : angkaNilai(s, v));
  return { ...r, ...Object.fromEntries(TRIWULAN.map((k) => [k, a(r[k])])), tahunan: a(r.tahunan) };
}

/** The grade scale an indicator names, from kinerja.yaml. */
export const skalaIndikator = (k: Kinerja, ind: Indikator): SkalaNilai | undefined =>
  ind.skalaNilai === undefined ? undefined : k.skalaNilai.find((s) => s.id === ind.skalaNilai);

/** Capaian of a grade without numbers: reached (realisasi at or above the target's rank; negative: at or below) or not. */
export function capaianPeringkat(target: number | undefined, realisasi: number | undefined, polaritas: Polaritas): Hasil {
  if (target === undefined) return tidakDapat('target belum diisi');
  if (realisasi === undefined) return tidakDapat('realisasi belum diisi');
  const tercapai = polaritas === 'positif' ? realisasi >= target : realisasi <= target;
  return { ok: false, alasan: 'nilai huruf dibandingkan, tidak dibagi', tercapai };
}
