/**
 * Figures typed in a chapter's prose ("terealisasi 87,72%", "pagu Rp 1.823.606.126"): not read from the data, so the
 * checker cannot compare them. Each is found here, with the computed figures it equals (to quote with <Nilai>), so
 * `npm run check` can list it. Only what reads as a measured figure is taken: a percentage, a rupiah amount, a decimal
 * with a comma, a number grouped in thousands. Plain whole numbers are left out: years, regulation numbers (53/2014),
 * dates, NIPs, section numbers and counts written as words ("1 (satu) tujuan") are all plain whole numbers.
 */
import type { LaporanTerhitung } from './laporan.ts';
import type { Hasil } from './hasil.ts';
import { ratakan, namaBaris } from './anggaran.ts';
import { nilaiLaporan } from './besaranLaporan.ts';
import { sesuai } from './periksa/pencatat.ts';

export type JenisAngka = 'persen' | 'rupiah' | 'angka';

/** One figure typed in prose: where in the text, as written, its value and the decimals it was written with. */
export interface AngkaKetik {
  indeks: number;
  teks: string;
  nilai: number;
  jenis: JenisAngka;
}

/** A number with optional "Rp" before and "%"/"persen" after; digits grouped by dots or commas. */
const TOKEN = /(?:(\bRp\.?\s?)|(?<![\w.,/-]))(\d[\d.,]*\d|\d)(?![\w/]|[.,]\d)(\s?(?:%|persen\b))?/gi;
/** A formula constant or a threshold ("× 100%", "≥ 100%", "di bawah 100%"), not a measured figure. */
const OPERATOR = /(?:[×*≥≤<>=÷]|\bx|\b(?:di bawah|di atas|lebih dari|kurang dari|sekurang-kurangnya|paling sedikit|paling banyak))\s*$/i;

/** The value of a number as Indonesians type it ("1.823.606.126", "87,72"); undefined when it is not one. */
function baca(s: string): { nilai: number; ribuan: boolean; desimal: boolean } | undefined {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s))
    return { nilai: Number(s.replace(/\./g, '').replace(',', '.')), ribuan: true, desimal: s.includes(',') };
  if (/^\d+,\d+$/.test(s)) return { nilai: Number(s.replace(',', '.')), ribuan: false, desimal: true };
  if (/^\d+(\.\d+)?$/.test(s)) return { nilai: Number(s), ribuan: false, desimal: s.includes('.') };
  return undefined;
}

/** Every typed figure of a prose text (see above), in order. */
export function angkaDiketik(teks: string): AngkaKetik[] {
  const out: AngkaKetik[] = [];
  for (const m of teks.matchAll(TOKEN)) {
    const [semua, rp, angka, persen] = m;
    const b = baca(angka);
    if (!b) continue;
    const sebelum = teks.slice(Math.max(0, m.index - 24), m.index);
    let jenis: JenisAngka | undefined;
    if (persen) jenis = OPERATOR.test(sebelum) ? undefined : 'persen';
    else if (rp) jenis = 'rupiah';
    // "3.1" or "1.5" (a section, a dot decimal) stays out: only a comma decimal or thousands grouping reads as a figure.
    else if ((b.desimal && angka.includes(',')) || b.ribuan) jenis = 'angka';
    if (jenis) out.push({ indeks: m.index, teks: semua.trim(), nilai: b.nilai, jenis });
  }
  return out;
}

/** A computed figure a typed one may equal: what it is, and the <Nilai> that prints it (none for a scale bound). */
export interface AngkaTerhitung {
  nilai: number;
  jenis: JenisAngka;
  uraian: string;
  nilaiKomponen?: string;
}

const ok = (h: Hasil): number | undefined => (h.ok ? h.nilai : undefined);

/** Every figure of the report a chapter could quote, with the <Nilai> props that quote it. */
export function angkaTerhitung(r: LaporanTerhitung): AngkaTerhitung[] {
  const out: AngkaTerhitung[] = [];
  const tambah = (nilai: number | undefined, jenis: JenisAngka, uraian: string, props?: string) => {
    if (nilai !== undefined && Number.isFinite(nilai)) out.push({ nilai, jenis, uraian, nilaiKomponen: props && `<Nilai ${props} />` });
  };
  for (const i of r.indikator) {
    // A graded indicator's numbers stand for codes: a typed number is never one of them.
    if (i.pembulatan.skalaNilai) continue;
    const k = i.input.kode;
    const j: JenisAngka = /^(persen|%)$/i.test(i.input.satuan.trim()) ? 'persen' : 'angka';
    tambah(i.target, j, `target ${k}`, `indikator="${k}" besaran="target"`);
    tambah(ok(i.realisasi), j, `realisasi ${k}`, `indikator="${k}" besaran="realisasi"`);
    tambah(ok(i.capaian), 'persen', `capaian ${k}`, `indikator="${k}" besaran="capaian"`);
    tambah(i.targetAkhir, j, `target akhir Renstra ${k}`, `indikator="${k}" besaran="targetAkhir"`);
    tambah(ok(i.capaianTargetAkhir), 'persen', `capaian terhadap target akhir ${k}`, `indikator="${k}" besaran="capaianTargetAkhir"`);
    for (const p of i.pembanding) tambah(typeof p.nilai === 'number' ? p.nilai : undefined, j, `pembanding ${k} (${p.nama})`);
  }
  for (const b of ['rataRataCapaian', 'rataRataCapaianSemua'] as const) {
    const n = nilaiLaporan(r, b);
    if (n.jenis === 'persen')
      tambah(ok(n.nilai), 'persen', b === 'rataRataCapaian' ? 'rata-rata capaian sasaran' : 'rata-rata capaian', `besaran="${b}"`);
  }
  const kode = ratakan(r.program).map((b) => b.kode);
  for (const b of ratakan(r.program)) {
    // A kode held by several units is quoted as their sum: named here only when it is one line.
    const props = b.kode && kode.filter((x) => x === b.kode).length === 1 ? `anggaran="${b.kode}"` : undefined;
    const q = (besaran: string) => props && `${props} besaran="${besaran}"`;
    tambah(b.pagu, 'rupiah', `pagu ${namaBaris(b)}`, q('pagu'));
    tambah(b.paguAwal, 'rupiah', `pagu awal ${namaBaris(b)}`, q('paguAwal'));
    tambah(b.realisasi, 'rupiah', `realisasi anggaran ${namaBaris(b)}`, q('realisasi'));
    tambah(b.sisa, 'rupiah', `sisa anggaran ${namaBaris(b)}`, q('sisa'));
    tambah(ok(b.penyerapan), 'persen', `penyerapan anggaran ${namaBaris(b)}`, q('penyerapan'));
  }
  if (r.jumlahAnggaran) {
    const j = r.jumlahAnggaran;
    tambah(j.pagu, 'rupiah', 'jumlah pagu', 'anggaran="jumlah" besaran="pagu"');
    tambah(j.realisasi, 'rupiah', 'jumlah realisasi anggaran', 'anggaran="jumlah" besaran="realisasi"');
    tambah(j.sisa, 'rupiah', 'jumlah sisa anggaran', 'anggaran="jumlah" besaran="sisa"');
    tambah(ok(j.penyerapan), 'persen', 'penyerapan seluruh anggaran', 'anggaran="jumlah" besaran="penyerapan"');
  }
  for (const p of r.data.skala.pita)
    for (const batas of [p.minimal, p.lebihDari, p.maksimal, p.kurangDari])
      tambah(batas, 'persen', `batas pita predikat "${p.predikat}" (${r.data.skala.nama})`);
  return out;
}

/**
 * The computed figures a typed one equals at the precision it was typed with: a percentage only percentages, a
 * rupiah amount or a grouped number only amounts and indicator values, a comma decimal only indicator values.
 */
export function samaDengan(a: AngkaKetik, daftar: AngkaTerhitung[]): AngkaTerhitung[] {
  const cocokJenis = (x: AngkaTerhitung) =>
    a.jenis === 'persen' ? x.jenis === 'persen' : a.jenis === 'rupiah' ? x.jenis === 'rupiah' : x.jenis !== 'persen';
  return daftar.filter((x) => cocokJenis(x) && (a.jenis === 'rupiah' ? Math.abs(x.nilai - a.nilai) < 0.5 : sesuai(a.nilai, x.nilai)));
}
