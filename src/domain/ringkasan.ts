/**
 * Report-level figures that tables, charts and quotes share, computed once with the report (hitungLaporan), so a
 * table footer and a figure quoted in the text cannot disagree and no component computes.
 */
import type { Hasil } from './hasil.ts';
import type { Pita, Skala } from '../schemas/skala.ts';
import type { Pembulatan } from './pembulatan.ts';
import { ratakan, type BarisAnggaran } from './anggaran.ts';
import type { Kinerja } from '../schemas/kinerja.ts';
import { LAPISAN, type Lapisan } from './lapisan.ts';
import { rataRataCapaian, jumlahTercapai } from './capaian.ts';
import { predikat } from './predikat.ts';

/** What ringkasLaporan reads from the computed report (the indicator fields it needs). */
interface IndikatorRingkas {
  sasaran?: { kode: string; nama: string };
  capaian: Hasil;
  input: { target: { pkAwal?: number; pkPerubahan?: number } };
  riwayat: { tahun: number; capaian: Hasil }[];
  lapisan: Record<Lapisan, { capaian: Hasil }>;
}

export interface CapaianRataRata {
  capaian: Hasil;
  predikat?: Pita;
}

/** One column of the Perjanjian Kinerja (awal or perubahan): each sasaran indicator's target, each program's pagu, the total. */
export interface KolomPk<I> {
  target: { indikator: I; nilai?: number }[];
  pagu: { program: BarisAnggaran; nilai: number }[];
  jumlahPagu: number;
}

export interface Ringkasan<I> {
  /** Mean capaian and its predikat: over the sasaran indicators (the headline) and over every indicator. */
  rataRata: { sasaran: CapaianRataRata; semua: CapaianRataRata };
  /** The same means with each indicator's capaian against one target layer (<TabelCapaian lapisan="…" rataRata>). */
  rataRataLapisan: Record<Lapisan, { sasaran: CapaianRataRata; semua: CapaianRataRata }>;
  /** Indicators reaching their target, of those whose capaian can be computed (and how many cannot be), of all. */
  tercapai: { tercapai: number; dihitung: number; tidakDapat: number; jumlah: number };
  /** Capaian per year for each indicator: the years of its history and the report's year, in order. */
  riwayat: { tahun: number[]; indikator: { indikator: I; capaian: Hasil[]; perubahan?: PerubahanCapaian }[] };
  /** The PK as signed (awal: pkAwal, paguAwal) and as changed (perubahan: pkPerubahan, pagu; unchanged values carried over). */
  pk: { awal: KolomPk<I>; perubahan: KolomPk<I> };
  /** Programs with a computable absorption, highest first. */
  programMenurutPenyerapan: BarisAnggaran[];
  /** How many of each the report has (quoted by <Nilai besaran="jumlah…">, compared with laporan.yaml `tertulis`). */
  jumlah: JumlahLaporan;
}

/**
 * Counts of a report. Budget lines sharing a kode (one sub kegiatan repeated per kelurahan) count once: a report
 * that says "12 sub kegiatan" counts the DPA's sub kegiatan, not its rows; a line without a kode counts as itself.
 */
export interface JumlahLaporan {
  indikator: number;
  indikatorSasaran: number;
  tujuan: number;
  sasaran: number;
  program: number;
  kegiatan: number;
  subKegiatan: number;
}

/** First and last year with a capaian, and the difference in points. */
export interface PerubahanCapaian {
  dari: { tahun: number; capaian: Hasil };
  ke: { tahun: number; capaian: Hasil };
  selisih: number;
}

const nilaiOk = (h: Hasil): h is { ok: true; nilai: number } => h.ok;

/** Rows with a computable absorption (or any Hasil the key picks), highest first; rows without one are left out. */
export function urutMenurun<T>(rows: readonly T[], kunci: (row: T) => Hasil): T[] {
  const nilai = (row: T) => {
    const h = kunci(row);
    return nilaiOk(h) ? h.nilai : undefined;
  };
  return rows.filter((b) => nilai(b) !== undefined).sort((a, b) => nilai(b)! - nilai(a)!);
}

function tercapai(capaian: Hasil[]): Ringkasan<unknown>['tercapai'] {
  const { tercapai, dihitung } = jumlahTercapai(capaian);
  return { tercapai, dihitung, tidakDapat: capaian.length - dihitung, jumlah: capaian.length };
}

function rataRata(daftar: IndikatorRingkas[], skala: Skala, p: Pembulatan, lapisan?: Lapisan): CapaianRataRata {
  const capaian = rataRataCapaian(daftar.map((i) => (lapisan ? i.lapisan[lapisan].capaian : i.capaian)));
  return { capaian, predikat: predikat(skala, capaian, p) };
}

function riwayat<I extends IndikatorRingkas>(indikator: I[], tahunIni: number): Ringkasan<I>['riwayat'] {
  const tahun = [...new Set([...indikator.flatMap((i) => i.riwayat.map((h) => h.tahun)), tahunIni])].sort();
  const di = (i: I, t: number): Hasil =>
    t === tahunIni ? i.capaian : (i.riwayat.find((h) => h.tahun === t)?.capaian ?? { ok: false, alasan: 'tidak ada data' });
  return {
    tahun,
    indikator: indikator.map((i) => {
      const capaian = tahun.map((t) => di(i, t));
      const ada = tahun.map((t, k) => ({ tahun: t, capaian: capaian[k] })).filter((x) => x.capaian.ok);
      const [a, b] = [ada[0], ada[ada.length - 1]];
      const perubahan =
        ada.length >= 2 && nilaiOk(a.capaian) && nilaiOk(b.capaian)
          ? { dari: a, ke: b, selisih: b.capaian.nilai - a.capaian.nilai }
          : undefined;
      return { indikator: i, capaian, perubahan };
    }),
  };
}

function kolomPk<I extends IndikatorRingkas>(indikator: I[], program: BarisAnggaran[], jenis: 'awal' | 'perubahan'): KolomPk<I> {
  const target = indikator
    .filter((i) => i.sasaran)
    .map((i) => ({
      indikator: i,
      nilai: jenis === 'perubahan' ? (i.input.target.pkPerubahan ?? i.input.target.pkAwal) : i.input.target.pkAwal,
    }));
  const pagu = program.map((b) => ({ program: b, nilai: jenis === 'perubahan' ? b.pagu : (b.paguAwal ?? b.pagu) }));
  return { target, pagu, jumlahPagu: pagu.reduce((a, b) => a + b.nilai, 0) };
}

function hitungJumlah(kinerja: Kinerja, indikator: IndikatorRingkas[], program: BarisAnggaran[]): JumlahLaporan {
  const baris = ratakan(program);
  const beda = (tingkat: BarisAnggaran['tingkat']) =>
    new Set(baris.filter((b) => b.tingkat === tingkat).map((b) => b.kode ?? b.jalur)).size;
  return {
    indikator: indikator.length,
    indikatorSasaran: indikator.filter((i) => i.sasaran).length,
    tujuan: kinerja.tujuan.length,
    sasaran: kinerja.tujuan.reduce((a, t) => a + t.sasaran.length, 0),
    program: beda('program'),
    kegiatan: beda('kegiatan'),
    subKegiatan: beda('subKegiatan'),
  };
}

/** The shared report-level figures of a computed report. */
export function ringkasLaporan<I extends IndikatorRingkas>(r: {
  kinerja: Kinerja;
  indikator: I[];
  program: BarisAnggaran[];
  skala: Skala;
  pembulatan: Pembulatan;
  tahun: number;
}): Ringkasan<I> {
  const capaian = r.indikator.map((i) => i.capaian);
  return {
    rataRata: {
      sasaran: rataRata(
        r.indikator.filter((i) => i.sasaran),
        r.skala,
        r.pembulatan,
      ),
      semua: rataRata(r.indikator, r.skala, r.pembulatan),
    },
    rataRataLapisan: Object.fromEntries(
      LAPISAN.map((x) => [
        x,
        {
          sasaran: rataRata(
            r.indikator.filter((i) => i.sasaran),
            r.skala,
            r.pembulatan,
            x,
          ),
          semua: rataRata(r.indikator, r.skala, r.pembulatan, x),
        },
      ]),
    ) as Ringkasan<I>['rataRataLapisan'],
    tercapai: tercapai(capaian),
    riwayat: riwayat(r.indikator, r.tahun),
    pk: { awal: kolomPk(r.indikator, r.program, 'awal'), perubahan: kolomPk(r.indikator, r.program, 'perubahan') },
    programMenurutPenyerapan: urutMenurun(r.program, (b) => b.penyerapan),
    jumlah: hitungJumlah(r.kinerja, r.indikator, r.program),
  };
}
