/** Names of the components chapters may use (src/components/mdx.ts registers exactly these). */
export const NAMA_KOMPONEN = [
  'TabelCapaian',
  'TabelPerbandinganTahun',
  'TabelTargetRenstra',
  'TabelAnggaran',
  'TabelAktivitas',
  'TabelPerjanjianKinerja',
  'TabelSdm',
  'TabelIku',
  'TabelSkala',
  'TabelRiwayat',
  'TabelPembanding',
  'TabelEfisiensi',
  'TabelSarana',
  'GrafikCapaian',
  'GrafikAnggaran',
  'GrafikRiwayat',
  'Nilai',
  'Rujuk',
  'Perhitungan',
  'TandaTangan',
] as const;
export type NamaKomponen = (typeof NAMA_KOMPONEN)[number];
