/**
 * Synthetic reports for benchmarks and tests: realistic sizes drawn from the seeds (2-10 indicators
 * with quarterly data and three years of history, a 60-120 line budget tree, five chapters of prose,
 * staff and facility tables, 2-6 charts). Deterministic: the same seed writes the same reports.
 *
 * `halaman` scales a report towards about that many printed pages (more indicators, budget lines and
 * prose, as a kota's report with many kelurahan grows). `stres` writes the hard cases for the print:
 * long names (instansi, programs, indicators, a signatory with academic titles), deep hierarchies
 * (several tujuan, sasaran and a full program -> kegiatan -> sub kegiatan tree), many kelurahan with
 * their own budget lines, wide tables (quarterly and multi-year columns) and every kind of chart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** mulberry32: a small, fast, seedable PRNG (deterministic output across machines). */
function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KECAMATAN = [
  'Sukamaju',
  'Sumberrejo',
  'Karanganyar',
  'Tegalsari',
  'Wonorejo',
  'Margomulyo',
  'Sidomukti',
  'Purwosari',
  'Kedungsari',
  'Tanjungrejo',
];
const KATA =
  'pelayanan masyarakat desa koordinasi fasilitasi pemerintahan kecamatan administrasi pembinaan pengawasan kegiatan program anggaran kinerja sasaran indikator realisasi target capaian laporan dokumen pemberdayaan ketenteraman ketertiban umum pembangunan sarana prasarana kualitas akuntabilitas'.split(
    ' ',
  );
const PROGRAM = [
  'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
  'Program Pemberdayaan Masyarakat Desa dan Kelurahan',
  'Program Koordinasi Ketenteraman dan Ketertiban Umum',
  'Program Penyelenggaraan Urusan Pemerintahan Umum',
  'Program Pembinaan dan Pengawasan Pemerintahan Desa',
];

export interface OpsiSintetis {
  /** Number of reports. */
  n: number;
  /** PRNG seed. */
  seed: number;
  /** About this many printed pages per report (default: the seeds' size, 20-30 pages). */
  halaman?: number;
  /** The print's hard cases: long names, deep hierarchies, many kelurahan, wide tables, many charts. */
  stres?: boolean;
}

/** Pages of an unscaled synthetic report, about (measured: 20-30 at seed 1). */
const HALAMAN_DASAR = 25;

const NAMA_PANJANG = [
  'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik serta Peningkatan Kapasitas Kelembagaan Kecamatan dan Kelurahan',
  'Program Pemberdayaan Masyarakat, Lembaga Kemasyarakatan dan Peningkatan Partisipasi Warga dalam Perencanaan Pembangunan Wilayah',
];
const KELURAHAN =
  'Arjosari Balearjosari Blimbing Bunulrejo Jodipan Kesatrian Polehan Purwantoro Purwodadi Tunjungsekar Sumbersari Tlogomas Merjosari Dinoyo Ketawanggede Lowokwaru Tasikmadu Tunggulwulung Mojolangu Jatimulyo Pandanwangi Bandungrejosari'.split(
    ' ',
  );

/** Writes n report folders into `<laporanDir>/sintetis-NNN/`; returns their ids. */
export function tulisLaporanSintetis(laporanDir: string, { n, seed, halaman, stres = false }: OpsiSintetis): string[] {
  const ids: string[] = [];
  // How much bigger than the seeds' size: indicators, budget lines and prose grow by it.
  const skala = halaman ? Math.max(1, halaman / HALAMAN_DASAR) : 1;
  const kali = (x: number) => Math.round(x * skala);
  for (let k = 0; k < n; k++) {
    const r = acak(seed * 1000 + k);
    const antara = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
    const pilih = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const kalimat = (kata: number) => {
      const w = Array.from({ length: kata }, () => pilih(KATA));
      return `${w.join(' ').replace(/^\w/, (c) => c.toUpperCase())}.`;
    };
    const paragraf = (n: number) => Array.from({ length: n }, () => kalimat(antara(8, 20))).join(' ');

    const id = `sintetis-${String(k + 1).padStart(3, '0')}`;
    const dir = join(laporanDir, id);
    mkdirSync(join(dir, 'bab'), { recursive: true });
    const nama = stres ? `${pilih(KECAMATAN)} Kidul Wetan Sumberwringin Tanjungsari ${k + 1}` : `${pilih(KECAMATAN)} ${k + 1}`;
    const wilayah = stres ? KELURAHAN.slice(0, 12 + (k % 10)) : [];
    const tahun = 2020 + (k % 5);
    const triwulan = k % 5 === 4 ? undefined : (k % 4) + 1;

    writeFileSync(
      join(dir, 'laporan.yaml'),
      stringify({
        judul: 'Laporan Kinerja Camat',
        instansi: `Kecamatan ${nama}`,
        pemerintah: { jenis: 'kabupaten', nama: 'Contoh' },
        provinsi: 'Jawa Timur',
        periode: triwulan ? { jenis: 'triwulan', ke: triwulan } : { jenis: 'tahunan' },
        tahun,
        tempat: 'Contoh',
        tanggal: `${tahun + 1}-01-15`,
        penandatangan: stres
          ? {
              nama: 'Dr. H. RADEN MAS BAMBANG SUTRISNO WICAKSONO HADININGRAT, S.STP., M.Si., M.Kn.',
              jabatan: `Camat ${nama}`,
              pangkat: 'Pembina Utama Muda',
              nip: '19700101 199003 1 001',
            }
          : { nama: 'NAMA CAMAT, S.STP', jabatan: `Camat ${nama}`, nip: '19700101 199003 1 001' },
        ...(stres ? { wilayah: { sebutan: 'kelurahan', daftar: wilayah } } : {}),
        renstra: { mulai: 2019, akhir: 2026 },
        skalaPredikat: 'lumajang-5',
        efisiensi: 'selisih',
      }),
    );

    // Indicators: 2-10 across 1-3 sasaran.
    const jumlahIndikator = stres ? Math.max(12, kali(antara(2, 10))) : kali(antara(2, 10));
    const jumlahSasaran = stres ? 6 : Math.min(jumlahIndikator, kali(antara(1, 3)));
    const namaPanjang = (awal: string, kata: number) =>
      `${awal} ${kalimat(stres ? kata * 2 : kata)
        .slice(0, -1)
        .toLowerCase()}`;
    const sasaran = Array.from({ length: jumlahSasaran }, (_, s) => ({
      kode: `S${s + 1}`,
      nama: namaPanjang('Meningkatnya', 4),
      indikator: [] as object[],
    }));
    const realisasi: Record<string, object> = {};
    for (let i = 0; i < jumlahIndikator; i++) {
      const kode = `IKU-${i + 1}`;
      const target = antara(60, 100);
      sasaran[i % jumlahSasaran].indikator.push({
        kode,
        nama: namaPanjang('Persentase', 6),
        satuan: 'persen',
        rumus: kalimat(12),
        sumberData: 'Seksi Pemerintahan',
        agregasi: 'terakhir',
        target: {
          pkAwal: target,
          renstra: { [String(tahun)]: target, '2026': Math.min(100, target + 5) },
          akhir: Math.min(100, target + 5),
        },
        riwayat: (stres ? [1, 2, 3, 4] : [1, 2, 3]).map((d) => ({ tahun: tahun - d, target: antara(60, 100), realisasi: antara(50, 100) })),
        ...(skala > 1 || stres ? { analisis: paragraf(3), solusi: paragraf(2), rencanaTindakLanjut: paragraf(1) } : {}),
      });
      const tw: Record<string, number> = {};
      for (let q = 1; q <= (triwulan ?? 4); q++) tw[`tw${q}`] = Math.round(target * (q / 4) * (0.7 + r() * 0.5) * 100) / 100;
      realisasi[kode] = tw;
    }
    writeFileSync(
      join(dir, 'kinerja.yaml'),
      stringify({
        tujuan: stres
          ? [0, 1, 2].map((t) => ({
              kode: `T${t + 1}`,
              nama: `Meningkatnya kualitas pelayanan publik dan tata kelola pemerintahan kecamatan yang akuntabel, bagian ${t + 1}`,
              sasaran: sasaran.slice(t * 2, t * 2 + 2),
            }))
          : [{ kode: 'T1', nama: 'Meningkatnya kualitas pelayanan publik kecamatan', sasaran }],
      }),
    );
    writeFileSync(join(dir, 'realisasi.yaml'), stringify(realisasi));

    // Budget: 60-120 lines in a program -> kegiatan -> sub kegiatan tree.
    const targetBaris = kali(antara(60, 120));
    let baris = 0;
    const program = (stres ? [...NAMA_PANJANG, ...PROGRAM] : PROGRAM).map((p, pi) => ({
      kode: `7.01.0${pi + 1}`,
      nama: p,
      sasaran: [sasaran[pi % jumlahSasaran].kode],
      kegiatan: [] as object[],
    }));
    baris += program.length;
    let ki = 0;
    while (baris < targetBaris) {
      const p = program[ki % program.length];
      const kode = `${p.kode}.2.${String(Math.floor(ki / program.length) + 1).padStart(2, '0')}`;
      const sub = Array.from({ length: antara(2, 6) }, (_, si) => {
        const pagu = antara(5, 500) * 1_000_000;
        return {
          kode: `${kode}.${String(si + 1).padStart(2, '0')}`,
          nama: namaPanjang('Sub kegiatan', 5),
          pagu,
          realisasi: Math.round(pagu * (0.5 + r() * 0.5)),
        };
      });
      p.kegiatan.push({ kode, nama: namaPanjang('Kegiatan', 4), subKegiatan: sub });
      baris += 1 + sub.length;
      ki++;
    }
    if (stres) {
      // Every kelurahan holds a line of the same sub kegiatan (a kota's pattern: one activity per kelurahan).
      const p = program[0];
      const kode = `${p.kode}.2.99`;
      p.kegiatan.push({
        kode,
        nama: 'Kegiatan Pembangunan Sarana dan Prasarana Kelurahan',
        subKegiatan: wilayah.map((unit) => {
          const pagu = antara(50, 900) * 1_000_000;
          return {
            kode: `${kode}.01`,
            nama: 'Pembangunan Sarana dan Prasarana Kelurahan',
            unit,
            pagu,
            realisasi: Math.round(pagu * (0.6 + r() * 0.4)),
          };
        }),
      });
    }
    writeFileSync(join(dir, 'anggaran.yaml'), stringify({ program }));

    writeFileSync(
      join(dir, 'sdm.yaml'),
      stringify({
        perTanggal: `${tahun}-12-31`,
        kebutuhanJabatan: 25,
        baris: ['Camat', 'Sekretaris', 'Kasubag Umum', 'Kasi Pemerintahan', 'Kasi Trantib', 'Pelaksana'].map((jabatan) => {
          const l = antara(0, 3);
          const p = antara(0, 2) + (l === 0 ? 1 : 0);
          return { jabatan, lakiLaki: l, perempuan: p, status: { PNS: l + p }, pendidikan: { S1: l + p } };
        }),
      }),
    );
    const kondisi = ['baik', 'rusak ringan', 'rusak berat'];
    writeFileSync(
      join(dir, 'sarana.yaml'),
      stringify({
        perTanggal: `${tahun}-12-31`,
        barang: Array.from({ length: antara(10, 40) }, () => ({
          nama: `Barang ${pilih(KATA)}`,
          satuan: 'unit',
          jumlah: antara(1, 8),
          kondisi: pilih(kondisi),
        })),
      }),
    );

    const grafik = stres ? 6 : antara(2, 6);
    const bab = (file: string, fm: string, isi: string) => writeFileSync(join(dir, 'bab', file), `---\n${fm}\n---\n\n${isi}\n`);
    bab(
      '00-kata-pengantar.mdx',
      'judul: Kata Pengantar\njenis: kata-pengantar\nurutan: 0',
      `${paragraf(5)}\n\n${paragraf(4)}\n\n<TandaTangan />`,
    );
    bab(
      '01-pendahuluan.mdx',
      'judul: Pendahuluan\njenis: bab\nbab: 1\nurutan: 1',
      `### 1.1 Latar Belakang\n\n${paragraf(kali(8))}\n\n${paragraf(kali(6))}\n\n### 1.2 Sumber Daya\n\n${paragraf(4)}\n\n<TabelSdm label="tabel-sdm" />\n\n${paragraf(3)}\n\n<TabelSarana label="tabel-sarana" />`,
    );
    bab(
      '02-perencanaan.mdx',
      'judul: Perencanaan Kinerja\njenis: bab\nbab: 2\nurutan: 2',
      `### 2.1 Rencana Strategis\n\n${paragraf(6)}\n\n<TabelIku label="tabel-iku" />\n\n${stres ? `<TabelTargetTahunan label="tabel-target-tahunan" />\n\n` : ''}### 2.2 Perjanjian Kinerja\n\n${paragraf(5)}\n\n<TabelPerjanjianKinerja label="tabel-pk" anggaran />`,
    );
    const grafikBab3 = [
      '<GrafikCapaian label="grafik-capaian" />',
      '<GrafikRiwayat label="grafik-riwayat" />',
      '<GrafikAnggaran label="grafik-anggaran" />',
      '<GrafikCapaian label="grafik-capaian-2" judul="Capaian per Indikator" />',
      '<GrafikRiwayat label="grafik-riwayat-2" judul="Tren Capaian" />',
      '<GrafikAnggaran label="grafik-anggaran-2" judul="Anggaran per Program" />',
    ].slice(0, grafik);
    bab(
      '03-akuntabilitas.mdx',
      'judul: Akuntabilitas Kinerja\njenis: bab\nbab: 3\nurutan: 3',
      [
        `### 3.1 Capaian Kinerja\n\n${paragraf(6)}`,
        `<TabelCapaian label="tabel-capaian" perTriwulan />`,
        `Capaian indikator pertama adalah <Nilai indikator="IKU-1" besaran="capaian" />. ${paragraf(5)}`,
        `<TabelRiwayat label="tabel-riwayat" />`,
        ...(skala > 1 || stres ? [`<TabelAnalisis label="tabel-analisis" />`] : []),
        // A long report discusses each indicator in its own paragraphs.
        ...(skala > 1
          ? Array.from(
              { length: jumlahIndikator },
              (_, i) => `Indikator IKU-${i + 1} mencapai <Nilai indikator="IKU-${i + 1}" />. ${paragraf(kali(1))}`,
            )
          : []),
        ...grafikBab3.map((g) => `${paragraf(3)}\n\n${g}`),
        ...(stres
          ? [
              '<GrafikTriwulan label="grafik-triwulan" />',
              '<GrafikWilayah label="grafik-wilayah" />',
              `${paragraf(2)}\n\n<TabelWilayah label="tabel-wilayah" />`,
            ]
          : []),
        `### 3.2 Efisiensi\n\n${paragraf(4)}\n\n<TabelEfisiensi label="tabel-efisiensi" />`,
        `### 3.3 Realisasi Anggaran\n\n${paragraf(4)}\n\n<TabelAnggaran label="tabel-anggaran" />`,
        ...(stres
          ? [`${paragraf(2)}\n\n<TabelAnggaran label="tabel-anggaran-unit" perUnit judul="Realisasi Anggaran per Kelurahan" />`]
          : []),
      ].join('\n\n'),
    );
    bab(
      '04-penutup.mdx',
      'judul: Penutup\njenis: bab\nbab: 4\nurutan: 4',
      `${paragraf(kali(6))}\n\n${paragraf(kali(5))}\n\n<TandaTangan />`,
    );
    ids.push(id);
  }
  return ids;
}
