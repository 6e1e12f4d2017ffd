/**
 * Report-level figures by name: one definition per name, read by <Nilai besaran="…"> and by the checker
 * (laporan.yaml `tertulis`), so a quoted figure and the one a typed figure is compared with cannot differ.
 */
import type { BesaranLaporan } from '../schemas/laporan.ts';
import type { LaporanTerhitung } from './laporan.ts';
import type { Hasil } from './hasil.ts';

export type NilaiLaporan =
  /** A percentage (rata-rata capaian). */
  | { jenis: 'persen'; nilai: Hasil }
  /** A count. */
  | { jenis: 'jumlah'; nilai: number }
  /** A word (predikat); undefined when it cannot be computed, with the reason. */
  | { jenis: 'kata'; nilai?: string; alasan?: string };

/**
 * - rataRataCapaian: mean capaian of the sasaran indicators (the headline; <TabelCapaian sasaranSaja rataRata>).
 * - rataRataCapaianSemua: mean capaian of every indicator, tujuan indicators included (<TabelCapaian rataRata>).
 * - predikat: the band of rataRataCapaian on the report's scale.
 * Means skip indicators whose capaian cannot be computed.
 */
export function nilaiLaporan(r: LaporanTerhitung, besaran: BesaranLaporan): NilaiLaporan {
  const { rataRata, jumlah, tercapai } = r.ringkasan;
  switch (besaran) {
    case 'rataRataCapaian':
      return { jenis: 'persen', nilai: rataRata.sasaran.capaian };
    case 'rataRataCapaianSemua':
      return { jenis: 'persen', nilai: rataRata.semua.capaian };
    case 'predikat':
      return rataRata.sasaran.predikat
        ? { jenis: 'kata', nilai: rataRata.sasaran.predikat.predikat }
        : { jenis: 'kata', alasan: rataRata.sasaran.capaian.ok ? 'capaian di luar skala' : rataRata.sasaran.capaian.alasan };
    case 'jumlahTercapai':
      return { jenis: 'jumlah', nilai: tercapai.tercapai };
    case 'jumlahBelumTercapai':
      return { jenis: 'jumlah', nilai: tercapai.dihitung - tercapai.tercapai };
    case 'jumlahIndikator':
      return { jenis: 'jumlah', nilai: jumlah.indikator };
    case 'jumlahIndikatorSasaran':
      return { jenis: 'jumlah', nilai: jumlah.indikatorSasaran };
    case 'jumlahTujuan':
      return { jenis: 'jumlah', nilai: jumlah.tujuan };
    case 'jumlahSasaran':
      return { jenis: 'jumlah', nilai: jumlah.sasaran };
    case 'jumlahProgram':
      return { jenis: 'jumlah', nilai: jumlah.program };
    case 'jumlahKegiatan':
      return { jenis: 'jumlah', nilai: jumlah.kegiatan };
    case 'jumlahSubKegiatan':
      return { jenis: 'jumlah', nilai: jumlah.subKegiatan };
  }
}
