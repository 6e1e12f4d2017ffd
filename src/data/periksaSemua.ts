/** Validation of every report under a project root: schema errors, then the consistency checker. */
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

export function periksaSatu(root: string, id: string): HasilPeriksa {
  const r = muatLaporan(root, id);
  if (!r.data) return { id, masalah: r.masalah };
  const laporan = hitungLaporan(r.data);
  const masalah = lengkapiBaris(root, [...r.masalah, ...periksaBab(root, laporan), ...periksaLaporan(laporan)]);
  return { id, masalah, laporan: masalah.some((m) => m.tingkat === 'galat') ? undefined : laporan };
}

export function periksaSemua(root: string, ids?: string[]): HasilPeriksa[] {
  return (ids && ids.length ? ids : daftarLaporan(join(root, 'content'))).map((id) => periksaSatu(root, id));
}
