/** Activity lists in lainnya.yaml that count an indicator: the number of activities against its one typed pembilang. */
import type { LaporanTerhitung } from '../laporan.ts';
import type { Pencatat } from './pencatat.ts';

/** Each list naming an indicator; without a perhitungan nothing typed counts it, with several pembilang which one does is unknown. */
export function periksaAktivitas(r: LaporanTerhitung, c: Pencatat): void {
  r.data.lainnya?.aktivitas.forEach((d, i) => {
    if (!d.indikator) return;
    const ind = r.indikator.find((x) => x.input.kode === d.indikator);
    const pembilang = ind?.masukanRealisasi.perhitungan?.pembilang;
    const jumlah = d.kelompok.reduce((a, k) => a + k.aktivitas.length, 0);
    if (!pembilang) return;
    if (pembilang.length !== 1)
      return c.warn(
        'lainnya.yaml',
        `aktivitas[${i}]`,
        `daftar "${d.judul}" (${jumlah} aktivitas) tidak dapat dibandingkan dengan indikator ${d.indikator}: perhitungannya memiliki ${pembilang.length} pembilang, bukan 1`,
      );
    if (pembilang[0].nilai !== jumlah)
      c.warn(
        'lainnya.yaml',
        `aktivitas[${i}]`,
        `daftar "${d.judul}" berisi ${jumlah} aktivitas, tetapi pembilang indikator ${d.indikator} tertulis ${pembilang[0].nilai}`,
      );
  });
}
