/**
 * The report's open data: indicator and budget tables as CSV and JSON. Each column is declared once,
 * with its meaning, so the files and the data dictionary shown to readers cannot drift apart.
 */
import type { LaporanTerhitung, IndikatorTerhitung } from '../laporan.ts';
import { NAMA_LAPISAN } from '../lapisan.ts';
import { paguAwalBerlaku, type BarisAnggaran } from '../anggaran.ts';
import { sebutanTingkat, telusuri } from '../anggaranPohon.ts';
import type { Hasil } from '../hasil.ts';
import { TRIWULAN } from '../triwulan.ts';
import { NAMA_BULAN } from '../bulanan.ts';
import { kodeNilai } from '../skalaNilai.ts';
import { csv, type Sel } from './csv.ts';

export interface Kolom<T> {
  nama: string;
  jenis: 'teks' | 'angka';
  arti: string;
  nilai: (x: T) => Sel;
}

const angka = (h: Hasil): number | null => (h.ok ? h.nilai : null);

/** An indicator's value as the report writes it: a graded indicator's code ("BB"), never the number standing for it. */
function nilai(i: IndikatorTerhitung, x: number | undefined): Sel {
  const s = i.pembulatan.skalaNilai;
  return x !== undefined && s ? (kodeNilai(s, x) ?? x) : x;
}

/** Said once in every value column's meaning: a graded indicator's cells hold codes, so the column is not only numbers. */
const ATAU_KODE = ' Indikator bernilai huruf (kolom skala_nilai terisi): kode nilainya, mis. "BB".';

export const KOLOM_INDIKATOR: Kolom<IndikatorTerhitung>[] = [
  { nama: 'kode', jenis: 'teks', arti: 'Kode indikator di laporan ini.', nilai: (i) => i.input.kode },
  { nama: 'kode_tujuan', jenis: 'teks', arti: 'Kode tujuan di laporan ini.', nilai: (i) => i.tujuan.kode },
  { nama: 'tujuan', jenis: 'teks', arti: 'Tujuan yang dilayani indikator.', nilai: (i) => i.tujuan.nama },
  {
    nama: 'kode_sasaran',
    jenis: 'teks',
    arti: 'Kode sasaran di laporan ini; kosong untuk indikator tujuan.',
    nilai: (i) => i.sasaran?.kode,
  },
  { nama: 'sasaran', jenis: 'teks', arti: 'Sasaran strategis; kosong untuk indikator tujuan.', nilai: (i) => i.sasaran?.nama },
  { nama: 'indikator', jenis: 'teks', arti: 'Nama indikator kinerja.', nilai: (i) => i.input.nama },
  { nama: 'satuan', jenis: 'teks', arti: 'Satuan target dan realisasi.', nilai: (i) => i.input.satuan },
  {
    nama: 'polaritas',
    jenis: 'teks',
    arti: '"positif": makin tinggi makin baik; "negatif": makin rendah makin baik.',
    nilai: (i) => i.input.polaritas,
  },
  {
    nama: 'rumus_negatif',
    jenis: 'teks',
    arti: 'Untuk indikator negatif: "selisih" = (2 × target − realisasi) ÷ target × 100, "rasio" = target ÷ realisasi × 100; kosong untuk indikator positif.',
    nilai: (i) => (i.input.polaritas === 'negatif' ? i.input.rumusNegatif : undefined),
  },
  {
    nama: 'agregasi',
    jenis: 'teks',
    arti: 'Cara menggabungkan realisasi triwulan: "kumulatif" (dijumlah), "terakhir" (nilai triwulan terakhir) atau "maksimum".',
    nilai: (i) => i.input.agregasi,
  },
  {
    nama: 'target',
    jenis: 'angka',
    arti: 'Target yang menjadi acuan capaian periode ini.' + ATAU_KODE,
    nilai: (i) => nilai(i, i.target),
  },
  {
    nama: 'sumber_target',
    jenis: 'teks',
    arti: 'Dokumen asal target: PK, PK Perubahan, Renstra, atau Rencana Aksi (target bulanan digabung).',
    nilai: (i) => i.sumberTarget,
  },
  // Every layer's own target beside the acuan (target_akhir_renstra below is the fifth).
  ...(['renstra', 'rkt', 'pkAwal', 'pkPerubahan'] as const).map((x) => ({
    nama: `target_${x.replace(/[A-Z]/g, (h) => `_${h.toLowerCase()}`)}`,
    jenis: 'angka' as const,
    arti: `Target tahun laporan menurut ${NAMA_LAPISAN[x]}, bila diisi.` + ATAU_KODE,
    nilai: (i: IndikatorTerhitung) => nilai(i, i.lapisan[x].target),
  })),
  ...TRIWULAN.map((k, n) => ({
    nama: `realisasi_tw${n + 1}`,
    jenis: 'angka' as const,
    arti:
      `Realisasi triwulan ${n + 1}: dari bulan-bulannya bila realisasi bulanan diisi (menurut agregasi), selain itu sebagaimana dicatat; kosong bila belum ada.` +
      ATAU_KODE,
    nilai: (i: IndikatorTerhitung) => nilai(i, i.nilaiTriwulan[k]),
  })),
  ...NAMA_BULAN.map((b, n) => ({
    nama: `target_bulan_${n + 1}`,
    jenis: 'angka' as const,
    arti: `Target bulan ${b} (rencana aksi), bila diisi.` + ATAU_KODE,
    nilai: (i: IndikatorTerhitung) => nilai(i, i.input.target.bulanan?.[String(n + 1)]),
  })),
  ...NAMA_BULAN.map((b, n) => ({
    nama: `realisasi_bulan_${n + 1}`,
    jenis: 'angka' as const,
    arti: `Realisasi bulan ${b}, bila diisi.` + ATAU_KODE,
    nilai: (i: IndikatorTerhitung) => nilai(i, i.masukanRealisasi.bulanan?.[String(n + 1)]),
  })),
  {
    nama: 'realisasi_tahunan_tertulis',
    jenis: 'angka',
    arti:
      'Realisasi tahunan sebagaimana diisi (dipakai bila triwulan tidak diisi; bila diisi juga, pemeriksa membandingkannya).' + ATAU_KODE,
    nilai: (i) => nilai(i, i.masukanRealisasi.tahunan),
  },
  {
    nama: 'realisasi',
    jenis: 'angka',
    arti: 'Realisasi periode laporan (dari triwulan sesuai cara agregasi indikator, atau angka tahunan).' + ATAU_KODE,
    nilai: (i) => nilai(i, angka(i.realisasi) ?? undefined),
  },
  {
    nama: 'skala_nilai',
    jenis: 'teks',
    arti: 'Skala nilai huruf indikator (kinerja.yaml: skalaNilai), urut dari yang terendah, mis. "Nilai SAKIP: D < C < B < A"; kosong untuk indikator berangka.',
    nilai: (i) =>
      i.pembulatan.skalaNilai && `${i.pembulatan.skalaNilai.nama}: ${i.pembulatan.skalaNilai.nilai.map((n) => n.kode).join(' < ')}`,
  },
  {
    nama: 'target_angka',
    jenis: 'angka',
    arti: 'Indikator bernilai huruf: angka yang mewakili kode target (angka skala, atau urutannya bila skala tanpa angka: 1 = terendah); kosong untuk indikator lain.',
    nilai: (i) => (i.pembulatan.skalaNilai ? i.target : undefined),
  },
  {
    nama: 'realisasi_angka',
    jenis: 'angka',
    arti: 'Indikator bernilai huruf: angka yang mewakili kode realisasi, seperti target_angka; kosong untuk indikator lain.',
    nilai: (i) => (i.pembulatan.skalaNilai ? angka(i.realisasi) : undefined),
  },
  {
    nama: 'capaian_persen',
    jenis: 'angka',
    arti: 'Capaian = realisasi / target × 100 (indikator negatif: rumus laporan). Presisi penuh, belum dibulatkan.',
    nilai: (i) => angka(i.capaian),
  },
  {
    nama: 'tercapai',
    jenis: 'teks',
    arti: 'Indikator bernilai huruf tanpa angka: "ya" bila realisasi mencapai target (kode dibandingkan, tidak dibagi), "tidak" bila belum; kosong untuk indikator lain.',
    nilai: (i) => (i.capaian.ok || i.capaian.tercapai === undefined ? undefined : i.capaian.tercapai ? 'ya' : 'tidak'),
  },
  { nama: 'predikat', jenis: 'teks', arti: 'Predikat capaian menurut skala laporan.', nilai: (i) => i.predikat?.predikat },
  {
    nama: 'target_akhir_renstra',
    jenis: 'angka',
    arti: 'Target akhir periode Renstra.' + ATAU_KODE,
    nilai: (i) => nilai(i, i.targetAkhir),
  },
  {
    nama: 'capaian_target_akhir_persen',
    jenis: 'angka',
    arti: 'Realisasi terhadap target akhir Renstra × 100.',
    nilai: (i) => angka(i.capaianTargetAkhir),
  },
];

export interface BarisDatar {
  baris: BarisAnggaran;
  induk?: BarisAnggaran;
  /** Position in the tree, "2.1.3": identifies a line even where the report has no kode. */
  nomor: string;
  /** Some line of the report has a pagu awal (a perubahan): every line's then has one. */
  adaPaguAwal: boolean;
}

export const KOLOM_ANGGARAN: Kolom<BarisDatar>[] = [
  { nama: 'tingkat', jenis: 'teks', arti: 'program, kegiatan atau sub kegiatan.', nilai: (b) => sebutanTingkat(b.baris.tingkat) },
  {
    nama: 'nomor',
    jenis: 'teks',
    arti: 'Letak baris dalam susunan anggaran: "2.1.3" = program ke-2, kegiatan ke-1, sub kegiatan ke-3.',
    nilai: (b) => b.nomor,
  },
  { nama: 'kode', jenis: 'teks', arti: 'Kode rekening (nomenklatur Permendagri 90/2019), bila dicatat.', nilai: (b) => b.baris.kode },
  {
    nama: 'kode_induk',
    jenis: 'teks',
    arti: 'Kode baris induknya (kosong untuk program atau bila induk tidak berkode).',
    nilai: (b) => b.induk?.kode,
  },
  { nama: 'nama', jenis: 'teks', arti: 'Nama program, kegiatan atau sub kegiatan.', nilai: (b) => b.baris.nama },
  { nama: 'unit', jenis: 'teks', arti: 'Kelurahan/desa pelaksana bila dicatat.', nilai: (b) => b.baris.unit },
  { nama: 'sumber_dana', jenis: 'teks', arti: 'Sumber dana bila dicatat.', nilai: (b) => b.baris.sumberDana },
  {
    nama: 'pagu_awal',
    jenis: 'angka',
    arti: 'Pagu sebelum perubahan anggaran (rupiah), bila laporan memuatnya; baris yang tidak diisi pagu awalnya dihitung dengan pagunya (tidak berubah), seperti di tabel dan jumlahnya; induk = jumlah anaknya.',
    nilai: (b) => (b.adaPaguAwal ? paguAwalBerlaku(b.baris) : undefined),
  },
  { nama: 'pagu', jenis: 'angka', arti: 'Pagu anggaran (rupiah); induk = jumlah anaknya.', nilai: (b) => b.baris.pagu },
  { nama: 'realisasi', jenis: 'angka', arti: 'Realisasi anggaran (rupiah); induk = jumlah anaknya.', nilai: (b) => b.baris.realisasi },
  { nama: 'sisa', jenis: 'angka', arti: 'Pagu − realisasi (rupiah).', nilai: (b) => b.baris.sisa },
  {
    nama: 'penyerapan_persen',
    jenis: 'angka',
    arti: 'Realisasi / pagu × 100. Presisi penuh, belum dibulatkan.',
    nilai: (b) => angka(b.baris.penyerapan),
  },
];

/**
 * The budget columns of one report: the fixed ones, then, only where the report has them, each earlier year's kode,
 * name, pagu and realisasi, the Renstra amounts per year and for the period with the realisasi against them, and
 * each month's target and realisasi.
 */
export function kolomAnggaran(r: LaporanTerhitung): Kolom<BarisDatar>[] {
  const out = [...KOLOM_ANGGARAN];
  const baris = r.semuaBaris;
  const tahun = [...new Set(baris.flatMap((b) => b.berkala.riwayat.map((h) => h.tahun)))].sort((a, b) => a - b);
  for (const t of tahun) {
    const h = (b: BarisDatar) => b.baris.berkala.riwayat.find((x) => x.tahun === t);
    out.push(
      {
        nama: `kode_${t}`,
        jenis: 'teks',
        arti: `Kode baris pada tahun ${t}, bila berbeda (nomenklatur lama).`,
        nilai: (b) => b.baris.berkala.namaTahun[String(t)]?.kode,
      },
      {
        nama: `nama_${t}`,
        jenis: 'teks',
        arti: `Nama baris pada tahun ${t}, bila berbeda (nomenklatur lama).`,
        nilai: (b) => b.baris.berkala.namaTahun[String(t)]?.nama,
      },
      { nama: `pagu_${t}`, jenis: 'angka', arti: `Pagu tahun ${t} (rupiah); induk = jumlah anaknya.`, nilai: (b) => h(b)?.pagu },
      {
        nama: `realisasi_${t}`,
        jenis: 'angka',
        arti: `Realisasi tahun ${t} (rupiah); induk = jumlah anaknya.`,
        nilai: (b) => h(b)?.realisasi,
      },
    );
  }
  if (baris.some((b) => b.berkala.renstra.ada)) {
    const tahunRenstra = [...new Set(baris.flatMap((b) => Object.keys(b.berkala.renstra.pagu.nilai)))].sort();
    for (const t of tahunRenstra)
      out.push({
        nama: `renstra_pagu_${t}`,
        jenis: 'angka',
        arti: `Pagu indikatif Renstra tahun ${t} (rupiah).`,
        nilai: (b) => b.baris.berkala.renstra.pagu.nilai[t],
      });
    out.push(
      {
        nama: 'renstra_pagu_periode',
        jenis: 'angka',
        arti: 'Pagu indikatif Renstra seluruh periode (rupiah).',
        nilai: (b) => angka(b.baris.berkala.renstra.amplop),
      },
      {
        nama: 'realisasi_sejak_awal_renstra',
        jenis: 'angka',
        arti: 'Realisasi dari awal periode Renstra sampai tahun ini (rupiah).',
        nilai: (b) => angka(b.baris.berkala.terhadapRenstra.realisasiKumulatif),
      },
      {
        nama: 'persen_terhadap_renstra',
        jenis: 'angka',
        arti: 'Realisasi sejak awal Renstra / pagu Renstra periode × 100. Presisi penuh.',
        nilai: (b) => angka(b.baris.berkala.terhadapRenstra.persen),
      },
    );
  }
  const bulan = Math.max(0, ...baris.map((b) => b.berkala.bulanan.length));
  for (let m = 1; m <= bulan; m++) {
    const x = (b: BarisDatar) => b.baris.berkala.bulanan[m - 1];
    out.push(
      {
        nama: `target_bulan_${m}`,
        jenis: 'angka',
        arti: `Target (rencana penarikan) anggaran bulan ke-${m} (rupiah).`,
        nilai: (b) => x(b)?.target,
      },
      { nama: `realisasi_bulan_${m}`, jenis: 'angka', arti: `Realisasi anggaran bulan ke-${m} (rupiah).`, nilai: (b) => x(b)?.realisasi },
    );
  }
  return out;
}

/** Every budget line, parents before their children, each with its parent. */
export function datarkanAnggaran(program: BarisAnggaran[]): BarisDatar[] {
  const out: BarisDatar[] = [];
  const adaPaguAwal = program.some((b) => b.diisi.paguAwal);
  telusuri(
    program,
    (baris, _, { induk, urutan }) => void out.push({ baris, induk, nomor: urutan.map((i) => i + 1).join('.'), adaPaguAwal }),
  );
  return out;
}

export interface BerkasData {
  /** File name under /<report>/data/. */
  nama: string;
  jenis: 'csv' | 'json';
  isi: string;
}

function tabel<T>(kolom: Kolom<T>[], baris: T[]) {
  return { kepala: kolom.map((k) => k.nama), baris: baris.map((x) => kolom.map((k) => k.nilai(x) ?? null)) };
}

function json<T>(r: LaporanTerhitung, kolom: Kolom<T>[], baris: T[]): string {
  const l = r.data.laporan;
  return (
    JSON.stringify(
      {
        laporan: {
          id: r.data.id,
          instansi: l.instansi,
          pemerintah: r.namaPemerintah,
          provinsi: l.provinsi,
          periode: r.namaPeriode,
          tahun: l.tahun,
        },
        kamus: kolom.map(({ nama, jenis, arti }) => ({ nama, jenis, arti })),
        baris: baris.map((x) => Object.fromEntries(kolom.map((k) => [k.nama, k.nilai(x) ?? null]))),
      },
      null,
      2,
    ) + '\n'
  );
}

/** A byte-order mark so Excel on Windows reads the CSV as UTF-8. */
const BOM = '\uFEFF';

/** The four open-data files of a report (the budget ones only when it has a budget). */
export function berkasData(r: LaporanTerhitung): BerkasData[] {
  const ind = tabel(KOLOM_INDIKATOR, r.indikator);
  const out: BerkasData[] = [
    { nama: 'indikator.csv', jenis: 'csv', isi: BOM + csv(ind.kepala, ind.baris) },
    { nama: 'indikator.json', jenis: 'json', isi: json(r, KOLOM_INDIKATOR, r.indikator) },
  ];
  if (r.program.length) {
    const datar = datarkanAnggaran(r.program);
    const kolom = kolomAnggaran(r);
    const ang = tabel(kolom, datar);
    out.push(
      { nama: 'anggaran.csv', jenis: 'csv', isi: BOM + csv(ang.kepala, ang.baris) },
      { nama: 'anggaran.json', jenis: 'json', isi: json(r, kolom, datar) },
    );
  }
  return out;
}
