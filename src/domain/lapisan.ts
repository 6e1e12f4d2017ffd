/**
 * Target layers: the documents that set a target for the same indicator and year (DESIGN.md §2). Each layer's
 * target, and the capaian and predikat against it, are computed once with the report (IndikatorTerhitung.lapisan);
 * a table or <Nilai> with `lapisan="…"` shows one of them, the report's `acuanTarget` says which one capaian uses
 * when none is named. A named layer never falls back to another: without its target the figure says so. The one
 * carry-over is inside a document: a PK Perubahan holds every indicator, so one it did not change keeps its PK target.
 */
import type { Indikator } from '../schemas/kinerja.ts';

/** The names are those of the fields under an indicator's `target` (akhir: the Renstra end target). */
export const LAPISAN = ['renstra', 'rkt', 'pkAwal', 'pkPerubahan', 'akhir'] as const;
export type Lapisan = (typeof LAPISAN)[number];

/** How a table heading names each layer ("Target RKT"). */
export const NAMA_LAPISAN: Record<Lapisan, string> = {
  renstra: 'Renstra',
  rkt: 'RKT/Renja',
  pkAwal: 'PK',
  pkPerubahan: 'PK Perubahan',
  akhir: 'Akhir Renstra',
};

/**
 * The target an indicator's layer sets for the report's year; `akhir` is the Renstra end target given by the caller;
 * `adaPerubahan`: the report has a PK Perubahan (see adaPkPerubahan), where an unchanged indicator keeps its PK target.
 */
export function targetLapisan(
  ind: Indikator,
  lapisan: Lapisan,
  tahun: number,
  akhir: number | undefined,
  adaPerubahan: boolean,
): number | undefined {
  const t = ind.target;
  switch (lapisan) {
    case 'renstra':
      return t.renstra?.[String(tahun)];
    case 'rkt':
      return t.rkt;
    case 'pkAwal':
      return t.pkAwal;
    case 'pkPerubahan':
      return t.pkPerubahan ?? (adaPerubahan ? t.pkAwal : undefined);
    case 'akhir':
      return akhir;
  }
}

/** A report has a PK Perubahan when laporan.yaml dates one or any indicator has a `pkPerubahan` target. */
export function adaPkPerubahan(perubahanBertanggal: boolean, indikator: Indikator[]): boolean {
  return perubahanBertanggal || indikator.some((i) => i.target.pkPerubahan !== undefined);
}
