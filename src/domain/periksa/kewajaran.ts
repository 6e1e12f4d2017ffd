/**
 * Plausibility rules (kewajaran): figures that pass their schema one by one but cannot be right together or for
 * this report, e.g. a negative realisasi of a percentage, a quarter after the report's period, a Renstra that ends
 * before it starts. Each rule is one function below; an error stops the build (galat), a warning is shown by
 * `npm run check` (peringatan). Pure: reads a computed report, returns problems (the loader adds the lines).
 * The author-facing list of rules is docs/panduan.md, "Aturan kewajaran angka".
 */
import type { LaporanTerhitung, IndikatorTerhitung } from '../laporan.ts';
import { TRIWULAN } from '../triwulan.ts';
import { bulanDiLuarPeriode, NAMA_BULAN } from '../bulanan.ts';
import { angka, romawi, rupiah } from '../tampilan/format.ts';
import { namaBaris } from '../anggaran.ts';
import { berkasLaporan, type Masalah } from '../masalah.ts';

type Lapor = (tingkat: Masalah['tingkat'], file: string, jalur: string, pesan: string) => void;

/** Every plausibility problem of one report. */
export function periksaKewajaran(r: LaporanTerhitung): Masalah[] {
  const out: Masalah[] = [];
  const lapor: Lapor = (tingkat, file, jalur, pesan) => out.push({ tingkat, berkas: berkasLaporan(r.data.id, file), jalur, pesan });
  for (const ind of r.indikator) {
    nilaiNegatif(ind, lapor);
    penyebutNol(ind, lapor);
    setelahPeriode(ind, r.sampaiTriwulan, lapor);
    triwulanPeriodeKosong(ind, r.sampaiTriwulan, lapor);
    capaianBerlebihan(ind, lapor);
  }
  realisasiAnggaranDiAtasPagu(r, lapor);
  indikatorAnggaranNegatif(r, lapor);
  periodeRenstra(r, lapor);
  return out;
}

/** Above this capaian (%) a figure is more likely a typing slip (830,5 for 83,05) than a result: said, not refused. */
export const CAPAIAN_WAJAR_MAKS = 200;

/**
 * A capaian above twice the target: a realisasi or target typed with a shifted decimal (an index of 830,5 on a 0–100
 * scale) passes every schema and lifts the report's mean; the author is asked to look, nothing is changed.
 */
function capaianBerlebihan(ind: IndikatorTerhitung, lapor: Lapor): void {
  if (!ind.capaian.ok || ind.capaian.nilai <= CAPAIAN_WAJAR_MAKS) return;
  lapor(
    'peringatan',
    'realisasi.yaml',
    ind.input.kode,
    `capaian indikator ${ind.input.kode} ${teksAngka(ind.capaian.nilai)}%, lebih dari ${CAPAIAN_WAJAR_MAKS}% target (realisasi ${ind.realisasi.ok ? teksAngka(ind.realisasi.nilai) : '–'}, target ${ind.target === undefined ? '–' : teksAngka(ind.target)}): periksa salah ketik desimal atau ribuan pada realisasi atau target; bila memang benar, biarkan`,
  );
}

/**
 * Quarters filled but not the report's own last one: the period's realisasi is then not made from the earlier quarters
 * (laporan.ts realisasiPeriode: it would be an earlier period's figure), so it is the entered year total or not
 * computed. A blank cell means "no data yet", so the author is told which, and how to fill it.
 */
function triwulanPeriodeKosong(ind: IndikatorTerhitung, sampaiTriwulan: number, lapor: Lapor): void {
  const tw = ind.nilaiTriwulan;
  const terisi = TRIWULAN.slice(0, sampaiTriwulan).filter((k) => tw[k] !== undefined);
  if (terisi.length === 0 || tw[TRIWULAN[sampaiTriwulan - 1]] !== undefined) return;
  const dipakai = terisi.map((k) => romawi(TRIWULAN.indexOf(k) + 1)).join(', ');
  const akibat = ind.realisasi.ok
    ? `realisasi periode diambil dari realisasi tahunan yang diisi (${teksAngka(ind.realisasi.nilai)})`
    : `realisasi dan capaian periode tidak dapat dihitung (triwulan ${dipakai} tidak dipakai sebagai nilai triwulan ${romawi(sampaiTriwulan)})`;
  lapor(
    'peringatan',
    'realisasi.yaml',
    `${ind.input.kode}.${TRIWULAN[sampaiTriwulan - 1]}`,
    `realisasi triwulan ${romawi(sampaiTriwulan)} indikator ${ind.input.kode} belum diisi, padahal laporan ini sampai triwulan ${romawi(sampaiTriwulan)}: ${akibat}; isi realisasi triwulan ${romawi(sampaiTriwulan)}, atau 0 bila memang nol`,
  );
}

const teksAngka = (x: number) => angka(x, { cara: 'setengah-ke-atas', desimal: 4 }).replace(/,?0+$/, '');

/**
 * Target and realisasi of an indicator below zero: refused unless the indicator says `bolehNegatif: true` (a growth
 * rate, a change from last year); for a percentage or a count a minus sign is a typing slip.
 */
function nilaiNegatif(ind: IndikatorTerhitung, lapor: Lapor): void {
  if (ind.input.bolehNegatif) return;
  const kode = ind.input.kode;
  const t = ind.input.target;
  const m = ind.masukanRealisasi;
  const isian: [file: string, jalur: string, apa: string, nilai: number | undefined][] = [
    ['kinerja.yaml', `${ind.jalur}.target.pkAwal`, 'target PK', t.pkAwal],
    ['kinerja.yaml', `${ind.jalur}.target.pkPerubahan`, 'target PK Perubahan', t.pkPerubahan],
    ['kinerja.yaml', `${ind.jalur}.target.akhir`, 'target akhir Renstra', t.akhir],
    ...Object.entries(t.renstra ?? {}).map(
      ([th, v]) => ['kinerja.yaml', `${ind.jalur}.target.renstra.${th}`, `target Renstra ${th}`, v] as [string, string, string, number],
    ),
    ...Object.entries(t.bulanan ?? {}).map(
      ([b, v]) =>
        ['kinerja.yaml', `${ind.jalur}.target.bulanan.${b}`, `target bulan ${NAMA_BULAN[Number(b) - 1]}`, v] as [
          string,
          string,
          string,
          number,
        ],
    ),
    ...ind.input.riwayat.flatMap((h, i) => [
      ['kinerja.yaml', `${ind.jalur}.riwayat[${i}].target`, `target ${h.tahun}`, h.target] as [string, string, string, number | undefined],
      ['kinerja.yaml', `${ind.jalur}.riwayat[${i}].realisasi`, `realisasi ${h.tahun}`, h.realisasi] as [
        string,
        string,
        string,
        number | undefined,
      ],
    ]),
    ...TRIWULAN.map(
      (k, i) =>
        ['realisasi.yaml', `${kode}.${k}`, `realisasi triwulan ${romawi(i + 1)}`, m[k]] as [string, string, string, number | undefined],
    ),
    ['realisasi.yaml', `${kode}.tahunan`, 'realisasi tahunan', m.tahunan],
    ...Object.entries(m.bulanan ?? {}).map(
      ([b, v]) =>
        ['realisasi.yaml', `${kode}.bulanan.${b}`, `realisasi bulan ${NAMA_BULAN[Number(b) - 1]}`, v] as [string, string, string, number],
    ),
    ...(m.perhitungan?.pembilang ?? []).map(
      (p, i) =>
        ['realisasi.yaml', `${kode}.perhitungan.pembilang[${i}].nilai`, `pembilang "${p.uraian}"`, p.nilai] as [
          string,
          string,
          string,
          number,
        ],
    ),
    ...(m.perhitungan
      ? [
          [
            'realisasi.yaml',
            `${kode}.perhitungan.penyebut.nilai`,
            `penyebut "${m.perhitungan.penyebut.uraian}"`,
            m.perhitungan.penyebut.nilai,
          ] as [string, string, string, number],
        ]
      : []),
  ];
  for (const [file, jalur, apa, nilai] of isian)
    if (nilai !== undefined && nilai < 0)
      lapor(
        'galat',
        file,
        jalur,
        `${apa} indikator ${kode} bernilai negatif (${teksAngka(nilai)}); periksa tanda minusnya. Bila indikator ini memang dapat bernilai di bawah nol (mis. laju pertumbuhan), tulis bolehNegatif: true pada indikator ${kode} di kinerja.yaml`,
      );
}

/** A counted realisasi (pembilang ÷ penyebut) with a denominator of 0 cannot be computed: refused, with what to do instead. */
function penyebutNol(ind: IndikatorTerhitung, lapor: Lapor): void {
  const p = ind.masukanRealisasi.perhitungan;
  if (!p || p.penyebut.nilai !== 0) return;
  lapor(
    'galat',
    'realisasi.yaml',
    `${ind.input.kode}.perhitungan.penyebut.nilai`,
    `penyebut "${p.penyebut.uraian}" indikator ${ind.input.kode} bernilai 0: realisasinya tidak dapat dihitung (tidak dapat dibagi 0). Tulis penyebut yang benar; bila memang tidak ada yang dihitung (mis. tidak ada pengaduan), hapus perhitungan dan jelaskan di bab`,
  );
}

/**
 * Values for a quarter or month after the report's period (tw4 or October in a TW III report): a realisasi cannot
 * exist yet for a time the report does not cover, and it would otherwise go unused, so it is refused. The monthly
 * target plan (rencana aksi) stays a warning: it is written for the whole year in January and carried from quarter
 * to quarter (`npm run baru --dari`), so its later months are expected.
 */
function setelahPeriode(ind: IndikatorTerhitung, sampaiTriwulan: number, lapor: Lapor): void {
  const m = ind.masukanRealisasi;
  const kode = ind.input.kode;
  const sampaiBulan = sampaiTriwulan * 3;
  const akhir = `laporan ini hanya sampai bulan ${NAMA_BULAN[sampaiBulan - 1]} (triwulan ${romawi(sampaiTriwulan)}; laporan.yaml, periode)`;
  const lewat = (
    tingkat: Masalah['tingkat'],
    b: Record<string, unknown> | undefined,
    apa: string,
    file: string,
    jalur: string,
    saran: string,
  ) => {
    const bulan = bulanDiLuarPeriode(b as Record<string, number> | undefined, sampaiBulan);
    if (bulan.length)
      lapor(
        tingkat,
        file,
        jalur,
        `${apa} indikator ${kode} untuk bulan ${bulan.map((x) => NAMA_BULAN[x - 1]).join(', ')} diisi, tetapi ${akhir}; ${saran}`,
      );
  };
  const hapus = 'hapus nilai itu (isi lagi di laporan periode berikutnya) atau perbaiki periode laporan';
  lewat('galat', m.bulanan, 'realisasi', 'realisasi.yaml', `${kode}.bulanan`, hapus);
  lewat('galat', m.keteranganBulanan, 'keterangan', 'realisasi.yaml', `${kode}.keteranganBulanan`, hapus);
  lewat(
    'peringatan',
    ind.input.target.bulanan,
    'target bulanan',
    'kinerja.yaml',
    `${ind.jalur}.target.bulanan`,
    'target bulan-bulan itu belum dipakai',
  );
  TRIWULAN.slice(sampaiTriwulan).forEach((k, i) => {
    if (m[k] !== undefined)
      lapor(
        'galat',
        'realisasi.yaml',
        `${kode}.${k}`,
        `realisasi triwulan ${romawi(sampaiTriwulan + i + 1)} indikator ${kode} diisi (${teksAngka(m[k]!)}), tetapi ${akhir}; ${hapus}`,
      );
  });
}

/**
 * Realisasi anggaran above its pagu: a warning (an overspend is possible, e.g. a pagu not yet updated after the
 * budget change, but is usually a typing slip). Reported on the lowest lines where it happens, not again on each
 * parent that only sums them.
 */
function realisasiAnggaranDiAtasPagu(r: LaporanTerhitung, lapor: Lapor): void {
  const lebih = new Set(r.semuaBaris.filter((b) => b.diisi.pagu && b.diisi.realisasi && b.realisasi > b.pagu));
  for (const b of lebih) {
    if (b.anak.some((a) => lebih.has(a))) continue;
    lapor(
      'peringatan',
      'anggaran.yaml',
      b.dariRincian.realisasi ? b.jalur : `${b.jalur}.realisasi`,
      `realisasi anggaran ${namaBaris(b)} ${rupiah(b.realisasi)} melebihi pagunya ${rupiah(b.pagu)} (lebih ${rupiah(b.realisasi - b.pagu)}); periksa angkanya atau pakai pagu setelah perubahan`,
    );
  }
}

/**
 * Program/kegiatan output indicators with a negative numeric target or realisasi: a warning (they are counts and
 * percentages of outputs; anggaran.yaml has no field to allow negatives).
 */
function indikatorAnggaranNegatif(r: LaporanTerhitung, lapor: Lapor): void {
  for (const b of r.semuaBaris)
    b.indikator.forEach((ind, i) => {
      for (const k of ['targetAwal', 'target', 'realisasi'] as const) {
        const v = ind[k];
        if (typeof v === 'number' && v < 0)
          lapor(
            'peringatan',
            'anggaran.yaml',
            `${b.jalur}.indikator[${i}].${k}`,
            `${k} indikator "${ind.nama}" (${namaBaris(b)}) bernilai negatif (${teksAngka(v)}); periksa tanda minusnya`,
          );
      }
    });
}

/** The Renstra period: its end not before its start (refused), and the report's year inside it (a warning). */
function periodeRenstra(r: LaporanTerhitung, lapor: Lapor): void {
  const { renstra, tahun } = r.data.laporan;
  if (!renstra) return;
  if (renstra.akhir < renstra.mulai)
    return lapor(
      'galat',
      'laporan.yaml',
      'renstra.akhir',
      `periode Renstra berakhir (${renstra.akhir}) sebelum dimulai (${renstra.mulai}); tulis tahun awal di mulai dan tahun akhir di akhir, mis. { mulai: 2021, akhir: 2026 }`,
    );
  if (tahun < renstra.mulai || tahun > renstra.akhir)
    lapor(
      'peringatan',
      'laporan.yaml',
      'renstra',
      `tahun laporan ${tahun} berada di luar periode Renstra ${renstra.mulai}–${renstra.akhir}; periksa tahun laporan atau periode Renstra yang berlaku`,
    );
}
