/**
 * The consistency checker: wherever an author typed a figure that can be derived (a parent total,
 * a capaian, a year total, a count), compare it with the computed one and report each disagreement.
 * Pure: reads a computed report, returns warnings. One module per kind of check in periksa/.
 */
import type { LaporanTerhitung } from './laporan.ts';
import type { Masalah } from './masalah.ts';
import { pencatat } from './periksa/pencatat.ts';
import { periksaTertulis } from './periksa/tertulis.ts';
import { periksaBulanan } from './periksa/bulanan.ts';
import { periksaTahunan } from './periksa/tahunan.ts';
import { periksaPerhitungan } from './periksa/perhitungan.ts';
import { periksaRiwayat } from './periksa/riwayat.ts';
import { periksaAnggaran } from './periksa/anggaran.ts';
import { periksaAnggaranBerkala } from './periksa/anggaranBerkala.ts';
import { periksaAktivitas } from './periksa/aktivitas.ts';
import { periksaSdm } from './periksa/sdm.ts';
import { periksaLaporanTertulis } from './periksa/laporanTertulis.ts';
import { periksaPembanding } from './periksa/pembanding.ts';
import { periksaKewajaran } from './periksa/kewajaran.ts';

/**
 * Every warning of one report, and the plausibility rules (periksa/kewajaran.ts, some of them errors). `dibandingkan` receives "file:path" of each typed figure that was compared
 * (agreeing or not); a typed figure that cannot be compared gets a warning instead, so none is skipped silently.
 */
export function periksaLaporan(r: LaporanTerhitung, dibandingkan: string[] = []): Masalah[] {
  const out: Masalah[] = periksaKewajaran(r);
  const c = pencatat(r, out, dibandingkan);
  for (const ind of r.indikator) {
    periksaTertulis(ind, c);
    periksaBulanan(ind, c);
    periksaTahunan(ind, c);
    periksaPerhitungan(ind, c);
    periksaRiwayat(ind, c);
    periksaPembanding(ind, c);
  }
  periksaAnggaran(r, c);
  periksaAnggaranBerkala(r, c);
  periksaAktivitas(r, c);
  periksaSdm(r, c);
  periksaLaporanTertulis(r, c);
  return out;
}
