/**
 * A budget line over time: its earlier years (budget history, with that year's kode and name where the
 * nomenclature changed), its Renstra envelope (indicative amounts per year and for the period) and its monthly
 * plan (rencana aksi anggaran). Every amount rolls up the tree by the rule of this year's pagu: each key (year or
 * month) from the lowest level that carries it; an amount typed on a parent over children that carry the same
 * key is a typed total (`induk`), kept for the checker and never used.
 */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { NAMA_BULAN } from './bulanan.ts';
import { telusuri, JANGAN_TURUN } from './anggaranPohon.ts';

/** Amounts by key (a year "2022" or a month "1"…"12"), rolled up from the lowest level carrying each key. */
export interface Gulungan {
  nilai: Record<string, number>;
  /** Keys typed on this line itself while its children carry them too: typed totals, for the checker. */
  induk: Record<string, number>;
  /** Keys typed on this line itself and used (no child carries them). */
  sendiri: string[];
}

/** A line's amounts by key (years or months): its children's sums where they carry the key, else its own typed amount. */
export function gulung(masukan: Record<string, number | undefined> | undefined, anak: Gulungan[]): Gulungan {
  const nilai: Record<string, number> = {};
  const induk: Record<string, number> = {};
  const sendiri: string[] = [];
  const dariAnak = new Set(anak.flatMap((a) => Object.keys(a.nilai)));
  for (const k of dariAnak) nilai[k] = anak.reduce((s, a) => s + (a.nilai[k] ?? 0), 0);
  for (const [k, v] of Object.entries(masukan ?? {})) {
    if (v === undefined) continue;
    if (dariAnak.has(k)) induk[k] = v;
    else {
      nilai[k] = v;
      sendiri.push(k);
    }
  }
  return { nilai, induk, sendiri };
}

export interface MasukanBerkala {
  riwayat?: { tahun: number; kode?: string; nama?: string; pagu?: number; realisasi?: number }[];
  renstra?: { pagu?: Record<string, number | undefined>; jumlah?: number };
  bulanan?: { target?: Record<string, number | undefined>; realisasi?: Record<string, number | undefined> };
}

/** One earlier year of a line as shown: its amounts (rolled up) and its kode/name that year. */
export interface TahunAnggaran {
  tahun: number;
  /** Kode and name that year, when entered (a nomenclature change); else the line's own. */
  kode?: string;
  nama?: string;
  pagu?: number;
  realisasi?: number;
  penyerapan: Hasil;
}

/** One month of the budget plan: the month's amounts and the running totals up to it. */
export interface BulanAnggaran {
  bulan: number;
  nama: string;
  target?: number;
  realisasi?: number;
  targetSampai: Hasil;
  realisasiSampai: Hasil;
  /** Running realisasi against running target × 100. */
  capaianSampai: Hasil;
  /** Running realisasi against the year's pagu × 100. */
  penyerapanSampai: Hasil;
}

export interface Berkala {
  /** Each earlier year with an amount at or below this line, oldest first. */
  riwayat: TahunAnggaran[];
  /** Kode and name entered per year (this line only, not rolled up). */
  namaTahun: Record<string, { kode?: string; nama?: string }>;
  /** The line's earlier kode/names, consecutive years with the same one joined ("2019–2020"), oldest first. */
  nomenklaturLama: { tahun: string; kode?: string; nama?: string }[];
  /** Each year entered on this line itself with its index in `riwayat` of the data file (messages name the path). */
  indeksRiwayat: Record<string, number>;
  riwayatPagu: Gulungan;
  riwayatRealisasi: Gulungan;
  renstra: {
    pagu: Gulungan;
    /** The envelope for the Renstra period: the children's envelopes summed, else the entered jumlah, else the years summed. */
    amplop: Hasil;
    /** `jumlah` as entered on this line. */
    jumlahMasukan?: number;
    /** Whether any Renstra amount is entered at or below this line. */
    ada: boolean;
  };
  /** Realisasi of the Renstra period so far (its earlier years from the history, plus this year) against the envelope. */
  terhadapRenstra: { paguTahunIni?: number; realisasiKumulatif: Hasil; persen: Hasil };
  bulananTarget: Gulungan;
  bulananRealisasi: Gulungan;
  /** The months of the report period, when any month is entered at or below this line; else empty. */
  bulanan: BulanAnggaran[];
  /** Pagu of the lines below (or this line) that carry a monthly plan: penyerapan per month only when it is the whole pagu. */
  paguBulanan: number;
}

export interface OpsiBerkala {
  /** The report's year. */
  tahun: number;
  /** Renstra period (laporan.yaml: renstra). */
  periodeRenstra?: { mulai: number; akhir: number };
  /** Last month of the report period. */
  sampaiBulan: number;
}

const bagi = (a: number, b: number, alasan: string): Hasil => (b === 0 ? tidakDapat(alasan) : hasil((a / b) * 100));

function jumlahKunci(g: Gulungan, dari: number, sampai: number): { jumlah: number; kurang: number[] } {
  let jumlah = 0;
  const kurang: number[] = [];
  for (let k = dari; k <= sampai; k++) {
    const v = g.nilai[String(k)];
    if (v === undefined) kurang.push(k);
    else jumlah += v;
  }
  return { jumlah, kurang };
}

/** The Renstra years of a line summed over the period, or why not. */
export function jumlahTahunRenstra(g: Gulungan, periode: OpsiBerkala['periodeRenstra']): Hasil {
  if (!periode) return tidakDapat('periode Renstra belum diisi (laporan.yaml: renstra)');
  const { jumlah, kurang } = jumlahKunci(g, periode.mulai, periode.akhir);
  return kurang.length ? tidakDapat(`pagu Renstra tahun ${kurang.join(', ')} belum diisi`) : hasil(jumlah);
}

/**
 * The figures over time of one line from its own entries and its children's (already computed). `ini` is the
 * line's pagu and realisasi this year. Used for every line and, with no entries of its own, for the report total.
 */
export function hitungBerkala(
  masukan: MasukanBerkala,
  anak: Berkala[],
  ini: { pagu: number; realisasi: number },
  opsi: OpsiBerkala,
): Berkala {
  const perTahun = (f: 'pagu' | 'realisasi') =>
    Object.fromEntries((masukan.riwayat ?? []).filter((h) => h[f] !== undefined).map((h) => [String(h.tahun), h[f]]));
  const riwayatPagu = gulung(
    perTahun('pagu'),
    anak.map((a) => a.riwayatPagu),
  );
  const riwayatRealisasi = gulung(
    perTahun('realisasi'),
    anak.map((a) => a.riwayatRealisasi),
  );
  const namaTahun = Object.fromEntries(
    (masukan.riwayat ?? []).filter((h) => h.kode || h.nama).map((h) => [String(h.tahun), { kode: h.kode, nama: h.nama }]),
  );
  const tahunAda = [...new Set([...Object.keys(riwayatPagu.nilai), ...Object.keys(riwayatRealisasi.nilai)])]
    .map(Number)
    .filter((t) => t < opsi.tahun)
    .sort((a, b) => a - b);
  const riwayat = tahunAda.map((t): TahunAnggaran => {
    const pagu = riwayatPagu.nilai[String(t)];
    const realisasi = riwayatRealisasi.nilai[String(t)];
    return {
      tahun: t,
      ...namaTahun[String(t)],
      pagu,
      realisasi,
      penyerapan:
        pagu === undefined
          ? tidakDapat(`pagu ${t} belum diisi`)
          : realisasi === undefined
            ? tidakDapat(`realisasi ${t} belum diisi`)
            : bagi(realisasi, pagu, 'pagu 0: tidak dapat dibagi'),
    };
  });

  const paguRenstra = gulung(
    masukan.renstra?.pagu,
    anak.map((a) => a.renstra.pagu),
  );
  const anakAda = anak.filter((a) => a.renstra.ada);
  const jumlahMasukan = masukan.renstra?.jumlah;
  let amplop: Hasil;
  if (anakAda.length) {
    const gagal = anakAda.find((a) => !a.renstra.amplop.ok);
    amplop = gagal ? gagal.renstra.amplop : hasil(anakAda.reduce((s, a) => s + (a.renstra.amplop.ok ? a.renstra.amplop.nilai : 0), 0));
  } else if (jumlahMasukan !== undefined) amplop = hasil(jumlahMasukan);
  else if (Object.keys(paguRenstra.nilai).length) amplop = jumlahTahunRenstra(paguRenstra, opsi.periodeRenstra);
  else amplop = tidakDapat('pagu Renstra belum diisi');
  const ada = anakAda.length > 0 || jumlahMasukan !== undefined || Object.keys(paguRenstra.nilai).length > 0;

  const p = opsi.periodeRenstra;
  let realisasiKumulatif: Hasil;
  if (!p) realisasiKumulatif = tidakDapat('periode Renstra belum diisi (laporan.yaml: renstra)');
  else if (opsi.tahun < p.mulai || opsi.tahun > p.akhir)
    realisasiKumulatif = tidakDapat(`tahun ${opsi.tahun} di luar periode Renstra ${p.mulai}–${p.akhir}`);
  else {
    const { jumlah, kurang } = jumlahKunci(riwayatRealisasi, p.mulai, opsi.tahun - 1);
    realisasiKumulatif = kurang.length ? tidakDapat(`realisasi ${kurang.join(', ')} belum diisi (riwayat)`) : hasil(jumlah + ini.realisasi);
  }
  const persen = !amplop.ok
    ? amplop
    : !realisasiKumulatif.ok
      ? realisasiKumulatif
      : bagi(realisasiKumulatif.nilai, amplop.nilai, 'pagu Renstra 0: tidak dapat dibagi');

  const bulananTarget = gulung(
    masukan.bulanan?.target,
    anak.map((a) => a.bulananTarget),
  );
  const bulananRealisasi = gulung(
    masukan.bulanan?.realisasi,
    anak.map((a) => a.bulananRealisasi),
  );
  const adaBulan = Object.keys(bulananTarget.nilai).length + Object.keys(bulananRealisasi.nilai).length > 0;
  const sendiriBulan = bulananTarget.sendiri.length + bulananRealisasi.sendiri.length > 0;
  const paguBulanan = sendiriBulan ? ini.pagu : anak.reduce((s, a) => s + a.paguBulanan, 0);
  const bulanan = adaBulan
    ? hitungBulan(bulananTarget, bulananRealisasi, paguBulanan === ini.pagu ? ini.pagu : undefined, opsi.sampaiBulan)
    : [];

  return {
    riwayat,
    namaTahun,
    nomenklaturLama: gabungNama(namaTahun),
    indeksRiwayat: Object.fromEntries((masukan.riwayat ?? []).map((h, i) => [String(h.tahun), i])),
    riwayatPagu,
    riwayatRealisasi,
    renstra: { pagu: paguRenstra, amplop, jumlahMasukan, ada },
    terhadapRenstra: { paguTahunIni: paguRenstra.nilai[String(opsi.tahun)], realisasiKumulatif, persen },
    bulananTarget,
    bulananRealisasi,
    bulanan,
    paguBulanan,
  };
}

function gabungNama(namaTahun: Berkala['namaTahun']): Berkala['nomenklaturLama'] {
  const out: { dari: number; sampai: number; kode?: string; nama?: string }[] = [];
  for (const t of Object.keys(namaTahun)
    .map(Number)
    .sort((a, b) => a - b)) {
    const n = namaTahun[String(t)];
    const akhir = out[out.length - 1];
    if (akhir && akhir.sampai === t - 1 && akhir.kode === n.kode && akhir.nama === n.nama) akhir.sampai = t;
    else out.push({ dari: t, sampai: t, ...n });
  }
  return out.map((x) => ({ tahun: x.dari === x.sampai ? String(x.dari) : `${x.dari}–${x.sampai}`, kode: x.kode, nama: x.nama }));
}

/**
 * Months 1 … sampaiBulan, and on to the last month with a target (a year's plan is shown whole); realisasi only
 * within the period. A month with no realisasi has no running realisasi of its own (not carried forward).
 */
export function hitungBulan(target: Gulungan, realisasi: Gulungan, pagu: number | undefined, sampaiBulan: number): BulanAnggaran[] {
  const adaTarget = Object.keys(target.nilai).length > 0;
  const akhir = Math.max(sampaiBulan, ...Object.keys(target.nilai).map(Number));
  return Array.from({ length: akhir }, (_, i) => {
    const bulan = i + 1;
    const t = target.nilai[String(bulan)];
    const r = bulan > sampaiBulan ? undefined : realisasi.nilai[String(bulan)];
    const ts = jumlahKunci(target, 1, bulan);
    const rs = jumlahKunci(realisasi, 1, bulan);
    const targetSampai = !adaTarget
      ? tidakDapat('target bulanan belum diisi')
      : ts.kurang.length
        ? tidakDapat(`target ${NAMA_BULAN[ts.kurang[0] - 1]} belum diisi`)
        : hasil(ts.jumlah);
    const realisasiSampai =
      bulan > sampaiBulan
        ? tidakDapat(`${NAMA_BULAN[i]} sesudah periode laporan`)
        : r === undefined
          ? tidakDapat(`realisasi ${NAMA_BULAN[i]} belum diisi`)
          : rs.kurang.length
            ? tidakDapat(`realisasi ${NAMA_BULAN[rs.kurang[0] - 1]} belum diisi`)
            : hasil(rs.jumlah);
    return {
      bulan,
      nama: NAMA_BULAN[i],
      target: t,
      realisasi: r,
      targetSampai,
      realisasiSampai,
      capaianSampai: !realisasiSampai.ok
        ? realisasiSampai
        : !targetSampai.ok
          ? targetSampai
          : bagi(realisasiSampai.nilai, targetSampai.nilai, 'target s.d. bulan ini 0: tidak dapat dibagi'),
      penyerapanSampai:
        pagu === undefined
          ? tidakDapat('rencana bulanan hanya diisi untuk sebagian baris anggaran')
          : realisasiSampai.ok
            ? bagi(realisasiSampai.nilai, pagu, 'pagu 0: tidak dapat dibagi')
            : realisasiSampai,
    };
  });
}

/** Several lines' figures over time summed (a report's total, a unit's total): no entries of its own. */
export function jumlahBerkala(anak: Berkala[], ini: { pagu: number; realisasi: number }, opsi: OpsiBerkala): Berkala {
  return hitungBerkala({}, anak, ini, opsi);
}

/** The years with history in any of these lines, oldest first. */
export function tahunRiwayat(b: Berkala[]): number[] {
  return [...new Set(b.flatMap((x) => x.riwayat.map((h) => h.tahun)))].sort((a, c) => a - c);
}

interface BarisBertaut {
  pagu: number;
  sasaran: { kode: string; porsi: number }[];
  anak: BarisBertaut[];
  berkala: Berkala;
}

/**
 * The monthly plan of the lines serving one sasaran (its own links, else its nearest parent's), each month taken
 * from the level that carries it, shares (porsi) applied: the same rule as the sasaran's pagu (anggaranSasaran).
 */
export function bulananSasaran(
  program: BarisBertaut[],
  kodeSasaran: string,
  pagu: number | undefined,
  sampaiBulan: number,
): BulanAnggaran[] {
  const hasilnya = { target: {} as Record<string, number>, realisasi: {} as Record<string, number> };
  const tambah = (f: 'target' | 'realisasi') => (b: BarisBertaut, warisan: BarisBertaut['sasaran']) => {
    const tautan = b.sasaran.length ? b.sasaran : warisan;
    const g = f === 'target' ? b.berkala.bulananTarget : b.berkala.bulananRealisasi;
    const link = tautan.find((s) => s.kode === kodeSasaran);
    if (link) for (const k of g.sendiri) hasilnya[f][k] = (hasilnya[f][k] ?? 0) + g.nilai[k] * link.porsi;
    return tautan;
  };
  for (const f of ['target', 'realisasi'] as const) telusuri(program, tambah(f), []);
  const g = (nilai: Record<string, number>): Gulungan => ({ nilai, induk: {}, sendiri: Object.keys(nilai) });
  if (!Object.keys(hasilnya.target).length && !Object.keys(hasilnya.realisasi).length) return [];
  const lengkap = cakup(program, kodeSasaran);
  return hitungBulan(g(hasilnya.target), g(hasilnya.realisasi), lengkap ? pagu : undefined, sampaiBulan);
}

/** Whether every line serving the sasaran with a pagu has its months entered (at its level or below). */
function cakup(program: BarisBertaut[], kode: string): boolean {
  let lengkap = true;
  telusuri(
    program,
    (b, warisan: BarisBertaut['sasaran']) => {
      const tautan = b.sasaran.length ? b.sasaran : warisan;
      if (b.berkala.bulananTarget.sendiri.length + b.berkala.bulananRealisasi.sendiri.length) return JANGAN_TURUN;
      if (!b.anak.length) lengkap &&= b.pagu === 0 || !tautan.some((s) => s.kode === kode);
      return lengkap ? tautan : JANGAN_TURUN;
    },
    [],
  );
  return lengkap;
}
