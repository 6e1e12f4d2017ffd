/**
 * The one path a report takes from disk: read and validated (muat.ts), computed (domain), then checked
 * (chapters, consistency). `npm run check`, `npm run dev`, the build (src/site/konteks.ts), the import and the
 * tests all go through here, so they cannot disagree about a report.
 */
import { daftarLaporan, muatLaporan, lengkapiBaris } from './muat.ts';
import { join } from 'node:path';
import { hitungLaporan, type LaporanTerhitung } from '../domain/laporan.ts';
import { periksaLaporan } from '../domain/periksa.ts';
import { periksaBab } from './periksaBab.ts';
import type { Masalah } from '../domain/masalah.ts';

export interface HasilPeriksa {
  id: string;
  masalah: Masalah[];
  laporan?: LaporanTerhitung;
}

/** A report read, validated and computed, without the chapter and consistency checks (the site's data). */
export function muatTerhitung(root: string, id: string): HasilPeriksa {
  const r = muatLaporan(root, id);
  return r.data ? { id, masalah: r.masalah, laporan: hitungLaporan(r.data) } : { id, masalah: r.masalah };
}

/** A report read, computed and checked (chapters and consistency); the computed report only when nothing is an error. */
export function periksaSatu(root: string, id: string): HasilPeriksa {
  const r = muatTerhitung(root, id);
  if (!r.laporan) return r;
  const laporan = r.laporan;
  const masalah = lengkapiBaris(root, [...r.masalah, ...periksaBab(root, laporan), ...periksaLaporan(laporan)]);
  return { id, masalah, laporan: masalah.some((m) => m.tingkat === 'galat') ? undefined : laporan };
}

/** periksaSatu for the given reports, or every report under content/laporan/. */
export function periksaSemua(root: string, ids?: string[]): HasilPeriksa[] {
  return (ids && ids.length ? ids : daftarLaporan(join(root, 'content'))).map((id) => periksaSatu(root, id));
}
