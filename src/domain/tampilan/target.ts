/** Which document a table's targets come from, said under the table (issue 13: every table says its layer). */
import type { IndikatorTerhitung } from '../laporan.ts';
import { LAPISAN, NAMA_LAPISAN, type Lapisan } from '../lapisan.ts';
import { berangka } from '../skalaNilai.ts';
import { angka } from './format.ts';

/**
 * "Target: PK Perubahan." for one source; with mixed sources the most common first and the others by indicator
 * ("Target: PK; Renstra untuk IKU-3."); a named layer: "Target: RKT/Renja." (with the indicators lacking it).
 */
export function keteranganTarget(
  daftar: readonly IndikatorTerhitung[],
  lapisan?: Lapisan,
  sumber: (i: IndikatorTerhitung) => string | undefined = (i) => i.sumberTarget,
): string {
  if (lapisan) {
    const tanpa = daftar.filter((i) => i.lapisan[lapisan].target === undefined).map((i) => i.input.kode);
    return `Target: ${NAMA_LAPISAN[lapisan]}${tanpa.length ? ` (belum diisi untuk ${tanpa.join(', ')})` : ''}.`;
  }
  const kelompok = new Map<string, string[]>();
  for (const i of daftar) {
    const k = sumber(i) ?? 'belum diisi';
    kelompok.set(k, [...(kelompok.get(k) ?? []), i.input.kode]);
  }
  const urut = [...kelompok].sort((a, b) => b[1].length - a[1].length);
  if (!urut.length) return '';
  const [utama, ...lain] = urut;
  return `Target: ${utama[0]}${lain.map(([k, kode]) => `; ${k} untuk ${kode.join(', ')}`).join('')}.`;
}

/** The grade scales of these indicators, written under a table: "Nilai huruf menurut Nilai SAKIP: D (30) < C (50) < …". */
export function keteranganSkalaNilai(daftar: readonly IndikatorTerhitung[]): string {
  const skala = [...new Set(daftar.map((i) => i.pembulatan.skalaNilai).filter((s) => s !== undefined))];
  return skala
    .map((s) => {
      const nilai = s.nilai.map((n) =>
        n.angka === undefined
          ? n.kode
          : `${n.kode} (${angka(n.angka, { cara: 'setengah-ke-atas', desimal: Number.isInteger(n.angka) ? 0 : 2 })})`,
      );
      const cara = berangka(s) ? 'capaian dari padanan angkanya' : 'capaian: tercapai bila realisasi setidaknya setara target';
      return `Nilai huruf menurut ${s.nama}${s.sumber ? ` (${s.sumber})` : ''}: ${nilai.join(' < ')}; ${cara}.`;
    })
    .join(' ');
}

/** The rows and layers of <TabelTarget>: the layers named, else every layer some shown indicator has a target in. */
export function susunanTabelTarget(
  semua: readonly IndikatorTerhitung[],
  p: { lapisan?: readonly Lapisan[]; sasaranSaja?: boolean; denganCapaian?: boolean },
): { daftar: IndikatorTerhitung[]; lapisan: Lapisan[]; kolom: number; adaKosong: boolean } {
  const daftar = p.sasaranSaja ? semua.filter((i) => i.sasaran) : [...semua];
  // An empty column says nothing: by default only layers with a target.
  const lapisan = p.lapisan ? [...p.lapisan] : LAPISAN.filter((x) => daftar.some((i) => i.lapisan[x].target !== undefined));
  // Sasaran/tujuan, indikator, satuan; per layer its target (and capaian); the realisasi.
  const kolom = 3 + lapisan.length * (p.denganCapaian ? 2 : 1) + (p.denganCapaian ? 1 : 0);
  // The note explaining "–" only where a cell prints it.
  const adaKosong = daftar.some((i) => lapisan.some((x) => i.lapisan[x].target === undefined));
  return { daftar, lapisan, kolom, adaKosong };
}

/**
 * The most columns <TabelTarget> can print on a landscape A4 page at the shrunk 9 pt: 14 (five layers with capaian)
 * measured 251–279 mm against 247 mm available in the new-user trial (F4); 12 (four layers with capaian) is the
 * catalogue's own example.
 */
export const KOLOM_TABEL_TARGET_MAKS = 12;

/** Under <TabelBulanan>: a month's target is the action plan's where monthly targets are entered, else the year's acuan. */
export function keteranganTargetBulanan(daftar: readonly IndikatorTerhitung[]): string {
  return keteranganTarget(daftar, undefined, (i) =>
    Object.keys(i.input.target.bulanan ?? {}).length ? 'Rencana Aksi (target bulanan)' : i.sumberTarget,
  );
}

/** Under <TabelTargetRenstra>: the end target is the Renstra's; with the year's target, where that one comes from. */
export function keteranganTargetRenstra(daftar: readonly IndikatorTerhitung[], renstra: string, denganTarget: boolean): string {
  const akhir = `Target akhir: ${renstra} (target akhir, atau target Renstra tahun terakhirnya).`;
  return denganTarget ? `${akhir} ${keteranganTarget(daftar).replace(/^Target:/, 'Target tahun ini:')}` : akhir;
}

/**
 * The capaian formula under a table, with the negative indicators' own where the table has any (a reviewer recomputing
 * 113,33% for a "lower is better" indicator with realisasi ÷ target would get 86,67%).
 */
export function keteranganRumus(daftar: readonly IndikatorTerhitung[]): string {
  const negatif = (rumus: 'selisih' | 'rasio') =>
    daftar.filter((i) => i.input.polaritas === 'negatif' && (i.input.rumusNegatif ?? 'selisih') === rumus).map((i) => i.input.kode);
  const teks = [
    'Capaian = realisasi ÷ target × 100%',
    ...[
      ['selisih', '(2 × target − realisasi) ÷ target × 100%'],
      ['rasio', 'target ÷ realisasi × 100%'],
    ].flatMap(([r, f]) => {
      const kode = negatif(r as 'selisih' | 'rasio');
      return kode.length ? [`untuk indikator negatif (makin rendah makin baik) ${kode.join(', ')}: ${f}`] : [];
    }),
  ];
  return teks.join('; ');
}
