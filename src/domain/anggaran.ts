/**
 * Budget rollups: a parent's pagu and realisasi are the sums of its children; sisa and penyerapan
 * derive from them. Amounts typed on parents over children that have them are kept aside (`isianInduk`)
 * for the checker, never used.
 */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { capaian, rataRataCapaian } from './capaian.ts';
import { efisiensi, kategoriEfisiensi, type RumusEfisiensi } from './efisiensi.ts';
import type { SkalaEfisiensi } from '../schemas/efisiensi.ts';
import type { Pita } from '../schemas/skala.ts';
import type { Pembulatan } from './pembulatan.ts';
import { romawi } from './tampilan/format.ts';
import { hitungBerkala, type Berkala, type MasukanBerkala, type OpsiBerkala } from './anggaranBerkala.ts';
import { ratakan, telusuri, tingkatAnak, JANGAN_TURUN, type Tingkat, type TingkatAnak } from './anggaranPohon.ts';

export { ratakan, type Tingkat };
export type Bidang = 'pagu' | 'paguAwal' | 'realisasi';

/** Figures a line was printed with in the original document (kept for the checker). */
export interface AngkaTertulis {
  pagu?: number;
  paguAwal?: number;
  realisasi?: number;
  sisa?: number;
  persen?: number;
  capaian?: number;
  efisiensi?: number;
  sumber?: string;
}

/** What one line of anggaran.yaml says about itself. */
export interface BarisMasukanSendiri extends MasukanBerkala {
  kode?: string;
  nama: string;
  pagu?: number;
  paguAwal?: number;
  realisasi?: number;
  sumberDana?: string;
  unit?: string;
  sasaran?: (string | { kode: string; porsi: number })[];
  capaian?: number;
  indikator?: {
    nama: string;
    satuan?: string;
    targetAwal?: number | string;
    target?: number | string;
    realisasi?: number | string;
    analisis?: string;
    solusi?: string;
    tindakLanjut?: string;
    capaianTertulis?: number;
    sasaran?: string;
    renstra?: Record<string, number | string>;
  }[];
  tertulis?: AngkaTertulis | (AngkaTertulis & { sumber: string })[];
}

/** An entered line with its children under the next level's key (kegiatan, subKegiatan). */
export type BarisMasukan = BarisMasukanSendiri & Partial<Record<TingkatAnak, BarisMasukan[]>>;

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
  /** Output indicators with their computed capaian. */
  indikator: (IndikatorMasukan & { capaian: Hasil })[];
  /** Output/outcome achievement of the line: entered (`capaian`), else the mean capaian of its indicators. */
  capaianKeluaran: Hasil;
  /** The output achievement as entered on the line, if any (for the checker). */
  capaianMasukan?: number;
  /** Row number printed before the line: its kode, else its outline number (laporan.yaml: nomorBaris); set by hitungLaporan. */
  nomor?: string;
  /** Efficiency of the line: its output achievement against its penyerapan, by the report's rule. */
  efisiensi: Hasil;
  /** Band of the efficiency scale the line's efisiensi falls in. */
  kategoriEfisiensi?: Pita;
  anak: BarisAnggaran[];
  /** Which amounts are the sums of the children (true) rather than entered on this line itself, field by field. */
  dariRincian: Record<Bidang, boolean>;
  /** Whether this line or a line below it carries an entered amount of this field. */
  diisi: Record<Bidang, boolean>;
  /** Amounts entered on this line over children that carry the same field: typed totals, for the checker. */
  isianInduk: Partial<Record<Bidang, number>>;
  /** Each set of printed figures with its path in the data file (`program[0].tertulis` or `program[0].tertulis[1]`). */
  tertulis: (AngkaTertulis & { jalur: string })[];
  /** Earlier years, Renstra envelope and monthly plan (anggaranBerkala.ts). */
  berkala: Berkala;
}

/** Penyerapan anggaran: realisasi ÷ pagu × 100, or why not (pagu 0). */
export function penyerapan(realisasi: number, pagu: number): Hasil {
  if (pagu === 0) return tidakDapat('pagu 0: tidak dapat dibagi');
  return hasil((realisasi / pagu) * 100);
}

/** What the efficiency of each line is computed and judged with (the report's settings). */
export interface OpsiEfisiensi {
  rumus?: RumusEfisiensi;
  skala?: SkalaEfisiensi;
  pembulatan?: Pembulatan;
  /** The report's year, Renstra period and last month (history, Renstra and monthly figures); none: only the amounts entered. */
  berkala?: OpsiBerkala;
}

const TANPA_BERKALA: OpsiBerkala = { tahun: 9999, sampaiBulan: 12 };

/** One budget line and its children computed: sums, sisa, penyerapan, output capaian and efficiency. */
export function hitungBaris(input: BarisMasukan, tingkat: Tingkat, jalur: string, opsi: OpsiEfisiensi = {}): BarisAnggaran {
  return hitung(input, tingkat, jalur, opsi).baris;
}

type IndikatorMasukan = NonNullable<BarisMasukan['indikator']>[number];

/** Output achievement of a line: the entered figure, else the mean capaian of its indicators that can be computed. */
export function capaianKeluaran(input: Pick<BarisMasukan, 'capaian'>, indikator: { capaian: Hasil }[]): Hasil {
  if (input.capaian !== undefined) return hasil(input.capaian);
  if (!indikator.length) return tidakDapat('baris ini tidak memiliki indikator keluaran');
  return rataRataCapaian(indikator.map((i) => i.capaian));
}

/**
 * Amounts come from the lowest level that has them, field by field: a program whose kegiatan carry
 * pagu but no realisasi keeps the realisasi entered on the program itself (Jatiroto: realisasi per
 * program only). An amount on a parent whose children have that field is a typed total (isianInduk).
 */
function hitung(
  input: BarisMasukan,
  tingkat: Tingkat,
  jalur: string,
  opsi: OpsiEfisiensi,
): { baris: BarisAnggaran; ada: Record<Bidang, boolean> } {
  const key = tingkatAnak(tingkat);
  const hasil = key ? (input[key] ?? []).map((c, i) => hitung(c, key, `${jalur}.${key}[${i}]`, opsi)) : [];
  const anak = hasil.map((h) => h.baris);
  const dariAnak = (f: Bidang) => hasil.some((h) => h.ada[f]);
  const sum = (f: (b: BarisAnggaran) => number | undefined) => anak.reduce((a, b) => a + (f(b) ?? 0), 0);
  const pagu = dariAnak('pagu') ? sum((b) => b.pagu) : (input.pagu ?? 0);
  const realisasi = dariAnak('realisasi') ? sum((b) => b.realisasi) : (input.realisasi ?? 0);
  const paguAwal = dariAnak('paguAwal') ? sum((b) => b.paguAwal ?? b.pagu) : input.paguAwal;
  const isianInduk = definedOnly({
    pagu: dariAnak('pagu') ? input.pagu : undefined,
    paguAwal: dariAnak('paguAwal') ? input.paguAwal : undefined,
    realisasi: dariAnak('realisasi') ? input.realisasi : undefined,
  });
  const indikator = (input.indikator ?? []).map((ind) => ({ ...ind, capaian: capaianIndikatorAnggaran(ind) }));
  const angka = jumlah(pagu, realisasi, paguAwal);
  const keluaran = capaianKeluaran(input, indikator);
  const e = opsi.rumus
    ? efisiensi(opsi.rumus, keluaran, angka.penyerapan)
    : tidakDapat('laporan tidak memakai rumus efisiensi (laporan.yaml: efisiensi)');
  const baris: BarisAnggaran = {
    tingkat,
    kode: input.kode,
    nama: input.nama,
    jalur,
    ...angka,
    sumberDana: input.sumberDana,
    unit: input.unit,
    sasaran: (input.sasaran ?? []).map((s) => (typeof s === 'string' ? { kode: s, porsi: 1 } : s)),
    indikator,
    capaianKeluaran: keluaran,
    capaianMasukan: input.capaian,
    efisiensi: e,
    kategoriEfisiensi: opsi.pembulatan ? kategoriEfisiensi(opsi.skala, e, opsi.pembulatan) : undefined,
    anak,
    dariRincian: { pagu: dariAnak('pagu'), paguAwal: dariAnak('paguAwal'), realisasi: dariAnak('realisasi') },
    diisi: {
      pagu: dariAnak('pagu') || input.pagu !== undefined,
      paguAwal: dariAnak('paguAwal') || input.paguAwal !== undefined,
      realisasi: dariAnak('realisasi') || input.realisasi !== undefined,
    },
    isianInduk,
    tertulis: Array.isArray(input.tertulis)
      ? input.tertulis.map((t, i) => ({ ...t, jalur: `${jalur}.tertulis[${i}]` }))
      : input.tertulis
        ? [{ ...input.tertulis, jalur: `${jalur}.tertulis` }]
        : [],
    berkala: hitungBerkala(
      input,
      anak.map((a) => a.berkala),
      angka,
      opsi.berkala ?? TANPA_BERKALA,
    ),
  };
  return { baris, ada: baris.diisi };
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

/** The total of some budget lines (pagu, pagu awal when any line has one, realisasi, sisa, penyerapan). */
export function jumlahkan(baris: BarisAnggaran[]): Jumlah {
  const anyAwal = baris.some((b) => b.paguAwal !== undefined);
  return jumlah(
    baris.reduce((a, b) => a + b.pagu, 0),
    baris.reduce((a, b) => a + b.realisasi, 0),
    anyAwal ? baris.reduce((a, b) => a + (b.paguAwal ?? b.pagu), 0) : undefined,
  );
}

/**
 * A line's pagu awal as every table, total and check counts it: the entered one, or, for a line carrying a pagu but no
 * paguAwal, its pagu (no perubahan entered: the budget did not change). Undefined when the line carries no pagu either.
 */
export function paguAwalBerlaku(b: BarisAnggaran): number | undefined {
  return b.paguAwal ?? (b.diisi.pagu ? b.pagu : undefined);
}

/** A sasaran's budget, or why it cannot be computed. */
export type AnggaranSasaran = { ok: true; jumlah: Jumlah } | { ok: false; alasan: string };

/**
 * Budget serving one sasaran. A line serves the sasaran it names, else those of its nearest parent
 * that names any. Each amount is taken, field by field, from the level that carries it (the same
 * rule as the rollup): a program whose realisasi is entered on the program while its sub kegiatan
 * carry only output indicators counts that realisasi, not its children's empty amounts. Shares
 * (porsi) split a line between sasaran.
 */
export function anggaranSasaran(program: BarisAnggaran[], kodeSasaran: string): AnggaranSasaran {
  const total = { pagu: 0, paguAwal: 0, realisasi: 0 };
  let adaAwal = false;
  let ditautkan = false;
  const diisi = { pagu: false, realisasi: false };
  const tambah = (bidang: Bidang) => (b: BarisAnggaran, warisan: BarisAnggaran['sasaran']) => {
    const tautan = b.sasaran.length ? b.sasaran : warisan;
    // paguAwal falls back to pagu where no perubahan was entered, so it follows pagu's level then.
    const turun = bidang === 'paguAwal' ? b.dariRincian.paguAwal || (!b.diisi.paguAwal && b.dariRincian.pagu) : b.dariRincian[bidang];
    if (turun) return tautan;
    const link = tautan.find((s) => s.kode === kodeSasaran);
    if (!link) return JANGAN_TURUN;
    ditautkan = true;
    if (bidang === 'paguAwal') {
      total.paguAwal += (b.paguAwal ?? b.pagu) * link.porsi;
      adaAwal ||= b.paguAwal !== undefined;
    } else {
      total[bidang] += b[bidang] * link.porsi;
      diisi[bidang] ||= b.diisi[bidang];
    }
    return JANGAN_TURUN;
  };
  for (const bidang of ['pagu', 'paguAwal', 'realisasi'] as const) telusuri(program, tambah(bidang), []);
  if (!ditautkan) return { ok: false, alasan: `tidak ada baris anggaran yang ditautkan ke sasaran ${kodeSasaran}` };
  if (!diisi.pagu) return { ok: false, alasan: `baris anggaran sasaran ${kodeSasaran} tidak memuat pagu` };
  return { ok: true, jumlah: jumlah(total.pagu, total.realisasi, adaAwal ? total.paguAwal : undefined) };
}

/** Does this line, or a line below it, serve the sasaran (its own link or its nearest parent's)? */
export function melayaniSasaran(b: BarisAnggaran, kodeSasaran: string, warisan: BarisAnggaran['sasaran'] = []): boolean {
  let melayani = false;
  telusuri(
    [b],
    (x, w) => {
      const tautan = x.sasaran.length ? x.sasaran : w;
      melayani ||= tautan.some((s) => s.kode === kodeSasaran);
      return melayani ? JANGAN_TURUN : tautan;
    },
    warisan,
  );
  return melayani;
}

/** How a line is named in messages: its kode, else its name and the kelurahan/desa that holds it. */
export function namaBaris(b: BarisAnggaran): string {
  return b.kode ?? (b.unit ? `${b.nama} (${b.unit})` : b.nama);
}

export type IndikatorAnggaran = IndikatorMasukan;

/** Capaian of a program/kegiatan indicator, when its target and realisasi are numbers (higher is better). */
export function capaianIndikatorAnggaran(ind: IndikatorAnggaran): Hasil {
  if (typeof ind.target !== 'number' || typeof ind.realisasi !== 'number') return tidakDapat('target atau realisasi bukan angka');
  return capaian(ind.target, ind.realisasi, 'positif');
}

/** How rows without a kode rekening are numbered: I / I.1 / I.1.1, 1 / 1.1 / 1.1.1, or not at all. */
export type GayaNomor = 'romawi' | 'angka' | 'tanpa';

/**
 * The number printed before each line: its kode rekening where given, else its outline number in the tree
 * (program I or 1, kegiatan I.1, sub kegiatan I.1.1), else nothing (gaya "tanpa").
 */
/** Gives every line its `nomor` (see nomorBaris). */
export function beriNomor(program: BarisAnggaran[], gaya: GayaNomor): void {
  for (const [b, n] of nomorBaris(program, gaya)) b.nomor = n;
}

/** Row numbers of the budget tree as printed ("I", "I.1" or "1", "1.1"), by the report's numbering style. */
export function nomorBaris(program: BarisAnggaran[], gaya: GayaNomor): Map<BarisAnggaran, string> {
  const out = new Map<BarisAnggaran, string>();
  telusuri(program, (b, _, { urutan: [awal, ...lain] }) => {
    const garis = [gaya === 'romawi' ? romawi(awal + 1) : String(awal + 1), ...lain.map((i) => String(i + 1))].join('.');
    const nomor = b.kode ?? (gaya === 'tanpa' ? undefined : garis);
    if (nomor) out.set(b, nomor);
  });
  return out;
}

/**
 * Row spans for a run of rows: consecutive rows with the same key are merged into the first (its span is the
 * run's length, the others 0), so a name repeated for each kelurahan or indicator is printed once.
 */
export function rentangBerurutan<T>(rows: T[], kunci: (r: T) => string | undefined): number[] {
  const out = rows.map(() => 1);
  let awal = 0;
  rows.forEach((r, i) => {
    const k = kunci(r);
    if (i > 0 && k !== undefined && k === kunci(rows[awal])) {
      out[awal]++;
      out[i] = 0;
    } else awal = i;
  });
  return out;
}
