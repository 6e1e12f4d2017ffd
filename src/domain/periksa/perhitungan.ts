/** A counted realisasi (`perhitungan`: pembilang ÷ penyebut) against the realisasi the report uses. */
import type { IndikatorTerhitung } from '../laporan.ts';
import { realisasiDariPerhitungan } from '../capaian.ts';
import type { Pencatat } from './pencatat.ts';

/** The count's result against the realisasi, or why the two cannot be compared. */
export function periksaPerhitungan(ind: IndikatorTerhitung, c: Pencatat): void {
  const p = ind.masukanRealisasi.perhitungan;
  if (!p) return;
  const nama = `indikator ${ind.input.kode}`;
  const jalur = `${ind.input.kode}.perhitungan`;
  const dari = realisasiDariPerhitungan(
    p.pembilang.map((k) => k.nilai),
    p.penyebut.nilai,
  );
  const sebab = !dari.ok ? dari.alasan : !ind.realisasi.ok ? ind.realisasi.alasan : undefined;
  if (sebab) return c.warn('realisasi.yaml', jalur, `perhitungan ${nama} tidak dapat dibandingkan dengan realisasinya: ${sebab}`);
  c.banding('realisasi.yaml', jalur);
  if (dari.ok && ind.realisasi.ok && !c.sesuai(ind.realisasi.nilai, dari.nilai))
    c.warn(
      'realisasi.yaml',
      jalur,
      `perhitungan ${nama} menghasilkan ${c.fmt(dari.nilai)}, tetapi realisasi tertulis ${c.fmt(ind.realisasi.nilai)}`,
    );
}
