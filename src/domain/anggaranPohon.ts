/**
 * The shape of the budget tree, in one place: its levels (program → kegiatan → sub kegiatan) as one table, and
 * the one walker every module that goes through a tree uses. No imports: the schemas build anggaran.yaml's
 * nesting from this table too.
 */

/**
 * The levels, top down. `kunci` is the level's name in code and the key of its list in anggaran.yaml (a line's
 * children are the list of the next level); `sebutan` is how a reader calls it in running text, `judul` in a heading.
 */
export const TINGKAT_ANGGARAN = [
  { kunci: 'program', sebutan: 'program', judul: 'Program' },
  { kunci: 'kegiatan', sebutan: 'kegiatan', judul: 'Kegiatan' },
  { kunci: 'subKegiatan', sebutan: 'sub kegiatan', judul: 'Sub Kegiatan' },
] as const;

export type Tingkat = (typeof TINGKAT_ANGGARAN)[number]['kunci'];
/** A level below the first: the key of a list nested in a line. */
export type TingkatAnak = Exclude<Tingkat, 'program'>;

/** The level names, top down (for an enum of them). */
export const KUNCI_TINGKAT = TINGKAT_ANGGARAN.map((t) => t.kunci) as [Tingkat, ...Tingkat[]];

/** Position of a level, 0 for program: a level is deeper than another when its number is larger. */
export function urutanTingkat(t: Tingkat): number {
  return KUNCI_TINGKAT.indexOf(t);
}

/** The level of a line's children, or undefined for the lowest level. */
export function tingkatAnak(t: Tingkat): TingkatAnak | undefined {
  return TINGKAT_ANGGARAN[urutanTingkat(t) + 1]?.kunci as TingkatAnak | undefined;
}

/** How a reader calls a level in running text ("sub kegiatan") or in a heading ("Sub Kegiatan"). */
export function sebutanTingkat(t: Tingkat, bentuk: 'sebutan' | 'judul' = 'sebutan'): string {
  return TINGKAT_ANGGARAN[urutanTingkat(t)][bentuk];
}

/** The heading of a name column that holds the levels down to `sampai`: "Program / Kegiatan / Sub Kegiatan". */
export function judulSampai(sampai: Tingkat): string {
  return TINGKAT_ANGGARAN.slice(0, urutanTingkat(sampai) + 1)
    .map((t) => t.judul)
    .join(' / ');
}

/**
 * The path of a line in anggaran.yaml from its position (see Letak): [0, 1] is "program[0].kegiatan[1]", the form
 * every message and computed line uses.
 */
export function jalurBaris(urutan: readonly number[]): string {
  return urutan.map((i, d) => `${KUNCI_TINGKAT[d]}[${i}]`).join('.');
}

/** Where a line stands: its parent, and its position from the top, 0-based ([1, 0]: the first kegiatan of program 2). */
export interface Letak<T> {
  induk?: T;
  urutan: readonly number[];
}

/** Returned by a visitor: the children of this line are not visited. */
export const JANGAN_TURUN: unique symbol = Symbol('jangan turun');

/** A visitor: returns what the line hands down to its children (nothing: what it received), or JANGAN_TURUN. */
export type Kunjungi<T, W> = (b: T, warisan: W, letak: Letak<T>) => W | typeof JANGAN_TURUN | void;

/**
 * Visits every line of a tree, parents before their children (the order of a budget table). A visitor sees what
 * its nearest parent handed down (the sasaran or unit a line inherits) and may stop the walk below a line.
 * `anak` gives a line's children (at `kedalaman`, 0 for the top level): entered data keep them under the level's key.
 */
export function telusuriPohon<T, W>(
  akar: readonly T[],
  anak: (b: T, kedalaman: number) => readonly T[] | undefined,
  kunjungi: Kunjungi<T, W>,
  warisan: W,
): void {
  const jalan = (rows: readonly T[], warisan: W, induk: T | undefined, urutan: readonly number[]) =>
    rows.forEach((b, i) => {
      const letak = { induk, urutan: [...urutan, i] };
      const turun = kunjungi(b, warisan, letak);
      if (turun === JANGAN_TURUN) return;
      jalan(anak(b, urutan.length) ?? [], turun === undefined ? warisan : turun, b, letak.urutan);
    });
  jalan(akar, warisan, undefined, []);
}

/** telusuriPohon over computed lines, whose children are `anak`. */
export function telusuri<T extends { anak: readonly T[] }, W = undefined>(akar: readonly T[], kunjungi: Kunjungi<T, W>, warisan?: W): void {
  telusuriPohon(akar, (b) => b.anak, kunjungi, warisan as W);
}

/** Every line of the tree, parents before their children (the order of a budget table). */
export function ratakan<T extends { anak: readonly T[] }>(akar: readonly T[]): T[] {
  const out: T[] = [];
  telusuri(akar, (b) => void out.push(b));
  return out;
}

/** The children of an entered line (anggaran.yaml) at `kedalaman`: the list under the next level's key. */
export function anakMasukan<T extends Partial<Record<TingkatAnak, readonly T[]>>>(b: T, kedalaman: number): readonly T[] | undefined {
  const kunci = KUNCI_TINGKAT[kedalaman + 1] as TingkatAnak | undefined;
  return kunci ? b[kunci] : undefined;
}
