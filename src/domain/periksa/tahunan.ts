/** A typed year total of realisasi (`tahunan`) against the one its quarters give by the indicator's agregasi. */
import type { IndikatorTerhitung } from '../laporan.ts';
import { realisasiSampai, TRIWULAN } from '../triwulan.ts';
import type { Pencatat } from './pencatat.ts';

/** Only when both a year total and quarters are entered; quarters that cannot be combined are reported. */
export function periksaTahunan(ind: IndikatorTerhitung, c: Pencatat): void {
  const tahunan = ind.masukanRealisasi.tahunan;
  const adaTriwulan = TRIWULAN.some((k) => ind.nilaiTriwulan[k] !== undefined);
  if (!adaTriwulan || tahunan === undefined) return;
  const nama = `indikator ${ind.input.kode}`;
  const jalur = `${ind.input.kode}.tahunan`;
  const dariTw = realisasiSampai(ind.nilaiTriwulan, ind.input.agregasi, 4);
  if (!dariTw.ok)
    return c.warn(
      'realisasi.yaml',
      jalur,
      `realisasi tahunan ${nama} tertulis ${c.fmt(tahunan)}, tetapi tidak dapat dibandingkan dengan triwulannya: ${dariTw.alasan}`,
    );
  c.banding('realisasi.yaml', jalur);
  if (!c.sesuai(tahunan, dariTw.nilai))
    c.warn(
      'realisasi.yaml',
      jalur,
      `realisasi tahunan ${nama} tertulis ${c.fmt(tahunan)}, tetapi dari triwulan (${ind.input.agregasi}) hasilnya ${c.fmt(dariTw.nilai)}`,
    );
}
