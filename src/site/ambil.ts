/** Component helpers: the report context of the page being rendered, and caption numbers. */
import type { KonteksLaporan } from './konteks.ts';
import type { Nomor } from '../domain/tampilan/penomoran.ts';

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
