/**
 * Budget rollups: a parent's pagu and realisasi are the sums of its children; sisa and penyerapan
 * derive from them. Amounts typed on parents over children that have them are kept as `tertulis`
 * for the checker, never used.
 */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { capaian } from './capaian.ts';

export type Tingkat = 'program' | 'kegiatan' | 'subKegiatan';

export interface BarisMasukan {
  kode?: string;
  nama: string;
  pagu?: number;
  paguAwal?: number;
  realisasi?: number;
  sumberDana?: string;
  unit?: string;
  sasaran?: (string | { kode: string; porsi: number })[];
  indikator?: { nama: string; satuan?: string; targetAwal?: number | string; target?: number | string; realisasi?: number | string; tindakLanjut?: string; capaianTertulis?: number; sasaran?: string; renstra?: Record<string, number | string> }[];
  tertulis?: { pagu?: number; paguAwal?: number; realisasi?: number; sisa?: number; persen?: number; sumber?: string };
  kegiatan?: BarisMasukan[];
  subKegiatan?: BarisMasukan[];
}

export interface BarisAnggaran {
  tingkat: Tingkat;
  kode?: string;
  nama: string;
  /** Path in the data file, e.g. program[0].kegiatan[1]. */
  jalur: string;
  pagu: number;
  paguAwal?: number;
  realisasi: number;
  sisa: number;
  penyerapan: Hasil;
  sumberDana?: string;
  unit?: string;
  sasaran: { kode: string; porsi: number }[];
  indikator: NonNullable<BarisMasukan['indikator']>;
  anak: BarisAnggaran[];
  /** Figures typed in the data file that can be derived (a parent's amounts, sisa, persen), for the checker. */
  tertulis: { pagu?: number; paguAwal?: number; realisasi?: number; sisa?: number; persen?: number; sumber?: string };
}

export function penyerapan(realisasi: number, pagu: number): Hasil {
  if (pagu === 0) return tidakDapat('pagu 0: tidak dapat dibagi');
  return hasil((realisasi / pagu) * 100);
}

const childKey = { program: 'kegiatan', kegiatan: 'subKegiatan', subKegiatan: undefined } as const;
const nextLevel = { program: 'kegiatan', kegiatan: 'subKegiatan' } as const;

export function hitungBaris(input: BarisMasukan, tingkat: Tingkat, jalur: string): BarisAnggaran {
  return hitung(input, tingkat, jalur).baris;
}

type Bidang = 'pagu' | 'paguAwal' | 'realisasi';

/**
 * Amounts come from the lowest level that has them, field by field: a program whose kegiatan carry
 * pagu but no realisasi keeps the realisasi entered on the program itself (Jatiroto: realisasi per
 * program only). An amount on a parent whose children have that field is a typed total (tertulis).
 */
function hitung(input: BarisMasukan, tingkat: Tingkat, jalur: string): { baris: BarisAnggaran; ada: Record<Bidang, boolean> } {
  const key = childKey[tingkat];
  const children = key ? (input[key] ?? []) : [];
  const hasil = key
    ? children.map((c, i) => hitung(c, nextLevel[tingkat as 'program' | 'kegiatan'], `${jalur}.${key}[${i}]`))
    : [];
  const anak = hasil.map((h) => h.baris);
  const dariAnak = (f: Bidang) => hasil.some((h) => h.ada[f]);
  const sum = (f: (b: BarisAnggaran) => number | undefined) => anak.reduce((a, b) => a + (f(b) ?? 0), 0);
  const pagu = dariAnak('pagu') ? sum((b) => b.pagu) : (input.pagu ?? 0);
  const realisasi = dariAnak('realisasi') ? sum((b) => b.realisasi) : (input.realisasi ?? 0);
  const paguAwal = dariAnak('paguAwal') ? sum((b) => b.paguAwal ?? b.pagu) : input.paguAwal;
  const tertulisInduk = definedOnly({
    pagu: dariAnak('pagu') ? input.pagu : undefined,
    paguAwal: dariAnak('paguAwal') ? input.paguAwal : undefined,
    realisasi: dariAnak('realisasi') ? input.realisasi : undefined,
  });
  const baris: BarisAnggaran = {
    tingkat,
    kode: input.kode,
    nama: input.nama,
    jalur,
    ...jumlah(pagu, realisasi, paguAwal),
    sumberDana: input.sumberDana,
    unit: input.unit,
    sasaran: (input.sasaran ?? []).map((s) => (typeof s === 'string' ? { kode: s, porsi: 1 } : s)),
    indikator: input.indikator ?? [],
    anak,
    tertulis: { ...input.tertulis, ...tertulisInduk },
  };
  const ada = {
    pagu: dariAnak('pagu') || input.pagu !== undefined,
    paguAwal: dariAnak('paguAwal') || input.paguAwal !== undefined,
    realisasi: dariAnak('realisasi') || input.realisasi !== undefined,
  };
  return { baris, ada };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface Jumlah {
  pagu: number;
  paguAwal?: number;
  realisasi: number;
  sisa: number;
  penyerapan: Hasil;
}

/** Pagu and realisasi with what derives from them: sisa and penyerapan. */
export function jumlah(pagu: number, realisasi: number, paguAwal?: number): Jumlah {
  return { pagu, paguAwal, realisasi, sisa: pagu - realisasi, penyerapan: penyerapan(realisasi, pagu) };
}

export function jumlahkan(baris: BarisAnggaran[]): Jumlah {
  const anyAwal = baris.some((b) => b.paguAwal !== undefined);
  return jumlah(
    baris.reduce((a, b) => a + b.pagu, 0),
    baris.reduce((a, b) => a + b.realisasi, 0),
    anyAwal ? baris.reduce((a, b) => a + (b.paguAwal ?? b.pagu), 0) : undefined,
  );
}

/** Every row of the tree, parents before their children (the order of a budget table). */
export function ratakan(baris: BarisAnggaran[]): BarisAnggaran[] {
  return baris.flatMap((b) => [b, ...ratakan(b.anak)]);
}

/**
 * Budget serving one sasaran. A line serves the sasaran it names, else those of its nearest parent
 * that names any; amounts are taken from the lowest level (times the share, porsi), so a program
 * can serve one sasaran while some of its sub kegiatan serve another.
 */
export function anggaranSasaran(program: BarisAnggaran[], kodeSasaran: string): Jumlah {
  let pagu = 0;
  let paguAwal = 0;
  let adaAwal = false;
  let realisasi = 0;
  const telusuri = (b: BarisAnggaran, warisan: BarisAnggaran['sasaran']) => {
    const tautan = b.sasaran.length ? b.sasaran : warisan;
    if (b.anak.length) return b.anak.forEach((a) => telusuri(a, tautan));
    const link = tautan.find((s) => s.kode === kodeSasaran);
    if (!link) return;
    pagu += b.pagu * link.porsi;
    paguAwal += (b.paguAwal ?? b.pagu) * link.porsi;
    adaAwal ||= b.paguAwal !== undefined;
    realisasi += b.realisasi * link.porsi;
  };
  program.forEach((p) => telusuri(p, []));
  return jumlah(pagu, realisasi, adaAwal ? paguAwal : undefined);
}

/** How a line is named in messages: its kode, else its name and the kelurahan/desa that holds it. */
export function namaBaris(b: BarisAnggaran): string {
  return b.kode ?? (b.unit ? `${b.nama} (${b.unit})` : b.nama);
}

export type IndikatorAnggaran = BarisAnggaran['indikator'][number];

/** Capaian of a program/kegiatan indicator, when its target and realisasi are numbers (higher is better). */
export function capaianIndikatorAnggaran(ind: IndikatorAnggaran): Hasil {
  if (typeof ind.target !== 'number' || typeof ind.realisasi !== 'number') return tidakDapat('target atau realisasi bukan angka');
  return capaian(ind.target, ind.realisasi, 'positif');
}
