/** Component helpers: the report context of the page being rendered, and caption numbers. */
import type { KonteksLaporan } from './konteks.ts';
import type { Nomor } from '../domain/tampilan/penomoran.ts';
import type { LaporanTerhitung } from '../domain/laporan.ts';
import { kunciNama, type TabelRekap } from '../domain/wilayah.ts';

/** The report a chapter component renders for (set by the page); a clear error outside a chapter. */
export function konteksDari(locals: App.Locals): KonteksLaporan {
  if (!locals.konteks) throw new Error('Komponen data hanya dapat dipakai di dalam bab laporan (konteks laporan belum diset).');
  return locals.konteks;
}

/** The caption number of a label in the current report; a clear error for an unknown label. */
export function nomorDari(k: KonteksLaporan, label: string): Nomor {
  const n = k.nomor.get(label);
  if (!n) throw new Error(`label "${label}" tidak ditemukan di bab laporan ${k.laporan.data.id}`);
  return n;
}

/**
 * The per-kelurahan recap a component shows, from the computed report: every line, or one sub kegiatan's (`nama`,
 * matched as the domain matches names). npm run check refuses a missing wilayah or a name no sub kegiatan has.
 */
export function rekapWilayahDari(r: LaporanTerhitung, nama: string | undefined, komponen: string): TabelRekap {
  const rekap = r.rekapWilayah;
  if (!rekap) throw new Error(`laporan ${r.data.id}: ${komponen} memerlukan wilayah (daftar kelurahan/desa) di laporan.yaml`);
  const pilih = nama ? rekap.perSubKegiatan.get(kunciNama(nama)) : rekap.semua;
  if (!pilih) throw new Error(`laporan ${r.data.id}: ${komponen}: tidak ada sub kegiatan bernama "${nama}" di anggaran.yaml`);
  return pilih;
}
