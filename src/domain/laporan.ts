/**
 * The computed report: every derived figure of one report, computed once from its entered data.
 * Web pages, the PDF and the checker all read this; none computes a figure of its own.
 */
import type { Laporan } from '../schemas/laporan.ts';
import type { Kinerja, Indikator, SkalaNilai } from '../schemas/kinerja.ts';
import type { Anggaran } from '../schemas/anggaran.ts';
import type { Skala, Pita } from '../schemas/skala.ts';
import type { SkalaEfisiensi } from '../schemas/efisiensi.ts';
import type { Sdm, Sarana, Lainnya } from '../schemas/organisasi.ts';
import type { Struktur } from '../schemas/struktur.ts';
import type { Realisasi, RealisasiIndikator } from '../schemas/realisasi.ts';
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { capaian, rataRataCapaian } from './capaian.ts';
import { predikat } from './predikat.ts';
import { realisasiSampai, TRIWULAN, type NilaiTriwulan } from './triwulan.ts';
import { adaBulan, gabungBulan, triwulanDariBulan, NAMA_BULAN } from './bulanan.ts';
import {
  hitungBaris,
  jumlahkan,
  ratakan,
  beriNomor,
  anggaranSasaran,
  melayaniSasaran,
  type BarisAnggaran,
  type Jumlah,
  type AnggaranSasaran,
} from './anggaran.ts';
import { efisiensiAnggaran, kategoriEfisiensi } from './efisiensi.ts';
import { jumlahBerkala, bulananSasaran, type Berkala, type BulanAnggaran, type OpsiBerkala } from './anggaranBerkala.ts';
import { daftarUnit, pilihUnit, rekapWilayahLaporan, KECAMATAN, type RekapWilayahLaporan } from './wilayah.ts';
import { romawi } from './tampilan/format.ts';
import type { Pembulatan } from './pembulatan.ts';
import { skalaIndikator, angkakanIndikator, angkakanRealisasi, berangka, capaianPeringkat } from './skalaNilai.ts';
import { ringkasLaporan, type Ringkasan } from './ringkasan.ts';
import { adaPkPerubahan, LAPISAN, targetLapisan, type Lapisan } from './lapisan.ts';
import { hitungOrganisasi, type OrganisasiTerhitung } from './organisasi.ts';

export interface DataLaporan {
  id: string;
  laporan: Laporan;
  kinerja: Kinerja;
  realisasi: Realisasi;
  anggaran?: Anggaran;
  skala: Skala;
  /** Efficiency scale named in laporan.yaml (skalaEfisiensi), when the report judges efficiency by bands. */
  skalaEfisiensi?: SkalaEfisiensi;
  sdm?: Sdm;
  sarana?: Sarana;
  lainnya?: Lainnya;
  /** Organisation structure (struktur.yaml), for the bagan. */
  struktur?: Struktur;
}

export interface IndikatorTerhitung {
  input: Indikator;
  /** Entered realisasi of this indicator (quarters, year total, counting). */
  masukanRealisasi: RealisasiIndikator;
  /** Path in kinerja.yaml, e.g. tujuan[0].sasaran[1].indikator[0]. */
  jalur: string;
  tujuan: { kode: string; nama: string };
  sasaran?: { kode: string; nama: string };
  /** The target capaian is measured against (per the report's acuanTarget). */
  target: number | undefined;
  /** Which document that target comes from ("Rencana Aksi": the monthly targets combined, when no other target is entered). */
  sumberTarget: 'PK Perubahan' | 'PK' | 'RKT/Renja' | 'Renstra' | 'Rencana Aksi' | undefined;
  /** Each target layer's target for the report year, with the capaian and predikat against it (lapisan.ts). */
  lapisan: Record<Lapisan, NilaiLapisan>;
  /** Display of this indicator's target and realisasi: the report's rounding with the indicator's own `desimal`, and its grade scale (values printed as codes). */
  pembulatan: Pembulatan & { skalaNilai?: SkalaNilai };
  /** Each benchmark with the capaian against it: realisasi ÷ the benchmark × 100 (by polarity); "Nihil": none. */
  pembanding: (Indikator['pembanding'][number] & { capaian: Hasil })[];
  /** Realisasi per triwulan as used: derived from the months where months are entered, else as typed (tw1..tw4). */
  nilaiTriwulan: NilaiTriwulan;
  /** Each month of the period, when months (realisasi or targets) are entered; empty otherwise. */
  perBulan: BarisBulan[];
  realisasi: Hasil;
  capaian: Hasil;
  predikat: Pita | undefined;
  /** Realisasi up to each quarter of the period (by the indicator's agregasi) and its capaian against the year's target. */
  perTriwulan: { triwulan: number; realisasi: Hasil; capaian: Hasil }[];
  /** Renstra end target and the capaian against it. */
  targetAkhir: number | undefined;
  capaianTargetAkhir: Hasil;
  riwayat: { tahun: number; target?: number; realisasi?: number; capaian: Hasil; namaIndikator?: string; dokumen?: string }[];
  /** Every year with figures, oldest first: the history years, then the report's own year (its period's figures). */
  perTahun: NilaiTahun[];
  /** Budget serving the indicator's sasaran (tujuan indicators: the whole budget). */
  anggaran?: Jumlah;
  /** Why `anggaran` is absent (no line linked to the sasaran, no pagu entered). */
  alasanAnggaran?: string;
  efisiensi: Hasil;
  /** Band of the efficiency scale the efisiensi falls in (laporan.yaml: skalaEfisiensi). */
  kategoriEfisiensi?: Pita;
  /** Monthly budget plan behind the indicator (its sasaran's lines; tujuan indicators: the whole budget); empty without months. */
  anggaranBulanan: BulanAnggaran[];
}

/** One target layer of an indicator: its target, and the period's realisasi measured against it. */
export interface NilaiLapisan {
  target: number | undefined;
  capaian: Hasil;
  predikat: Pita | undefined;
}

/** One year's figures of an indicator (year-on-year and history tables). */
export interface NilaiTahun {
  tahun: number;
  target?: number;
  realisasi: Hasil;
  capaian: Hasil;
  /** The report's own year: its realisasi is the period's. */
  tahunIni: boolean;
}

/** One month of the rencana aksi table: the month's own figures and the running figures up to it. */
export interface BarisBulan {
  bulan: number;
  /** "Januari" … "Desember". */
  nama: string;
  target?: number;
  realisasi?: number;
  /** The month's realisasi against the month's target. */
  capaian: Hasil;
  /** Target up to this month: the monthly targets combined by agregasi, or the year's target when none is entered per month. */
  targetSampai: Hasil;
  realisasiSampai: Hasil;
  capaianSampai: Hasil;
  keterangan?: string;
}

export interface SasaranTerhitung {
  kode: string;
  nama: string;
  indikator: IndikatorTerhitung[];
  /** Mean capaian of its indicators (those that can be computed). */
  capaian: Hasil;
  predikat: Pita | undefined;
  /** Budget of the lines linked to the sasaran, or why it cannot be computed. */
  anggaran: AnggaranSasaran;
  /** Efficiency of the sasaran: its capaian against its penyerapan, by the report's rule. */
  efisiensi: Hasil;
  /** Band of the efficiency scale the efisiensi falls in. */
  kategoriEfisiensi?: Pita;
  /** The programs serving the sasaran (linked to it, or holding a line that is), in the order of anggaran.yaml. */
  program: BarisAnggaran[];
}

export interface LaporanTerhitung {
  data: DataLaporan;
  /** The report has a PK Perubahan: laporan.yaml dates one or an indicator has a `pkPerubahan` target. */
  adaPkPerubahan: boolean;
  /** Last quarter the report covers (triwulan II -> 2, tahunan -> 4). */
  sampaiTriwulan: number;
  /** Rounding of budget percentages (pembulatanAnggaran, else pembulatan). */
  pembulatanAnggaran: Pembulatan;
  /** "Triwulan II Tahun 2023", "Tahun 2024". */
  namaPeriode: string;
  /** "Triwulan II"; "" for a yearly report. */
  namaPeriodeSingkat: string;
  /** "Kabupaten Lumajang", "Kota Malang". */
  namaPemerintah: string;
  indikator: IndikatorTerhitung[];
  /** Each sasaran with its indicators, its capaian (mean of theirs) and predikat: the headline figures. */
  sasaran: SasaranTerhitung[];
  program: BarisAnggaran[];
  /** Every line of the tree, parents before their children (the order of a budget table). */
  semuaBaris: BarisAnggaran[];
  /** The budget units holding lines (the kecamatan first, then each kelurahan/desa): each unit's own tree and total. */
  unitAnggaran: UnitAnggaran[];
  /** Budget per kelurahan/desa of `wilayah.daftar` (all lines, and per sub kegiatan name), when laporan.yaml lists them. */
  rekapWilayah?: RekapWilayahLaporan;
  jumlahAnggaran?: Jumlah;
  /** Lines whose budget is split between sasaran (a share, porsi, below 1), each link as a percentage: printed with sasaran budgets. */
  porsiAnggaran: { baris: BarisAnggaran; sasaran: { kode: string; persen: number }[] }[];
  /** The whole budget over time: history per year, Renstra envelope, monthly plan (the programs summed). */
  berkalaAnggaran?: Berkala;
  /** Report-level figures shared by tables, charts and quotes (averages, targets reached, history, PK columns). */
  ringkasan: Ringkasan<IndikatorTerhitung>;
  /** Staff and facility figures (sdm.yaml, sarana.yaml), when the report has them. */
  organisasi: OrganisasiTerhitung;
}

export interface UnitAnggaran {
  /** "kecamatan" or the kelurahan/desa name, as written in `unit=` and `unit:`. */
  kunci: string;
  /** How a table names it: the instansi ("Kecamatan Kedungkandang") or "Kelurahan Buring". */
  nama: string;
  program: BarisAnggaran[];
  jumlah: Jumlah;
}

/** The last quarter a report covers: its quarter, 2 × its semester, or 4 for a year. */
export function sampaiTriwulan(l: Pick<Laporan, 'periode'>): number {
  if (l.periode.jenis === 'triwulan') return l.periode.ke;
  if (l.periode.jenis === 'semester') return l.periode.ke * 2;
  return 4;
}

/** "Triwulan II" / "Semester I" / "" for a yearly report. */
export function namaPeriodeSingkat(l: Pick<Laporan, 'periode'>): string {
  if (l.periode.jenis === 'triwulan') return `Triwulan ${romawi(l.periode.ke)}`;
  if (l.periode.jenis === 'semester') return `Semester ${romawi(l.periode.ke)}`;
  return '';
}

/** "Kabupaten Lumajang", "Kota Malang". */
export function namaPemerintah(l: Laporan): string {
  return `${l.pemerintah.jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${l.pemerintah.nama}`;
}

/** "Triwulan II Tahun 2023", "Tahun 2024". */
export function namaPeriode(l: Pick<Laporan, 'periode' | 'tahun'>): string {
  const singkat = namaPeriodeSingkat(l);
  return singkat ? `${singkat} Tahun ${l.tahun}` : `Tahun ${l.tahun}`;
}

/** The target capaian is measured against, and the document it comes from, by the report's `acuanTarget`. */
export function targetAcuan(
  ind: Indikator,
  l: Laporan,
  adaPerubahan = false,
): { nilai?: number; sumber?: IndikatorTerhitung['sumberTarget'] } {
  const renstra = ind.target.renstra?.[String(l.tahun)];
  const t = ind.target;
  let hasilnya: { nilai?: number; sumber?: IndikatorTerhitung['sumberTarget'] };
  if (l.acuanTarget === 'renstra') hasilnya = { nilai: renstra, sumber: renstra === undefined ? undefined : 'Renstra' };
  else if (l.acuanTarget === 'rkt' && t.rkt !== undefined) hasilnya = { nilai: t.rkt, sumber: 'RKT/Renja' };
  // A PK Perubahan holds every indicator: one it did not change keeps its PK target there (lapisan.ts).
  else if (l.acuanTarget !== 'pk-awal' && (t.pkPerubahan !== undefined || (adaPerubahan && t.pkAwal !== undefined)))
    hasilnya = { nilai: t.pkPerubahan ?? t.pkAwal, sumber: 'PK Perubahan' };
  else if (t.pkAwal !== undefined) hasilnya = { nilai: t.pkAwal, sumber: 'PK' };
  else hasilnya = { nilai: renstra, sumber: renstra === undefined ? undefined : 'Renstra' };
  if (hasilnya.nilai !== undefined || !adaBulan(t.bulanan)) return hasilnya;
  // Only monthly targets: the year's target is the twelve months combined by the indicator's rule.
  const dariBulan = gabungBulan(t.bulanan, ind.agregasi, 1, 12);
  return dariBulan.ok ? { nilai: dariBulan.nilai, sumber: 'Rencana Aksi' } : hasilnya;
}

/** Realisasi per triwulan as used: a quarter with months entered takes its value from them, else its typed value. */
export function nilaiTriwulan(r: RealisasiIndikator, agregasi: Indikator['agregasi']): NilaiTriwulan {
  if (!adaBulan(r.bulanan)) return { tw1: r.tw1, tw2: r.tw2, tw3: r.tw3, tw4: r.tw4 };
  const dari = triwulanDariBulan(r.bulanan, agregasi);
  return Object.fromEntries(TRIWULAN.map((k) => [k, dari[k] ?? r[k]])) as NilaiTriwulan;
}

/**
 * Realisasi of the report period: from the quarters (typed or from months) when any is filled, else the entered year
 * total. The period's last quarter must be among them: without it the quarters before give the figure of an earlier
 * period (a TW II value printed as the TW III realisasi), so the year total is used when entered, else it is not computed.
 */
export function realisasiPeriode(r: RealisasiIndikator, agregasi: Indikator['agregasi'], sampai: number): Hasil {
  const tw = nilaiTriwulan(r, agregasi);
  const adaTriwulan = TRIWULAN.some((k) => tw[k] !== undefined);
  const akhir = TRIWULAN[sampai - 1];
  if (tw[akhir] !== undefined) return realisasiSampai(tw, agregasi, sampai);
  if (r.tahunan !== undefined) return hasil(r.tahunan);
  return tidakDapat(adaTriwulan ? `realisasi triwulan ${romawi(sampai)} (${akhir}) belum diisi` : 'realisasi belum diisi');
}

/** The months of the period (1 … 3 × last quarter) with their own and running figures; none when no month is entered. */
export function hitungBulanan(ind: Indikator, r: RealisasiIndikator, targetTahun: number | undefined, sampai: number): BarisBulan[] {
  const tb = ind.target.bulanan;
  const rb = r.bulanan;
  if (!adaBulan(tb) && !adaBulan(rb)) return [];
  const c = (t: number | undefined, x: Hasil) => (x.ok ? capaian(t, x.nilai, ind.polaritas, ind.rumusNegatif) : x);
  return Array.from({ length: sampai * 3 }, (_, i) => {
    const bulan = i + 1;
    const target = tb?.[String(bulan)];
    const realisasi = rb?.[String(bulan)];
    // A month with nothing entered has no running figure of its own (not the previous one carried forward).
    const realisasiSampai =
      realisasi === undefined ? tidakDapat(`realisasi bulan ${NAMA_BULAN[i]} belum diisi`) : gabungBulan(rb ?? {}, ind.agregasi, 1, bulan);
    const targetSampai = adaBulan(tb)
      ? gabungBulan(tb, ind.agregasi, 1, bulan)
      : targetTahun === undefined
        ? tidakDapat('target belum diisi')
        : hasil(targetTahun);
    return {
      bulan,
      nama: NAMA_BULAN[i],
      target,
      realisasi,
      capaian:
        realisasi === undefined
          ? tidakDapat('realisasi bulan ini belum diisi')
          : target === undefined
            ? tidakDapat('target bulan ini belum diisi')
            : capaian(target, realisasi, ind.polaritas, ind.rumusNegatif),
      targetSampai,
      realisasiSampai,
      capaianSampai: targetSampai.ok ? c(targetSampai.nilai, realisasiSampai) : targetSampai,
      keterangan: r.keteranganBulanan?.[String(bulan)],
    };
  });
}

/** The Renstra end target of an indicator: typed, else the Renstra value of its last year. */
export function targetAkhir(ind: Indikator, l: Laporan): number | undefined {
  if (ind.target.akhir !== undefined) return ind.target.akhir;
  if (l.renstra) return ind.target.renstra?.[String(l.renstra.akhir)];
  return undefined;
}

/** Where an indicator sits in kinerja.yaml: its field path, its tujuan and (for a sasaran indicator) its sasaran. */
interface TempatIndikator {
  jalur: string;
  tujuan: IndikatorTerhitung['tujuan'];
  sasaran?: IndikatorTerhitung['sasaran'];
}

/** What every indicator of one report is computed against: the data, the period and the budget it draws on. */
interface KonteksIndikator {
  data: DataLaporan;
  sampai: number;
  /** The report has a PK Perubahan (an unchanged indicator keeps its PK target in it). */
  adaPerubahan: boolean;
  anggaranIndikator: (kodeSasaran?: string) => AnggaranSasaran;
  /** The monthly budget behind an indicator: its sasaran's lines (shares applied), else the whole budget. */
  anggaranBulanan: (kodeSasaran: string | undefined, pagu: number | undefined) => BulanAnggaran[];
}

/** Every figure of one indicator: target, realisasi, capaian and predikat per period, layer and year, budget, efficiency. */
function hitungIndikator(
  asli: Indikator,
  { jalur, tujuan, sasaran }: TempatIndikator,
  { data, sampai, adaPerubahan, anggaranIndikator, anggaranBulanan }: KonteksIndikator,
): IndikatorTerhitung {
  const l = data.laporan;
  // A graded indicator's codes become numbers here, once; everything below reads numbers.
  const skalaNilai = skalaIndikator(data.kinerja, asli);
  const ind = skalaNilai ? angkakanIndikator(asli, skalaNilai) : asli;
  const masukanAsli = data.realisasi[ind.kode] ?? {};
  const masukanRealisasi = skalaNilai ? angkakanRealisasi(masukanAsli, skalaNilai) : masukanAsli;
  // Grades without numbers are compared (reached or not), never divided.
  const cap = (target: number | undefined, r: number | undefined): Hasil =>
    skalaNilai && !berangka(skalaNilai) ? capaianPeringkat(target, r, ind.polaritas) : capaian(target, r, ind.polaritas, ind.rumusNegatif);
  const t = targetAcuan(ind, l, adaPerubahan);
  const realisasi = realisasiPeriode(masukanRealisasi, ind.agregasi, sampai);
  const c = realisasi.ok ? cap(t.nilai, realisasi.nilai) : realisasi;
  const akhir = targetAkhir(ind, l);
  const tw = nilaiTriwulan(masukanRealisasi, ind.agregasi);
  const perTriwulan = TRIWULAN.slice(0, sampai).map((k, i) => {
    // A quarter with nothing entered has no point of its own (not the last one carried forward).
    const r = tw[k] === undefined ? tidakDapat(`realisasi ${k} belum diisi`) : realisasiSampai(tw, ind.agregasi, i + 1);
    return { triwulan: i + 1, realisasi: r, capaian: r.ok ? cap(t.nilai, r.nilai) : r };
  });
  const riwayat = [...ind.riwayat].sort((a, b) => a.tahun - b.tahun).map((r) => ({ ...r, capaian: cap(r.target, r.realisasi) }));
  const perTahun: NilaiTahun[] = [
    ...riwayat
      .filter((h) => h.tahun !== l.tahun)
      .map((h) => ({
        tahun: h.tahun,
        target: h.target,
        realisasi: h.realisasi === undefined ? tidakDapat('realisasi belum diisi') : hasil(h.realisasi),
        capaian: h.capaian,
        tahunIni: false,
      })),
    { tahun: l.tahun, target: t.nilai, realisasi, capaian: c, tahunIni: true },
  ];
  const a = anggaranIndikator(sasaran?.kode);
  const e = efisiensiAnggaran(l.efisiensi, c, a);
  const lapisan = Object.fromEntries(
    LAPISAN.map((x) => {
      const target = targetLapisan(ind, x, l.tahun, akhir, adaPerubahan);
      const cx = realisasi.ok ? cap(target, realisasi.nilai) : realisasi;
      return [x, { target, capaian: cx, predikat: predikat(data.skala, cx, l.pembulatan) }];
    }),
  ) as Record<Lapisan, NilaiLapisan>;
  return {
    lapisan,
    input: ind,
    masukanRealisasi,
    jalur,
    tujuan,
    sasaran,
    target: t.nilai,
    sumberTarget: t.sumber,
    pembulatan: { cara: l.pembulatan.cara, desimal: ind.desimal ?? l.pembulatan.desimal, skalaNilai },
    nilaiTriwulan: tw,
    perBulan: hitungBulanan(ind, masukanRealisasi, t.nilai, sampai),
    realisasi,
    capaian: c,
    predikat: predikat(data.skala, c, l.pembulatan),
    perTriwulan,
    targetAkhir: akhir,
    capaianTargetAkhir: realisasi.ok ? cap(akhir, realisasi.nilai) : realisasi,
    pembanding: ind.pembanding.map((b) => ({
      ...b,
      capaian:
        b.nilai === 'Nihil' ? tidakDapat('tidak ada standar pembanding (Nihil)') : realisasi.ok ? cap(b.nilai, realisasi.nilai) : realisasi,
    })),
    riwayat,
    perTahun,
    anggaran: a.ok ? a.jumlah : undefined,
    alasanAnggaran: a.ok ? undefined : a.alasan,
    efisiensi: e,
    kategoriEfisiensi: kategoriEfisiensi(data.skalaEfisiensi, e, l.pembulatan),
    anggaranBulanan: anggaranBulanan(sasaran?.kode, a.ok ? a.jumlah.pagu : undefined),
  };
}

/** The computed report: every derived figure of one report's validated data, computed once. */
export function hitungLaporan(data: DataLaporan): LaporanTerhitung {
  const l = data.laporan;
  const sampai = sampaiTriwulan(l);
  const berkala: OpsiBerkala = { tahun: l.tahun, periodeRenstra: l.renstra, sampaiBulan: sampai * 3 };
  const program = (data.anggaran?.program ?? []).map((p, i) =>
    hitungBaris(p, 'program', `program[${i}]`, { rumus: l.efisiensi, skala: data.skalaEfisiensi, pembulatan: l.pembulatan, berkala }),
  );
  beriNomor(program, l.nomorBaris);
  const jumlahAnggaran = data.anggaran ? jumlahkan(program) : undefined;
  const berkalaAnggaran = jumlahAnggaran
    ? jumlahBerkala(
        program.map((p) => p.berkala),
        jumlahAnggaran,
        berkala,
      )
    : undefined;
  const sebutan = l.wilayah?.sebutan === 'desa' ? 'Desa' : 'Kelurahan';
  const unitAnggaran: UnitAnggaran[] = daftarUnit(program, l.wilayah?.daftar ?? []).map((kunci) => {
    const pohon = pilihUnit(program, kunci);
    return { kunci, nama: kunci === KECAMATAN ? l.instansi : `${sebutan} ${kunci}`, program: pohon, jumlah: jumlahkan(pohon) };
  });

  // A tujuan indicator draws on the whole budget, a sasaran indicator on the lines linked to its sasaran.
  const anggaranIndikator = (kodeSasaran?: string): AnggaranSasaran => {
    if (!data.anggaran || !jumlahAnggaran) return { ok: false, alasan: 'laporan tidak memiliki anggaran.yaml' };
    return kodeSasaran ? anggaranSasaran(program, kodeSasaran) : { ok: true, jumlah: jumlahAnggaran };
  };
  const anggaranBulanan = (kodeSasaran: string | undefined, pagu: number | undefined): BulanAnggaran[] =>
    !berkalaAnggaran ? [] : kodeSasaran ? bulananSasaran(program, kodeSasaran, pagu, sampai * 3) : berkalaAnggaran.bulanan;
  const semuaIndikator = data.kinerja.tujuan.flatMap((tj) => [...tj.indikator, ...tj.sasaran.flatMap((s) => s.indikator)]);
  const adaPerubahan = adaPkPerubahan(l.perjanjianKinerja?.perubahan !== undefined, semuaIndikator);
  const k: KonteksIndikator = { data, sampai, adaPerubahan, anggaranIndikator, anggaranBulanan };
  const indikator: IndikatorTerhitung[] = [];
  const add = (ind: Indikator, tempat: TempatIndikator) => indikator.push(hitungIndikator(ind, tempat, k));
  data.kinerja.tujuan.forEach((tj, ti) => {
    const tujuan = { kode: tj.kode, nama: tj.nama };
    tj.indikator.forEach((ind, ii) => add(ind, { jalur: `tujuan[${ti}].indikator[${ii}]`, tujuan }));
    tj.sasaran.forEach((s, si) =>
      s.indikator.forEach((ind, ii) =>
        add(ind, { jalur: `tujuan[${ti}].sasaran[${si}].indikator[${ii}]`, tujuan, sasaran: { kode: s.kode, nama: s.nama } }),
      ),
    );
  });

  const sasaran: SasaranTerhitung[] = data.kinerja.tujuan.flatMap((tj) =>
    tj.sasaran.map((s) => {
      const milik = indikator.filter((i) => i.sasaran?.kode === s.kode);
      const c = rataRataCapaian(milik.map((i) => i.capaian));
      const a = anggaranIndikator(s.kode);
      const e = efisiensiAnggaran(l.efisiensi, c, a);
      return {
        kode: s.kode,
        nama: s.nama,
        indikator: milik,
        capaian: c,
        predikat: predikat(data.skala, c, l.pembulatan),
        anggaran: a,
        efisiensi: e,
        kategoriEfisiensi: kategoriEfisiensi(data.skalaEfisiensi, e, l.pembulatan),
        program: program.filter((b) => melayaniSasaran(b, s.kode)),
      };
    }),
  );

  const ringkasan = ringkasLaporan({
    kinerja: data.kinerja,
    indikator,
    program,
    skala: data.skala,
    pembulatan: l.pembulatan,
    tahun: l.tahun,
  });
  return {
    ringkasan,
    organisasi: hitungOrganisasi(data.sdm, data.sarana),
    data,
    adaPkPerubahan: adaPerubahan,
    sasaran,
    sampaiTriwulan: sampai,
    namaPeriode: namaPeriode(l),
    namaPeriodeSingkat: namaPeriodeSingkat(l),
    namaPemerintah: namaPemerintah(l),
    pembulatanAnggaran: l.pembulatanAnggaran ?? l.pembulatan,
    indikator,
    program,
    semuaBaris: ratakan(program),
    porsiAnggaran: ratakan(program)
      .filter((b) => b.sasaran.some((s) => s.porsi !== 1))
      .map((b) => ({ baris: b, sasaran: b.sasaran.map((s) => ({ kode: s.kode, persen: s.porsi * 100 })) })),
    unitAnggaran,
    rekapWilayah: l.wilayah ? rekapWilayahLaporan(program, l.wilayah.daftar) : undefined,
    jumlahAnggaran,
    berkalaAnggaran,
  };
}
