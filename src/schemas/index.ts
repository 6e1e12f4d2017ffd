/** One schema per concept; importing this module installs the Indonesian messages. */
import './pesan.ts';
export { laporanSchema, type Laporan } from './laporan.ts';
export { kinerjaSchema, type Kinerja, type Indikator } from './kinerja.ts';
export { realisasiSchema, type Realisasi } from './realisasi.ts';
export { anggaranSchema, type Anggaran } from './anggaran.ts';
export { skalaSchema, type Skala } from './skala.ts';
export { skalaEfisiensiSchema, type SkalaEfisiensi } from './efisiensi.ts';
export { strukturSchema, type Struktur } from './struktur.ts';
export { sdmSchema, saranaSchema, lainnyaSchema, type Sdm, type Sarana, type Lainnya } from './organisasi.ts';
