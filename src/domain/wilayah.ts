/**
 * Budget per kelurahan/desa: lines that name a `unit` are summed per unit, so a reader can compare
 * kelurahan; lines without a unit belong to the kecamatan itself.
 */
import { jumlah, jumlahkan, type BarisAnggaran, type Jumlah } from './anggaran.ts';
import { ratakan, telusuri, JANGAN_TURUN } from './anggaranPohon.ts';

export interface RekapWilayah extends Jumlah {
  /** Kelurahan/desa name, or undefined for the kecamatan's own lines. */
  unit?: string;
  /** Number of budget lines held by this unit. */
  baris: number;
}

/**
 * One row per unit in the order of `daftar` (then the kecamatan's own lines when `denganKecamatan`).
 * Each unit's amounts come from its own tree (pilihUnit), each field from the level that carries it, so
 * nothing is summed twice. `nama` keeps only lines of that name (case-insensitive), e.g. to compare
 * "Pembangunan Sarana dan Prasarana Kelurahan" across kelurahan.
 */
export function rekapWilayah(
  program: BarisAnggaran[],
  daftar: string[],
  opsi: { nama?: string; denganKecamatan?: boolean } = {},
): RekapWilayah[] {
  return rekapPohon(pohonPerUnit(program, daftar, opsi.denganKecamatan), opsi.nama);
}

/** Each unit of `daftar` (then the kecamatan's own, when asked) with its own tree. */
function pohonPerUnit(program: BarisAnggaran[], daftar: string[], denganKecamatan = false): [string, BarisAnggaran[]][] {
  return [...daftar, ...(denganKecamatan ? [KECAMATAN] : [])].map((unit) => [unit, pilihUnit(program, unit)]);
}

/** The recap rows of units' trees, all lines or only the topmost lines named `nama`. */
function rekapPohon(pohonUnit: [string, BarisAnggaran[]][], nama?: string): RekapWilayah[] {
  const bernama = (b: BarisAnggaran) => !nama || kunciNama(b.nama) === kunciNama(nama);
  return pohonUnit.map(([unit, pohon]) => {
    const pilih = nama ? teratas(pohon, bernama) : pohon;
    const baris = ratakan(pilih).filter((b) => b.anak.length === 0).length;
    return { unit: unit === KECAMATAN ? undefined : unit, baris, ...jumlahkan(pilih) };
  });
}

/** The topmost lines that satisfy `cocok` (their children are already in their amounts). */
function teratas(program: BarisAnggaran[], cocok: (b: BarisAnggaran) => boolean): BarisAnggaran[] {
  const out: BarisAnggaran[] = [];
  telusuri(program, (b) => (cocok(b) ? (out.push(b), JANGAN_TURUN) : undefined));
  return out;
}

/** Total of a rekap: the sum over the units shown. */
export function jumlahRekap(rows: RekapWilayah[]): Jumlah & { baris: number } {
  return {
    baris: rows.reduce((a, b) => a + b.baris, 0),
    ...jumlah(
      rows.reduce((a, b) => a + b.pagu, 0),
      rows.reduce((a, b) => a + b.realisasi, 0),
    ),
  };
}

/** A recap as a table or chart shows it: one row per kelurahan/desa and their total. */
export interface TabelRekap {
  daftar: RekapWilayah[];
  jumlah: Jumlah & { baris: number };
}

/** The per-kelurahan recaps of a report: of every line, and of each sub kegiatan name (keyed by kunciNama). */
export interface RekapWilayahLaporan {
  semua: TabelRekap;
  perSubKegiatan: Map<string, TabelRekap>;
}

/** The key a line's name is matched by: names match case-insensitively. */
export function kunciNama(nama: string): string {
  return nama.toLowerCase();
}

/** The names of the sub kegiatan (lines without children) by kunciNama: what `nama=` on TabelWilayah/GrafikWilayah may name. */
export function subKegiatanMenurutNama(program: BarisAnggaran[]): Map<string, string> {
  const daun = ratakan(program).filter((b) => b.anak.length === 0);
  return new Map(daun.map((b) => [kunciNama(b.nama), b.nama]));
}

/** Every recap the report's components show, each computed once: units in the order of `daftar`. */
export function rekapWilayahLaporan(program: BarisAnggaran[], daftar: string[]): RekapWilayahLaporan {
  const pohon = pohonPerUnit(program, daftar);
  const tabel = (nama?: string): TabelRekap => {
    const rows = rekapPohon(pohon, nama);
    return { daftar: rows, jumlah: jumlahRekap(rows) };
  };
  return {
    semua: tabel(),
    perSubKegiatan: new Map([...subKegiatanMenurutNama(program)].map(([kunci, nama]) => [kunci, tabel(nama)])),
  };
}

/**
 * Budget units: the kecamatan itself (lines without `unit`) and each kelurahan/desa holding lines. A line
 * belongs to the unit it names, else its nearest parent's. `KECAMATAN` selects the kecamatan's own lines.
 */
export const KECAMATAN = 'kecamatan';

/** The unit of each line, inherited down the tree (undefined: the kecamatan's own). */
export function unitBaris(program: BarisAnggaran[]): Map<BarisAnggaran, string | undefined> {
  const out = new Map<BarisAnggaran, string | undefined>();
  telusuri(program, (b, unit: string | undefined) => {
    out.set(b, b.unit ?? unit);
    return b.unit ?? unit;
  });
  return out;
}

/**
 * The budget tree of one unit: lines of other units are left out and each parent's amounts are the sums
 * of its remaining children (for the fields its children carry), so a kegiatan split over kelurahan shows
 * the share of the chosen one. `unit` is a kelurahan/desa name or KECAMATAN.
 */
export function pilihUnit(program: BarisAnggaran[], unit: string): BarisAnggaran[] {
  const milik = unitBaris(program);
  const cocok = (b: BarisAnggaran) => (milik.get(b) ?? KECAMATAN) === unit;
  const pangkas = (b: BarisAnggaran): BarisAnggaran | undefined => {
    if (!b.anak.length) return cocok(b) ? b : undefined;
    const anak = b.anak.map(pangkas).filter((a): a is BarisAnggaran => a !== undefined);
    if (!anak.length && !cocok(b)) return undefined;
    if (anak.length === b.anak.length && anak.every((a, i) => a === b.anak[i])) return b;
    const dari = (f: 'pagu' | 'realisasi') => (b.dariRincian[f] ? anak.reduce((a, x) => a + x[f], 0) : cocok(b) ? b[f] : 0);
    const paguAwal = b.dariRincian.paguAwal ? anak.reduce((a, x) => a + (x.paguAwal ?? x.pagu), 0) : cocok(b) ? b.paguAwal : undefined;
    return { ...b, anak, ...jumlah(dari('pagu'), dari('realisasi'), paguAwal) };
  };
  return program.map(pangkas).filter((b): b is BarisAnggaran => b !== undefined);
}

/** Units that hold lines, in the order of `daftar`, the kecamatan's own first when it has any. */
export function daftarUnit(program: BarisAnggaran[], daftar: string[]): string[] {
  const dipakai = new Set([...unitBaris(program).values()].map((u) => u ?? KECAMATAN));
  return [KECAMATAN, ...daftar].filter((u) => dipakai.has(u));
}
