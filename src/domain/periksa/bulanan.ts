/**
 * Monthly and quarterly realisasi of one indicator: a typed quarter that its months contradict. Values entered after
 * the period's end (a TW III report has no tw4 or October) are a plausibility rule: kewajaran.ts refuses them.
 */
import type { IndikatorTerhitung } from '../laporan.ts';
import { TRIWULAN } from '../triwulan.ts';
import { adaBulan, triwulanDariBulan } from '../bulanan.ts';
import { romawi } from '../tampilan/format.ts';
import type { Pencatat } from './pencatat.ts';

/** Quarters against their months. */
export function periksaBulanan(ind: IndikatorTerhitung, c: Pencatat): void {
  const m = ind.masukanRealisasi;
  const kode = ind.input.kode;
  if (adaBulan(m.bulanan)) {
    const dari = triwulanDariBulan(m.bulanan, ind.input.agregasi);
    TRIWULAN.forEach((k, i) => {
      const tertulis = m[k];
      const dihitung = dari[k];
      if (tertulis !== undefined && dihitung !== undefined && !c.sesuai(tertulis, dihitung))
        c.warn(
          'realisasi.yaml',
          `${kode}.${k}`,
          `realisasi triwulan ${romawi(i + 1)} indikator ${kode} tertulis ${c.fmt(tertulis)}, tetapi dari bulan-bulannya (${ind.input.agregasi}) hasilnya ${c.fmt(dihitung)}; yang dipakai: ${c.fmt(dihitung)}`,
        );
    });
  }
}
