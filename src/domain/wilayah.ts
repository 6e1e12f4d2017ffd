/**
 * Budget per kelurahan/desa: lines that name a `unit` are summed per unit, so a reader can compare
 * kelurahan; lines without a unit belong to the kecamatan itself.
 */
import { ratakan, jumlah, type BarisAnggaran, type Jumlah } from './anggaran.ts';

export interface RekapWilayah extends Jumlah {
  /** Kelurahan/desa name, or undefined for the kecamatan's own lines. */
  unit?: string;
  /** Number of budget lines held by this unit. */
  baris: number;
}

/**
 * One row per unit in the order of `daftar` (then the kecamatan's own lines when `denganKecamatan`).
 * Only lowest-level lines count, so nothing is summed twice. `nama` keeps only lines of that name
 * (case-insensitive), e.g. to compare "Pembangunan Sarana dan Prasarana Kelurahan" across kelurahan.
 */
export function rekapWilayah(program: BarisAnggaran[], daftar: string[], opsi: { nama?: string; denganKecamatan?: boolean } = {}): RekapWilayah[] {
  const daun = ratakan(program).filter((b) => b.anak.length === 0 && (!opsi.nama || b.nama.toLowerCase() === opsi.nama.toLowerCase()));
  const unitTerwarisi = new Map<BarisAnggaran, string | undefined>();
  const tandai = (b: BarisAnggaran, unit?: string) => {
    const u = b.unit ?? unit;
    unitTerwarisi.set(b, u);
    b.anak.forEach((a) => tandai(a, u));
  };
  program.forEach((p) => tandai(p));
  const kunci = [...daftar.map((d) => d as string | undefined), ...(opsi.denganKecamatan ? [undefined] : [])];
  return kunci.map((unit) => {
    const milik = daun.filter((b) => unitTerwarisi.get(b) === unit);
    return { unit, baris: milik.length, ...jumlah(milik.reduce((a, b) => a + b.pagu, 0), milik.reduce((a, b) => a + b.realisasi, 0)) };
  });
}

/** Total of a rekap: the sum over the units shown. */
export function jumlahRekap(rows: RekapWilayah[]): Jumlah & { baris: number } {
  return { baris: rows.reduce((a, b) => a + b.baris, 0), ...jumlah(rows.reduce((a, b) => a + b.pagu, 0), rows.reduce((a, b) => a + b.realisasi, 0)) };
}
