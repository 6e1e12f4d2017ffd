/**
 * Monthly and quarterly realisasi of one indicator: a typed quarter that its months contradict, and values entered
 * after the period's end (a TW III report does not use tw4 or October), which would otherwise be silently unused.
 */
import type { IndikatorTerhitung } from '../laporan.ts';
import { TRIWULAN } from '../triwulan.ts';
import { adaBulan, triwulanDariBulan, bulanDiLuarPeriode, NAMA_BULAN } from '../bulanan.ts';
import { romawi } from '../tampilan/format.ts';
import type { Pencatat } from './pencatat.ts';

/** Quarters against their months, then months and quarters entered after the report's period (`sampaiTriwulan`). */
export function periksaBulanan(ind: IndikatorTerhitung, sampaiTriwulan: number, c: Pencatat): void {
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
  const sampaiBulan = sampaiTriwulan * 3;
  const lewat = (b: Record<string, unknown> | undefined, apa: string, berkas: string, jalur: string) => {
    const bulan = bulanDiLuarPeriode(b as Record<string, number> | undefined, sampaiBulan);
    if (bulan.length)
      c.warn(
        berkas,
        jalur,
        `${apa} indikator ${kode} untuk bulan ${bulan.map((x) => NAMA_BULAN[x - 1]).join(', ')} diisi, tetapi laporan ini hanya sampai bulan ${NAMA_BULAN[sampaiBulan - 1]}: nilainya tidak dipakai`,
      );
  };
  lewat(m.bulanan, 'realisasi', 'realisasi.yaml', `${kode}.bulanan`);
  lewat(m.keteranganBulanan, 'keterangan', 'realisasi.yaml', `${kode}.keteranganBulanan`);
  lewat(ind.input.target.bulanan, 'target bulanan', 'kinerja.yaml', `${ind.jalur}.target.bulanan`);
  TRIWULAN.slice(sampaiTriwulan).forEach((k, i) => {
    if (m[k] !== undefined)
      c.warn(
        'realisasi.yaml',
        `${kode}.${k}`,
        `realisasi triwulan ${romawi(sampaiTriwulan + i + 1)} indikator ${kode} diisi (${c.fmt(m[k]!)}), tetapi laporan ini hanya sampai triwulan ${romawi(sampaiTriwulan)}: nilainya tidak dipakai`,
      );
  });
}
