/**
 * Components available in every chapter (MDX) without an import: exactly the catalogue's (src/components/katalog.ts).
 * The type check fails when a name is missing here or a component's Props disagree with its catalogue schema.
 */
import TabelCapaian from './tabel/TabelCapaian.astro';
import TabelPerbandinganTahun from './tabel/TabelPerbandinganTahun.astro';
import TabelTargetRenstra from './tabel/TabelTargetRenstra.astro';
import TabelAnggaran from './tabel/TabelAnggaran.astro';
import TabelAnggaranRiwayat from './tabel/TabelAnggaranRiwayat.astro';
import TabelAnggaranRenstra from './tabel/TabelAnggaranRenstra.astro';
import TabelAnggaranBulanan from './tabel/TabelAnggaranBulanan.astro';
import GrafikAnggaranRiwayat from './grafik/GrafikAnggaranRiwayat.astro';
import TabelAktivitas from './tabel/TabelAktivitas.astro';
import TabelPerjanjianKinerja from './tabel/TabelPerjanjianKinerja.astro';
import TabelSdm from './tabel/TabelSdm.astro';
import TabelIku from './tabel/TabelIku.astro';
import TabelSkala from './tabel/TabelSkala.astro';
import TabelRiwayat from './tabel/TabelRiwayat.astro';
import TabelPembanding from './tabel/TabelPembanding.astro';
import TabelEfisiensi from './tabel/TabelEfisiensi.astro';
import TabelSarana from './tabel/TabelSarana.astro';
import TabelIndikatorProgram from './tabel/TabelIndikatorProgram.astro';
import TabelTargetTahunan from './tabel/TabelTargetTahunan.astro';
import TabelTarget from './tabel/TabelTarget.astro';
import TabelWilayah from './tabel/TabelWilayah.astro';
import TabelPrestasi from './tabel/TabelPrestasi.astro';
import TabelBulanan from './tabel/TabelBulanan.astro';
import TabelAnalisis from './tabel/TabelAnalisis.astro';
import GrafikBulanan from './grafik/GrafikBulanan.astro';
import GrafikWilayah from './grafik/GrafikWilayah.astro';
import GrafikCapaian from './grafik/GrafikCapaian.astro';
import GrafikAnggaran from './grafik/GrafikAnggaran.astro';
import GrafikRiwayat from './grafik/GrafikRiwayat.astro';
import GrafikTriwulan from './grafik/GrafikTriwulan.astro';
import Nilai from './teks/Nilai.astro';
import Rujuk from './teks/Rujuk.astro';
import Perhitungan from './teks/Perhitungan.astro';
import TandaTangan from './teks/TandaTangan.astro';
import Lanskap from './teks/Lanskap.astro';
import Inovasi from './teks/Inovasi.astro';
import LampiranPerjanjianKinerja from './lampiran/LampiranPerjanjianKinerja.astro';
import BaganOrganisasi from './gambar/BaganOrganisasi.astro';
import Pejabat from './teks/Pejabat.astro';
import Tabel from './tabel/Tabel.astro';
import Gambar from './gambar/Gambar.astro';
import type { NamaKomponen, PropsKomponen } from './katalog.ts';

export const komponenBab = {
  TabelCapaian,
  TabelPerbandinganTahun,
  TabelTargetRenstra,
  TabelAnggaran,
  TabelAnggaranRiwayat,
  TabelAnggaranRenstra,
  TabelAnggaranBulanan,
  GrafikAnggaranRiwayat,
  TabelAktivitas,
  TabelPerjanjianKinerja,
  TabelSdm,
  TabelIku,
  TabelSkala,
  TabelRiwayat,
  TabelPembanding,
  TabelEfisiensi,
  TabelSarana,
  TabelIndikatorProgram,
  TabelTargetTahunan,
  TabelTarget,
  TabelWilayah,
  TabelPrestasi,
  TabelBulanan,
  TabelAnalisis,
  GrafikBulanan,
  GrafikWilayah,
  GrafikCapaian,
  GrafikAnggaran,
  GrafikRiwayat,
  GrafikTriwulan,
  Nilai,
  Rujuk,
  Perhitungan,
  TandaTangan,
  Lanskap,
  Inovasi,
  LampiranPerjanjianKinerja,
  BaganOrganisasi,
  Pejabat,
  Tabel,
  Gambar,
} satisfies { [N in NamaKomponen]: (props: PropsKomponen<N>) => unknown };
