/** Which document a table's targets come from, said under the table (issue 13: every table says its layer). */
import type { IndikatorTerhitung } from '../laporan.ts';
import { NAMA_LAPISAN, type Lapisan } from '../lapisan.ts';

/**
 * "Target: PK Perubahan." for one source; with mixed sources the most common first and the others by indicator
 * ("Target: PK; Renstra untuk IKU-3."); a named layer: "Target: RKT/Renja." (with the indicators lacking it).
 */
export function keteranganTarget(daftar: readonly IndikatorTerhitung[], lapisan?: Lapisan): string {
  if (lapisan) {
    const tanpa = daftar.filter((i) => i.lapisan[lapisan].target === undefined).map((i) => i.input.kode);
    return `Target: ${NAMA_LAPISAN[lapisan]}${tanpa.length ? ` (belum diisi untuk ${tanpa.join(', ')})` : ''}.`;
  }
  const kelompok = new Map<string, string[]>();
  for (const i of daftar) {
    const k = i.sumberTarget ?? 'belum diisi';
    kelompok.set(k, [...(kelompok.get(k) ?? []), i.input.kode]);
  }
  const urut = [...kelompok].sort((a, b) => b[1].length - a[1].length);
  if (!urut.length) return '';
  const [utama, ...lain] = urut;
  return `Target: ${utama[0]}${lain.map(([k, kode]) => `; ${k} untuk ${kode.join(', ')}`).join('')}.`;
}
