/** Capaian of earlier years typed in an indicator's history (`riwayat[].capaianTertulis`) against its target and realisasi. */
import type { IndikatorTerhitung } from '../laporan.ts';
import type { Pencatat } from './pencatat.ts';

/** Each year with a typed capaian: compared, or reported as not comparable with the reason. */
export function periksaRiwayat(ind: IndikatorTerhitung, c: Pencatat): void {
  const nama = `indikator ${ind.input.kode}`;
  ind.riwayat.forEach((h, i) => {
    const tertulis = ind.input.riwayat.find((x) => x.tahun === h.tahun)?.capaianTertulis;
    const idx = ind.input.riwayat.findIndex((x) => x.tahun === h.tahun);
    const jalur = `${ind.jalur}.riwayat[${idx >= 0 ? idx : i}].capaianTertulis`;
    if (tertulis === undefined) return;
    if (!h.capaian.ok)
      return c.warn(
        'kinerja.yaml',
        jalur,
        `capaian ${h.tahun} ${nama} tertulis ${c.fmt(tertulis)}, tetapi tidak dapat dibandingkan: ${h.capaian.alasan}`,
      );
    c.banding('kinerja.yaml', jalur);
    if (!c.sesuai(tertulis, h.capaian.nilai))
      c.warn(
        'kinerja.yaml',
        jalur,
        `capaian ${h.tahun} ${nama} tertulis ${c.fmt(tertulis)}, tetapi target dan realisasinya menghasilkan ${c.fmt(h.capaian.nilai)}`,
      );
  });
}
