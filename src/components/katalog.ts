/**
 * The catalogue of chapter components: for each component chapters may use, a one-line description,
 * the Zod schema of its props (each prop documented with `.describe()`), an example, and the checks
 * of its props against the report's data (references that must exist, data the component needs).
 *
 * One entry per component. Everything else derives from here: the component's `Props` type
 * (`type Props = PropsKomponen<'TabelCapaian'>`), the components registered for MDX (src/components/mdx.ts,
 * which fails the type check when it disagrees), the checker (src/data/periksaBab.ts) and the reference
 * for authors (docs/referensi.md, `npm run referensi`). Plain TypeScript: no astro:, no DOM.
 */
import { z } from 'zod';
import '../schemas/pesan.ts';
import { BESARAN_LAPORAN } from '../schemas/laporan.ts';
import { LAPISAN, NAMA_LAPISAN } from '../domain/lapisan.ts';
import type { LaporanTerhitung } from '../domain/laporan.ts';
import { KUNCI_TINGKAT } from '../domain/anggaranPohon.ts';
import { jumlahSdm } from '../domain/organisasi.ts';
import { daftarUnit, kunciNama, subKegiatanMenurutNama, KECAMATAN } from '../domain/wilayah.ts';
import { kutipAnggaran } from '../domain/tampilan/kutipAnggaran.ts';
import { cobaKutipPejabat, ISI_PEJABAT } from '../domain/tampilan/bagan.ts';
import { KOLOM_TABEL_TARGET_MAKS, susunanTabelTarget } from '../domain/tampilan/target.ts';

/** What a component's check sees: the computed report and the labels of its numbered tables and figures. */
export interface KonteksPeriksa {
  laporan: LaporanTerhitung;
  label: ReadonlySet<string>;
}

/** A problem with one use of a component: the prop concerned (if any) and the reason, in Indonesian. */
export interface Temuan {
  prop?: string;
  pesan: string;
  /** Renders ("tidak dapat dihitung …") but the author should know: a warning, not an error. */
  peringatan?: boolean;
}

export interface EntriKomponen<S extends z.ZodObject = z.ZodObject> {
  /** What the component shows, one line, for authors. */
  uraian: string;
  /** Its props: a strict object, every prop described. */
  props: S;
  /** A use of it as written in a chapter. */
  contoh: string;
  /** Written with content between an opening and a closing tag (<Lanskap>…</Lanskap>). */
  isi?: boolean;
  /** Its content must be exactly one Markdown table (<Tabel>), checked in the chapter (src/data/periksaBab.ts). */
  satuTabel?: boolean;
  /** Checks against the report's data (props already valid). */
  periksa?: (props: z.output<S>, k: KonteksPeriksa) => Temuan[];
}

const entri = <S extends z.ZodObject>(e: EntriKomponen<S>) => e;

// Props shared by numbered tables and figures.
const label = z
  .string()
  .min(1)
  .describe('nama pendek tabel/gambar ini, unik dalam laporan, untuk penomoran dan untuk <Rujuk ke="...">; mis. "tabel-capaian"');
const judul = z.string().min(1).optional().describe('judul pada keterangan tabel/gambar; bila tidak diisi dipakai judul baku');
const lapisanSatu = z.enum(LAPISAN).optional();
const sasaranSaja = z.boolean().optional().describe('hanya indikator sasaran (indikator tujuan tidak ditampilkan)');
const sampai = z
  .enum(KUNCI_TINGKAT)
  .optional()
  .describe('tingkat terdalam yang ditampilkan: "program", "kegiatan" atau "subKegiatan" (baku: subKegiatan)');
const tahunDaftar = (baku: string) =>
  z
    .array(z.number().int().min(1900).max(2200))
    .optional()
    .describe(`tahun yang ditampilkan, ditulis tahun={[2022, 2023]} (tahun={[]}: tidak ada); baku: ${baku}`);
const namaSubKegiatan = z
  .string()
  .min(1)
  .optional()
  .describe(
    'hanya baris sub kegiatan dengan nama ini (huruf besar/kecil tidak dibedakan), mis. "Pembangunan Sarana dan Prasarana Kelurahan"',
  );

const nomor = z
  .string()
  .min(1)
  .optional()
  .describe(
    'nomor yang ditetapkan sendiri (mis. "3.1", agar sama dengan dokumen asli); berikutnya melanjutkan dari nomor ini; baku: dinomori urut',
  );
const tabel = { label, judul, nomor };
const judulWajib = z.string().min(1).describe('judul pada keterangan tabel/gambar');
const sumber = z.string().min(1).optional().describe('baris sumber di bawah tabel/gambar, mis. "Renstra Kecamatan 2024-2026"');

// Data a component needs; each returns the problem or nothing.
const perluAnggaran = (k: KonteksPeriksa): Temuan[] =>
  k.laporan.data.anggaran ? [] : [{ pesan: 'komponen ini memerlukan data anggaran: laporan ini belum memiliki anggaran.yaml' }];
const perluWilayah = (k: KonteksPeriksa): Temuan[] =>
  k.laporan.data.laporan.wilayah ? [] : [{ pesan: 'komponen ini memerlukan daftar kelurahan/desa: isi wilayah.daftar di laporan.yaml' }];
const subKegiatanAda = (nama: string | undefined, k: KonteksPeriksa): Temuan[] => {
  // The names the report has a recap for (rekapWilayah.perSubKegiatan), by the same rule.
  if (nama === undefined || subKegiatanMenurutNama(k.laporan.program).has(kunciNama(nama))) return [];
  const daun = k.laporan.semuaBaris.filter((b) => b.anak.length === 0);
  const ada = [...new Set(daun.filter((b) => b.unit).map((b) => b.nama))];
  return [
    {
      prop: 'nama',
      pesan: `tidak ada sub kegiatan bernama "${nama}" di anggaran.yaml${ada.length ? `; yang memiliki unit: ${daftarKutip(ada)}` : ''}`,
    },
  ];
};
const indikatorAda = (prop: string, kode: string, k: KonteksPeriksa): Temuan[] =>
  k.laporan.indikator.some((i) => i.input.kode === kode)
    ? []
    : [
        {
          prop,
          pesan: `indikator "${kode}" tidak ada di kinerja.yaml; kode yang ada: ${k.laporan.indikator.map((i) => i.input.kode).join(', ')}`,
        },
      ];
const tahunRiwayat = (tahun: number[] | undefined, k: KonteksPeriksa): Temuan[] => {
  if (!tahun) return [];
  const ada = new Set(k.laporan.indikator.flatMap((i) => i.riwayat.map((h) => h.tahun)));
  const tidak = tahun.filter((t) => !ada.has(t));
  return tidak.length
    ? [
        {
          prop: 'tahun',
          pesan: `tidak ada riwayat untuk tahun ${tidak.join(', ')} di kinerja.yaml; tahun yang ada: ${[...ada].sort().join(', ') || '(belum ada riwayat)'}`,
        },
      ]
    : [];
};

/** A budget quote resolved exactly as the build will (kode or row number, unit, besaran): its error, if any. */
const kutipAnggaranTemuan = (p: { anggaran?: string; sasaran?: string; unit?: string; besaran?: string }, k: KonteksPeriksa): Temuan[] => {
  try {
    kutipAnggaran(k.laporan, p, (m) => {
      throw new Error(m);
    });
    return [];
  } catch (e) {
    const pesan = (e as Error).message;
    return [{ prop: /^unit /.test(pesan) ? 'unit' : p.anggaran !== undefined ? 'anggaran' : 'sasaran', pesan }];
  }
};

/** A budget line named by its kode or row number, resolved as the budget tables and charts do: none or one. */
const barisAnggaranAda = (
  prop: string,
  kode: string | undefined,
  k: KonteksPeriksa,
  perlu?: (b: LaporanTerhitung['semuaBaris'][number]) => string | undefined,
): Temuan[] => {
  if (kode === undefined) return [];
  const cocok = k.laporan.semuaBaris.filter((b) => b.kode === kode || b.nomor === kode);
  if (cocok.length === 0) return [{ prop, pesan: `tidak ada baris anggaran dengan kode atau nomor "${kode}" di anggaran.yaml` }];
  if (cocok.length > 1)
    return [{ prop, pesan: `kode "${kode}" dipakai oleh ${cocok.length} baris (beberapa unit); komponen ini memerlukan satu baris` }];
  const alasan = perlu?.(cocok[0]);
  return alasan ? [{ prop, pesan: alasan }] : [];
};
const perluRiwayatAnggaran = (k: KonteksPeriksa): Temuan[] =>
  k.laporan.berkalaAnggaran?.riwayat.length
    ? []
    : [{ pesan: 'belum ada riwayat anggaran: isi riwayat (tahun, pagu, realisasi) pada baris anggaran.yaml' }];
const tahunRiwayatAnggaran = (tahun: number[] | undefined, k: KonteksPeriksa): Temuan[] => {
  if (!tahun) return [];
  const ada = k.laporan.berkalaAnggaran?.riwayat.map((h) => h.tahun) ?? [];
  const tidak = tahun.filter((t) => t !== k.laporan.data.laporan.tahun && !ada.includes(t));
  return tidak.length
    ? [
        {
          prop: 'tahun',
          pesan: `tidak ada riwayat anggaran untuk tahun ${tidak.join(', ')}; tahun yang ada: ${ada.join(', ') || '(belum ada)'}`,
        },
      ]
    : [];
};

export function daftarKutip(xs: readonly string[]): string {
  return xs.map((x) => `"${x}"`).join(', ');
}

/** What <Nilai besaran="..."> may ask for, by what it quotes (src/domain/tampilan/kutip.ts computes each). */
export const BESARAN_NILAI = {
  indikator: ['target', 'realisasi', 'capaian', 'predikat', 'targetAkhir', 'capaianTargetAkhir', 'nama'],
  anggaran: ['pagu', 'paguAwal', 'realisasi', 'sisa', 'penyerapan', 'capaian', 'efisiensi', 'kategoriEfisiensi'],
  sasaran: ['pagu', 'paguAwal', 'realisasi', 'sisa', 'penyerapan', 'capaian', 'efisiensi', 'kategoriEfisiensi'],
  laporan: ['tanggal', 'periode', ...BESARAN_LAPORAN],
} as const;
export const SDM_NILAI = ['orang', 'lakiLaki', 'perempuan', 'persenLakiLaki', 'persenPerempuan', 'pemenuhanJabatan'] as const;
const SEMUA_BESARAN = [...new Set([...BESARAN_NILAI.indikator, ...BESARAN_NILAI.anggaran, ...BESARAN_NILAI.laporan])] as [
  string,
  ...string[],
];

function periksaNilai(p: z.output<typeof propsNilai>, k: KonteksPeriksa): Temuan[] {
  const sumber = (['indikator', 'perhitungan', 'anggaran', 'sasaran', 'aktivitas', 'sdm'] as const).filter((s) => p[s] !== undefined);
  if (sumber.length > 1) return [{ prop: sumber[1], pesan: `tulis satu saja dari ${sumber.join(', ')} dalam satu <Nilai>` }];
  const r = k.laporan;
  const besaranUntuk = (apa: keyof typeof BESARAN_NILAI): Temuan[] =>
    p.besaran === undefined || (BESARAN_NILAI[apa] as readonly string[]).includes(p.besaran)
      ? []
      : [
          {
            prop: 'besaran',
            pesan: `besaran "${p.besaran}" tidak dapat dipakai ${apa === 'laporan' ? 'tanpa indikator atau anggaran' : `untuk ${apa}`}; pilih salah satu: ${daftarKutip(BESARAN_NILAI[apa])}`,
          },
        ];
  const tidakDipakai = (...props: (keyof typeof p)[]): Temuan[] =>
    props.filter((x) => p[x] !== undefined).map((x) => ({ prop: x, pesan: `prop ${x} tidak berlaku di sini dan akan diabaikan; hapus` }));
  switch (sumber[0]) {
    case 'indikator':
      return [
        ...indikatorAda('indikator', p.indikator!, k),
        ...besaranUntuk('indikator'),
        ...tidakDipakai('grup', 'bagian', 'ke', 'unit'),
        ...lapisanNilai(p, k),
      ];
    case 'sasaran': {
      const out = [...besaranUntuk('sasaran'), ...tidakDipakai('grup', 'bagian', 'ke', 'unit', 'lapisan')];
      const ada = r.sasaran.map((s) => s.kode);
      if (!ada.includes(p.sasaran!))
        out.unshift({ prop: 'sasaran', pesan: `sasaran "${p.sasaran}" tidak ada di kinerja.yaml; kode yang ada: ${ada.join(', ')}` });
      else if (!out.length) out.push(...kutipAnggaranTemuan(p, k));
      return out;
    }
    case 'perhitungan': {
      const ind = r.indikator.find((i) => i.input.kode === p.perhitungan);
      if (!ind) return indikatorAda('perhitungan', p.perhitungan!, k);
      const h = ind.masukanRealisasi.perhitungan;
      if (!h)
        return [
          {
            prop: 'perhitungan',
            peringatan: true,
            pesan: `indikator "${p.perhitungan}" belum memiliki perhitungan (pembilang/penyebut) di realisasi.yaml: tertulis "tidak dapat dihitung"`,
          },
        ];
      const out = tidakDipakai('besaran', 'grup', 'unit', 'lapisan');
      if (p.bagian === 'penyebut' && p.ke !== undefined)
        out.push({ prop: 'ke', pesan: 'ke hanya berlaku untuk bagian="pembilang"; hapus' });
      if (p.bagian !== 'penyebut' && (p.ke ?? 0) >= h.pembilang.length)
        out.push({
          prop: 'ke',
          pesan: `pembilang ke-${p.ke} tidak ada: indikator "${p.perhitungan}" memiliki ${h.pembilang.length} pembilang (ke={0} sampai ke={${h.pembilang.length - 1}})`,
        });
      return out;
    }
    case 'anggaran': {
      const out = [...besaranUntuk('anggaran'), ...tidakDipakai('grup', 'bagian', 'ke', 'lapisan')];
      if (!r.data.anggaran) return [{ prop: 'anggaran', pesan: 'laporan ini belum memiliki anggaran.yaml' }, ...out];
      return [...kutipAnggaranTemuan(p, k), ...out];
    }
    case 'aktivitas': {
      const ada = r.data.lainnya?.aktivitas.map((a) => a.id) ?? [];
      const out = tidakDipakai('besaran', 'grup', 'bagian', 'ke', 'unit', 'lapisan');
      if (!ada.includes(p.aktivitas!))
        out.unshift({
          prop: 'aktivitas',
          pesan: `daftar aktivitas "${p.aktivitas}" tidak ada di lainnya.yaml; yang ada: ${daftarKutip(ada) || '(belum ada)'}`,
        });
      return out;
    }
    case 'sdm': {
      const out = tidakDipakai('besaran', 'bagian', 'ke', 'unit', 'lapisan');
      if (!r.data.sdm) return [{ prop: 'sdm', pesan: 'laporan ini belum memiliki sdm.yaml' }, ...out];
      if (p.grup) {
        const kunci = Object.keys(jumlahSdm(r.data.sdm)[p.grup]);
        if (!kunci.includes(p.sdm!))
          out.unshift({ prop: 'sdm', pesan: `"${p.sdm}" tidak ada di kelompok ${p.grup} sdm.yaml; yang ada: ${daftarKutip(kunci)}` });
      } else if (!(SDM_NILAI as readonly string[]).includes(p.sdm!))
        out.unshift({
          prop: 'sdm',
          pesan: `sdm="${p.sdm}" tidak dikenal; pilih salah satu: ${daftarKutip(SDM_NILAI)}, atau kunci status/pendidikan/eselon bersama grup="..."`,
        });
      return out;
    }
    default: {
      if (p.besaran === undefined)
        return [
          {
            pesan: `sebutkan apa yang dikutip: indikator, perhitungan, anggaran, sasaran, aktivitas atau sdm, atau besaran ${daftarKutip(BESARAN_NILAI.laporan)}`,
          },
        ];
      return [...besaranUntuk('laporan'), ...tidakDipakai('grup', 'bagian', 'ke', 'unit', 'lapisan')];
    }
  }
}

/** Layers named by a table that no indicator has a target for: the column would be empty. */
const lapisanAda = (lapisan: readonly (typeof LAPISAN)[number][], k: KonteksPeriksa): Temuan[] =>
  lapisan
    .filter((x) => !k.laporan.indikator.some((i) => i.lapisan[x].target !== undefined))
    .map((x) => ({
      prop: 'lapisan',
      peringatan: true,
      pesan: `belum ada indikator dengan target ${NAMA_LAPISAN[x]} (target.${x} di kinerja.yaml): kolomnya kosong`,
    }));

/** A <Nilai indikator lapisan="…">: only for figures that depend on the target; warned when that layer has no target. */
function lapisanNilai(p: z.output<typeof propsNilai>, k: KonteksPeriksa): Temuan[] {
  if (!p.lapisan) return [];
  const besaran = p.besaran ?? 'capaian';
  if (!['target', 'capaian', 'predikat'].includes(besaran))
    return [{ prop: 'lapisan', pesan: `lapisan hanya berlaku untuk besaran target, capaian atau predikat, bukan ${besaran}; hapus` }];
  const ind = k.laporan.indikator.find((i) => i.input.kode === p.indikator);
  if (ind && ind.lapisan[p.lapisan].target === undefined)
    return [
      {
        prop: 'lapisan',
        peringatan: true,
        pesan: `indikator "${p.indikator}" belum memiliki target ${NAMA_LAPISAN[p.lapisan]} (target.${p.lapisan} di kinerja.yaml): tertulis "–" atau "tidak dapat dihitung"`,
      },
    ];
  return [];
}

const propsNilai = z.strictObject({
  indikator: z.string().min(1).optional().describe('kode indikator di kinerja.yaml yang dikutip, mis. "IKU-1"'),
  perhitungan: z
    .string()
    .min(1)
    .optional()
    .describe('kode indikator yang angka perhitungannya (pembilang/penyebut di realisasi.yaml) dikutip'),
  anggaran: z
    .string()
    .min(1)
    .optional()
    .describe(
      'kode rekening di anggaran.yaml yang dikutip, atau "jumlah" untuk seluruh anggaran; kode yang dimiliki beberapa unit dijumlahkan kecuali unit dipilih',
    ),
  sasaran: z
    .string()
    .min(1)
    .optional()
    .describe('kode sasaran di kinerja.yaml: dikutip anggaran baris-baris yang terkait dengannya (atau efisiensinya)'),
  unit: z
    .string()
    .min(1)
    .optional()
    .describe(
      `dengan anggaran: hanya baris kelurahan/desa ini (dari wilayah.daftar), atau "${KECAMATAN}" untuk baris kecamatan sendiri; baku: semua unit`,
    ),
  aktivitas: z.string().min(1).optional().describe('id daftar aktivitas di lainnya.yaml: dikutip banyaknya aktivitas'),
  sdm: z
    .string()
    .min(1)
    .optional()
    .describe(`angka pegawai dari sdm.yaml: ${SDM_NILAI.join(', ')}; atau kunci status/pendidikan/eselon (mis. "PNS") bersama grup`),
  grup: z.enum(['status', 'pendidikan', 'eselon']).optional().describe('kelompok kunci sdm: "status", "pendidikan" atau "eselon"'),
  besaran: z
    .enum(SEMUA_BESARAN)
    .optional()
    .describe(
      `angka yang dikutip. Untuk indikator: ${BESARAN_NILAI.indikator.join(', ')} (baku: capaian). Untuk anggaran: ${BESARAN_NILAI.anggaran.join(', ')} (baku: penyerapan). Untuk sasaran: ${BESARAN_NILAI.sasaran.join(', ')} (baku: penyerapan). Tanpa indikator/anggaran: ${BESARAN_NILAI.laporan.join(', ')}. rataRataCapaian = rata-rata capaian indikator sasaran (seperti <TabelCapaian sasaranSaja rataRata>), rataRataCapaianSemua = rata-rata semua indikator termasuk indikator tujuan (seperti <TabelCapaian rataRata>), predikat = predikat rataRataCapaian; jumlahProgram/Kegiatan/SubKegiatan menghitung baris berkode sama (mis. per kelurahan) sekali`,
    ),
  bagian: z.enum(['pembilang', 'penyebut']).optional().describe('dengan perhitungan: "pembilang" (baku) atau "penyebut"'),
  ke: z.number().int().min(0).optional().describe('dengan perhitungan: pembilang yang ke berapa, mulai dari 0 (baku: 0), ditulis ke={1}'),
  lapisan: lapisanSatu.describe(
    `dengan indikator dan besaran target, capaian atau predikat: target dokumen mana (${LAPISAN.join(', ')}); baku: target acuan laporan (acuanTarget)`,
  ),
});

export const KATALOG = {
  TabelCapaian: entri({
    uraian: 'Target, realisasi, capaian dan predikat setiap indikator.',
    props: z.strictObject({
      ...tabel,
      perTriwulan: z.boolean().optional().describe('tampilkan realisasi setiap triwulan sebelum jumlah periode'),
      sasaranSaja,
      rataRata: z
        .boolean()
        .optional()
        .describe(
          'tambahkan baris rata-rata capaian baris yang ditampilkan: dengan sasaranSaja sama dengan <Nilai besaran="rataRataCapaian"> (indikator sasaran), tanpa sasaranSaja sama dengan <Nilai besaran="rataRataCapaianSemua"> (semua indikator, juga tujuan)',
        ),
      lapisan: lapisanSatu.describe(
        `target dokumen mana yang ditampilkan dan menjadi dasar capaian (${LAPISAN.join(', ')}); baku: target acuan laporan (acuanTarget); baris sumber menyebut dokumennya`,
      ),
    }),
    contoh: '<TabelCapaian label="tabel-capaian" judul="Capaian Kinerja Tahun 2024" sasaranSaja rataRata />',
    periksa: (p, k) => lapisanAda(p.lapisan ? [p.lapisan] : [], k),
  }),
  TabelTarget: entri({
    uraian:
      'Target setiap indikator menurut beberapa dokumen berdampingan (Renstra, RKT/Renja, PK, PK Perubahan, target akhir), dengan realisasi dan capaian terhadap masing-masing bila diminta.',
    props: z.strictObject({
      ...tabel,
      lapisan: z
        .array(z.enum(LAPISAN))
        .min(1)
        .optional()
        .describe(
          `dokumen yang ditampilkan berurutan, ditulis lapisan={["renstra", "rkt", "pkAwal", "pkPerubahan"]} (pilihan: ${LAPISAN.join(', ')}); baku: setiap dokumen yang memiliki target di laporan ini`,
        ),
      sasaranSaja,
      denganCapaian: z
        .boolean()
        .optional()
        .describe(
          `tambahkan realisasi periode ini dan capaiannya terhadap setiap target; muat paling banyak ${KOLOM_TABEL_TARGET_MAKS} kolom (empat dokumen) di PDF: bila laporan memiliki kelima dokumen, pilih dengan lapisan`,
        ),
    }),
    contoh: '<TabelTarget label="tabel-lapisan-target" lapisan={["renstra", "rkt", "pkAwal", "pkPerubahan"]} denganCapaian />',
    periksa: (p, k) => {
      const { lapisan, kolom } = susunanTabelTarget(k.laporan.indikator, p);
      const lebar: Temuan[] =
        kolom > KOLOM_TABEL_TARGET_MAKS
          ? [
              {
                prop: p.lapisan ? 'lapisan' : p.denganCapaian ? 'denganCapaian' : undefined,
                peringatan: true,
                pesan: `tabel ini akan memiliki ${kolom} kolom (${lapisan.length} dokumen${p.denganCapaian ? ' dengan target dan capaian masing-masing' : ''}), lebih dari ${KOLOM_TABEL_TARGET_MAKS} yang muat pada halaman mendatar PDF, sehingga PDF tidak dapat dibuat; pilih dokumennya dengan lapisan, mis. lapisan={[${lapisan
                  .slice(0, p.denganCapaian ? (KOLOM_TABEL_TARGET_MAKS - 4) / 2 : KOLOM_TABEL_TARGET_MAKS - 3)
                  .map((x) => `"${x}"`)
                  .join(', ')}]}, atau bagi menjadi dua tabel`,
              },
            ]
          : [];
      return [...lapisanAda(p.lapisan ?? [], k), ...lebar];
    },
  }),
  TabelPerbandinganTahun: entri({
    uraian:
      'Periode ini dibandingkan dengan tahun sebelumnya (baku: tahun lalu) atau beberapa tahun: target, realisasi dan capaian masing-masing.',
    props: z.strictObject({ ...tabel, tahun: tahunDaftar('tahun sebelum tahun laporan') }),
    contoh: '<TabelPerbandinganTahun label="tabel-banding-tahun" tahun={[2021, 2022]} />',
    periksa: (p, k) =>
      p.tahun !== undefined && !p.tahun.some((t) => t !== k.laporan.data.laporan.tahun)
        ? [
            {
              prop: 'tahun',
              pesan: `sebutkan sedikitnya satu tahun selain tahun laporan ${k.laporan.data.laporan.tahun}, mis. tahun={[${k.laporan.data.laporan.tahun - 1}]}`,
            },
          ]
        : tahunRiwayat(
            p.tahun?.filter((t) => t !== k.laporan.data.laporan.tahun),
            k,
          ),
  }),
  TabelTargetRenstra: entri({
    uraian: 'Realisasi tahun ini dan tahun-tahun sebelumnya terhadap target akhir Renstra.',
    props: z.strictObject({
      ...tabel,
      tahun: tahunDaftar('dua tahun sebelum tahun laporan'),
      denganTarget: z.boolean().optional().describe('tampilkan juga target tahun ini'),
    }),
    contoh: '<TabelTargetRenstra label="tabel-renstra" tahun={[2022, 2023]} denganTarget />',
  }),
  TabelAnggaran: entri({
    uraian: 'Realisasi anggaran per program, kegiatan dan sub kegiatan: kode, pagu, realisasi, sisa dan persentase penyerapan.',
    props: z.strictObject({
      ...tabel,
      sampai,
      denganIndikator: z.boolean().optional().describe('tambahkan kolom indikator keluaran setiap baris'),
      denganCapaian: z
        .boolean()
        .optional()
        .describe(
          'tambahkan kolom capaian keluaran setiap baris (%): capaian yang diisi pada baris, atau rata-rata capaian indikatornya; "–" untuk baris tanpa indikator',
        ),
      denganSumberDana: z
        .boolean()
        .optional()
        .describe('tambahkan kolom sumber dana setiap baris (sumberDana di anggaran.yaml, mis. "DAU")'),
      unit: z
        .string()
        .min(1)
        .optional()
        .describe(`hanya anggaran satu unit: kelurahan/desa dari wilayah.daftar, atau "${KECAMATAN}" untuk baris kecamatan sendiri`),
      perUnit: z
        .boolean()
        .optional()
        .describe('bagi tabel per unit (kecamatan, lalu setiap kelurahan/desa), masing-masing dibuka baris pemisah'),
    }),
    contoh: '<TabelAnggaran label="tabel-anggaran" sampai="kegiatan" />',
    periksa: (p, k) => {
      const out = perluAnggaran(k);
      if (p.unit !== undefined && k.laporan.data.anggaran) {
        const ada = daftarUnit(k.laporan.program, k.laporan.data.laporan.wilayah?.daftar ?? []);
        if (!ada.includes(p.unit))
          out.push({
            prop: 'unit',
            pesan: `unit "${p.unit}" tidak memiliki anggaran; yang ada: ${daftarKutip(ada)} ("${KECAMATAN}" = baris tanpa unit)`,
          });
      }
      if (p.unit !== undefined && p.perUnit)
        out.push({ prop: 'perUnit', pesan: 'perUnit tidak berlaku bila satu unit dipilih; hapus salah satu' });
      return out;
    },
  }),
  TabelAnggaranRiwayat: entri({
    uraian:
      'Anggaran tahun-tahun sebelumnya dan tahun ini per baris dan jumlahnya: pagu, realisasi dan penyerapan setiap tahun, dengan kode dan nama lama bila nomenklaturnya berubah.',
    props: z.strictObject({
      ...tabel,
      tahun: tahunDaftar('semua tahun di riwayat anggaran'),
      sampai: sampai.describe('tingkat terdalam yang ditampilkan: "program" (baku), "kegiatan" atau "subKegiatan"'),
      kolom: z
        .array(z.enum(['pagu', 'realisasi', 'penyerapan']))
        .min(1)
        .optional()
        .describe('kolom setiap tahun, ditulis kolom={["pagu", "realisasi", "penyerapan"]}; baku: pagu dan realisasi'),
    }),
    contoh: '<TabelAnggaranRiwayat label="tabel-riwayat-anggaran" tahun={[2021, 2022, 2023]} kolom={["realisasi", "penyerapan"]} />',
    periksa: (p, k) => [...perluAnggaran(k), ...perluRiwayatAnggaran(k), ...tahunRiwayatAnggaran(p.tahun, k)],
  }),
  TabelAnggaranRenstra: entri({
    uraian:
      'Realisasi anggaran terhadap pagu indikatif Renstra per baris: pagu Renstra periode (dan per tahun), pagu dan realisasi tahun ini, realisasi sejak awal Renstra dan persentasenya.',
    props: z.strictObject({
      ...tabel,
      sampai: sampai.describe('tingkat terdalam yang ditampilkan: "program" (baku), "kegiatan" atau "subKegiatan"'),
      perTahun: z.boolean().optional().describe('tampilkan pagu Renstra setiap tahun periode Renstra, bukan hanya tahun ini'),
    }),
    contoh: '<TabelAnggaranRenstra label="tabel-anggaran-renstra" perTahun />',
    periksa: (_p, k) => [
      ...perluAnggaran(k),
      ...(k.laporan.data.laporan.renstra ? [] : [{ pesan: 'isi periode Renstra di laporan.yaml: renstra: { mulai, akhir }' }]),
      ...(k.laporan.semuaBaris.some((b) => b.berkala.renstra.ada)
        ? []
        : [{ pesan: 'belum ada pagu Renstra: isi renstra (pagu per tahun dan/atau jumlah) pada baris anggaran.yaml' }]),
    ],
  }),
  TabelAnggaranBulanan: entri({
    uraian:
      'Rencana aksi anggaran per bulan: target dan realisasi bulan itu, lalu sampai dengan bulan itu dengan persentase terhadap target dan terhadap pagu.',
    props: z.strictObject({
      ...tabel,
      anggaran: z.string().min(1).optional().describe('kode (atau nomor baris) satu baris anggaran; baku: seluruh anggaran'),
      sasaran: z.string().min(1).optional().describe('kode sasaran: baris-baris yang melayaninya (dengan porsinya)'),
    }),
    contoh: '<TabelAnggaranBulanan label="tabel-anggaran-bulanan" anggaran="7.01.01" />',
    periksa: (p, k) => {
      if (p.anggaran !== undefined && p.sasaran !== undefined)
        return [{ prop: 'sasaran', pesan: 'pilih salah satu: anggaran atau sasaran' }];
      if (p.anggaran !== undefined)
        return barisAnggaranAda('anggaran', p.anggaran, k, (b) =>
          b.berkala.bulanan.length ? undefined : `baris "${p.anggaran}" tidak memiliki anggaran bulanan (bulanan)`,
        );
      if (p.sasaran !== undefined)
        // The table reads the sasaran's first indicator (every indicator of a sasaran has the same lines).
        return k.laporan.indikator.find((i) => i.sasaran?.kode === p.sasaran)?.anggaranBulanan.length
          ? []
          : [
              {
                prop: 'sasaran',
                pesan: `sasaran "${p.sasaran}" tidak ada, tidak memiliki indikator, atau barisnya tidak memiliki anggaran bulanan`,
              },
            ];
      return k.laporan.berkalaAnggaran?.bulanan.length
        ? []
        : [...perluAnggaran(k), { pesan: 'belum ada anggaran bulanan: isi bulanan (target, realisasi) pada baris anggaran.yaml' }];
    },
  }),
  TabelAktivitas: entri({
    uraian: 'Daftar aktivitas dari lainnya.yaml, dikelompokkan menurut jenisnya.',
    props: z.strictObject({ ...tabel, daftar: z.string().min(1).describe('id daftar aktivitas di lainnya.yaml (aktivitas[].id)') }),
    contoh: '<TabelAktivitas label="tabel-aktivitas" daftar="pelayanan" />',
    periksa: (p, k) => {
      const ada = k.laporan.data.lainnya?.aktivitas.map((a) => a.id) ?? [];
      return ada.includes(p.daftar)
        ? []
        : [
            {
              prop: 'daftar',
              pesan: `daftar aktivitas "${p.daftar}" tidak ada di lainnya.yaml; yang ada: ${daftarKutip(ada) || '(belum ada)'}`,
            },
          ];
    },
  }),
  TabelPerjanjianKinerja: entri({
    uraian:
      'Perjanjian Kinerja: sasaran, indikator dan target (awal dan perubahan), bila diminta dengan indikator tujuan dan anggaran program.',
    props: z.strictObject({
      ...tabel,
      tujuan: z.boolean().optional().describe('sertakan juga indikator tujuan'),
      anggaran: z.boolean().optional().describe('tambahkan anggaran program (PK awal dan perubahan) di bawah indikator'),
    }),
    contoh: '<TabelPerjanjianKinerja label="tabel-pk" anggaran />',
    periksa: (p, k) => (p.anggaran ? perluAnggaran(k).map((t) => ({ ...t, prop: 'anggaran' })) : []),
  }),
  TabelSdm: entri({
    uraian: 'Pegawai per jabatan: jenis kelamin, status, pendidikan dan eselon, dengan jumlahnya.',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelSdm label="tabel-sdm" />',
    periksa: (_p, k) => (k.laporan.data.sdm ? [] : [{ pesan: 'laporan ini belum memiliki sdm.yaml' }]),
  }),
  TabelIku: entri({
    uraian:
      'Indikator kinerja utama: tujuan atau sasaran, indikator, dan definisinya sebagaimana diisi (definisi operasional, satuan, jenis, formulasi, sumber data, penanggung jawab); kolom yang tidak diisi untuk indikator mana pun tidak ditampilkan.',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelIku label="tabel-iku" />',
  }),
  TabelAnalisis: entri({
    uraian:
      'Analisis capaian per indikator: capaian, predikat, analisis keberhasilan/kegagalan, solusi dan rencana tindak lanjut (kinerja.yaml: analisis, solusi, rencanaTindakLanjut).',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelAnalisis label="tabel-analisis" />',
    periksa: (_p, k) =>
      k.laporan.indikator.some((i) => i.input.analisis || i.input.solusi || i.input.rencanaTindakLanjut)
        ? []
        : [{ pesan: 'belum ada indikator dengan analisis, solusi atau rencanaTindakLanjut di kinerja.yaml' }],
  }),
  TabelSkala: entri({
    uraian: 'Skala predikat yang dipakai laporan (dari content/skala/).',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelSkala label="tabel-skala" />',
  }),
  TabelRiwayat: entri({
    uraian: 'Target, realisasi dan capaian tahun-tahun sebelumnya per indikator, termasuk sebelum pergantian Renstra.',
    props: z.strictObject({
      ...tabel,
      tahun: tahunDaftar('semua tahun di riwayat; tahun laporan boleh disebut'),
      denganTahunIni: z
        .boolean()
        .optional()
        .describe('tambahkan tahun laporan ini (target, realisasi, capaian periode ini) sesudah tahun-tahun sebelumnya'),
    }),
    contoh: '<TabelRiwayat label="tabel-riwayat" tahun={[2021, 2022, 2023]} denganTahunIni />',
    periksa: (p, k) => {
      // The same years the table takes: those named, else every year in the indicators' riwayat.
      const tahun = p.tahun ?? k.laporan.indikator.flatMap((i) => i.riwayat.map((h) => h.tahun));
      if (!tahun.length && !p.denganTahunIni)
        return [
          {
            prop: p.tahun ? 'tahun' : undefined,
            pesan:
              'tabel ini tidak memiliki satu tahun pun: isi riwayat indikator di kinerja.yaml (indikator[].riwayat), sebutkan tahun, atau tambahkan denganTahunIni',
          },
        ];
      return tahunRiwayat(
        p.tahun?.filter((t) => t !== k.laporan.data.laporan.tahun),
        k,
      );
    },
  }),
  TabelPembanding: entri({
    uraian: 'Realisasi tahun ini dibandingkan dengan pembanding: kecamatan lain, kabupaten atau standar nasional.',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelPembanding label="tabel-pembanding" />',
    periksa: (_p, k) =>
      k.laporan.indikator.some((i) => i.input.pembanding.length > 0)
        ? []
        : [{ pesan: 'tidak ada indikator dengan pembanding di kinerja.yaml (indikator[].pembanding)' }],
  }),
  TabelEfisiensi: entri({
    uraian:
      'Efisiensi penggunaan sumber daya per indikator, per sasaran atau per baris anggaran, dengan rumus efisiensi laporan (dan kategorinya bila laporan memilih skala efisiensi).',
    props: z.strictObject({
      ...tabel,
      tingkat: z
        .enum(['indikator', 'sasaran', 'program', 'kegiatan', 'subKegiatan'])
        .optional()
        .describe(
          'baris tabel: "indikator" (baku), "sasaran", atau baris anggaran sampai "program", "kegiatan" atau "subKegiatan" (capaian keluaran setiap baris terhadap penyerapannya)',
        ),
      sasaranSaja,
      denganRupiah: z.boolean().optional().describe('tampilkan juga pagu dan realisasi di balik penyerapan'),
    }),
    contoh: '<TabelEfisiensi label="tabel-efisiensi" sasaranSaja denganRupiah />',
    periksa: (_p, k) => [
      ...(k.laporan.data.laporan.efisiensi
        ? []
        : [{ pesan: 'laporan ini belum memilih rumus efisiensi: tulis efisiensi: "selisih" atau "rasio" di laporan.yaml' }]),
      ...perluAnggaran(k),
    ],
  }),
  TabelSarana: entri({
    uraian: 'Sarana dan prasarana: barang, satuan, jumlah dan kondisi, dengan rekap per kondisi.',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelSarana label="tabel-sarana" />',
    periksa: (_p, k) => (k.laporan.data.sarana ? [] : [{ pesan: 'laporan ini belum memiliki sarana.yaml' }]),
  }),
  TabelPrestasi: entri({
    uraian: 'Prestasi dan penghargaan yang diterima (lainnya.yaml: prestasi): nama, tingkat, tahun dan pemberi.',
    props: z.strictObject({ ...tabel }),
    contoh: '<TabelPrestasi label="tabel-prestasi" />',
    periksa: (_p, k) =>
      k.laporan.data.lainnya?.prestasi?.length ? [] : [{ pesan: 'laporan ini tidak memiliki prestasi di lainnya.yaml (prestasi)' }],
  }),
  TabelIndikatorProgram: entri({
    uraian:
      'Program, kegiatan dan sub kegiatan dengan indikator keluarannya (hasil: target, realisasi, capaian; rencana: target dan anggaran).',
    props: z.strictObject({
      ...tabel,
      kolom: z
        .enum(['hasil', 'rencana'])
        .optional()
        .describe('"hasil" (baku): target, realisasi, capaian dan rencana tindak lanjut; "rencana": target dan anggaran awal/perubahan'),
      sampai,
      perSasaran: z.boolean().optional().describe('kelompokkan program di bawah setiap sasaran yang dilayaninya'),
    }),
    contoh: '<TabelIndikatorProgram label="tabel-program" kolom="rencana" sampai="kegiatan" />',
    periksa: (_p, k) => perluAnggaran(k),
  }),
  TabelTargetTahunan: entri({
    uraian: 'Target Renstra per tahun setiap indikator; dengan program: target indikator program.',
    props: z.strictObject({
      ...tabel,
      program: z
        .boolean()
        .optional()
        .describe('tampilkan indikator program (anggaran.yaml) di bawah sasaran yang dilayaninya, bukan indikator kinerja'),
    }),
    contoh: '<TabelTargetTahunan label="tabel-target-renstra" />',
    periksa: (p, k) => {
      if (!p.program)
        return k.laporan.indikator.some((i) => i.input.target.renstra)
          ? []
          : [
              {
                peringatan: true,
                pesan:
                  'belum ada indikator dengan target Renstra per tahun (target.renstra di kinerja.yaml): tabel tidak memiliki kolom tahun dan tertulis "Belum ada data"',
              },
            ];
      const t = perluAnggaran(k).map((x) => ({ ...x, prop: 'program' }));
      if (t.length || k.laporan.semuaBaris.some((b) => b.indikator.some((i) => i.renstra))) return t;
      return [
        {
          prop: 'program',
          peringatan: true,
          pesan:
            'belum ada indikator program/kegiatan/sub kegiatan dengan target Renstra (indikator[].renstra di anggaran.yaml): tabel tertulis "Belum ada data"',
        },
      ];
    },
  }),
  TabelWilayah: entri({
    uraian: 'Anggaran per kelurahan/desa (baris anggaran yang memiliki unit): pagu, realisasi, sisa dan penyerapan.',
    props: z.strictObject({ ...tabel, nama: namaSubKegiatan }),
    contoh: '<TabelWilayah label="tabel-wilayah" />',
    periksa: (p, k) => [...perluWilayah(k), ...perluAnggaran(k), ...subKegiatanAda(p.nama, k)],
  }),
  GrafikWilayah: entri({
    uraian: 'Grafik penyerapan anggaran per kelurahan/desa.',
    props: z.strictObject({ ...tabel, nama: namaSubKegiatan }),
    contoh: '<GrafikWilayah label="grafik-wilayah" />',
    periksa: (p, k) => [...perluWilayah(k), ...perluAnggaran(k), ...subKegiatanAda(p.nama, k)],
  }),
  GrafikCapaian: entri({
    uraian: 'Grafik target dan realisasi per indikator.',
    props: z.strictObject({ ...tabel }),
    contoh: '<GrafikCapaian label="grafik-capaian" />',
  }),
  GrafikAnggaran: entri({
    uraian: 'Grafik pagu dan realisasi anggaran per program.',
    props: z.strictObject({ ...tabel }),
    contoh: '<GrafikAnggaran label="grafik-anggaran" />',
    periksa: (_p, k) => perluAnggaran(k),
  }),
  GrafikAnggaranRiwayat: entri({
    uraian: 'Grafik pagu dan realisasi anggaran per tahun (tahun-tahun sebelumnya dan tahun ini): seluruh anggaran atau satu baris.',
    props: z.strictObject({
      ...tabel,
      anggaran: z.string().min(1).optional().describe('kode (atau nomor baris) satu baris anggaran; baku: jumlah seluruh anggaran'),
    }),
    contoh: '<GrafikAnggaranRiwayat label="grafik-riwayat-anggaran" anggaran="7.01.01" />',
    periksa: (p, k) => [
      ...perluAnggaran(k),
      ...(p.anggaran === undefined
        ? perluRiwayatAnggaran(k)
        : barisAnggaranAda('anggaran', p.anggaran, k, (b) =>
            b.berkala.riwayat.length ? undefined : `baris "${p.anggaran}" tidak memiliki riwayat anggaran (riwayat)`,
          )),
    ],
  }),
  GrafikRiwayat: entri({
    uraian: 'Grafik capaian per tahun per indikator, melintasi pergantian Renstra.',
    props: z.strictObject({ ...tabel }),
    contoh: '<GrafikRiwayat label="grafik-riwayat" />',
  }),
  GrafikTriwulan: entri({
    uraian: 'Grafik capaian sampai dengan setiap triwulan per indikator.',
    props: z.strictObject({ ...tabel }),
    contoh: '<GrafikTriwulan label="grafik-triwulan" />',
    periksa: (_p, k) =>
      k.laporan.indikator.some((i) => i.perTriwulan.some((t) => t.capaian.ok))
        ? []
        : [{ pesan: 'tidak ada indikator dengan realisasi per triwulan yang dapat dihitung (realisasi.yaml)' }],
  }),
  TabelBulanan: entri({
    uraian:
      'Rencana aksi per bulan: target, realisasi dan capaian bulan itu, lalu angka sampai dengan bulan itu (menurut agregasi indikator) dan keterangan.',
    props: z.strictObject({
      ...tabel,
      indikator: z
        .string()
        .min(1)
        .optional()
        .describe('kode satu indikator; bila tidak diisi: setiap indikator yang memiliki nilai bulanan'),
      denganAnggaran: z
        .boolean()
        .optional()
        .describe(
          'tambahkan target dan realisasi anggaran sampai dengan setiap bulan dari baris yang melayani sasaran indikator (anggaran.yaml: bulanan)',
        ),
    }),
    contoh: '<TabelBulanan label="tabel-bulanan" indikator="IKU-1" denganAnggaran />',
    periksa: (p, k) => {
      const bulanan = k.laporan.indikator.filter((i) => i.perBulan.length).map((i) => i.input.kode);
      const ada =
        p.indikator !== undefined
          ? indikatorAda('indikator', p.indikator, k)
          : bulanan.length
            ? []
            : [{ pesan: 'tidak ada indikator dengan nilai bulanan (realisasi.yaml: bulanan, atau kinerja.yaml: target.bulanan)' }];
      if (!ada.length && p.indikator !== undefined && !bulanan.includes(p.indikator))
        ada.push({
          prop: 'indikator',
          pesan: `indikator "${p.indikator}" tidak memiliki target atau realisasi bulanan (realisasi.yaml: bulanan, atau kinerja.yaml: target.bulanan); indikator yang memiliki: ${bulanan.join(', ') || '(belum ada)'}`,
        });
      if (ada.length || !p.denganAnggaran) return ada;
      const tampil = k.laporan.indikator.filter((i) => (p.indikator ? i.input.kode === p.indikator : i.perBulan.length > 0));
      return tampil.some((i) => i.anggaranBulanan.length)
        ? []
        : [
            {
              prop: 'denganAnggaran',
              pesan: 'tidak ada anggaran bulanan (anggaran.yaml: bulanan) pada baris yang melayani sasaran indikator ini',
            },
          ];
    },
  }),
  GrafikBulanan: entri({
    uraian: 'Grafik capaian sampai dengan setiap bulan per indikator yang memiliki realisasi bulanan.',
    props: z.strictObject({
      ...tabel,
      indikator: z.string().min(1).optional().describe('kode satu indikator; bila tidak diisi: setiap indikator dengan realisasi bulanan'),
    }),
    contoh: '<GrafikBulanan label="grafik-bulanan" />',
    periksa: (p, k) => {
      if (p.indikator !== undefined) {
        const t = indikatorAda('indikator', p.indikator, k);
        if (t.length) return t;
      }
      return k.laporan.indikator.some(
        (i) => (!p.indikator || i.input.kode === p.indikator) && i.perBulan.some((b) => b.realisasi !== undefined && b.capaianSampai.ok),
      )
        ? []
        : [{ pesan: 'tidak ada capaian bulanan yang dapat dihitung (realisasi.yaml: bulanan)' }];
    },
  }),
  Nilai: entri({
    uraian: 'Satu angka hasil hitungan yang dikutip di dalam kalimat (capaian, realisasi, pagu, jumlah pegawai, ...).',
    props: propsNilai,
    contoh: '<Nilai indikator="IKU-1" besaran="capaian" />',
    periksa: periksaNilai,
  }),
  Rujuk: entri({
    uraian: 'Rujukan ke tabel atau gambar bernomor menurut labelnya: menjadi "Tabel 3.1".',
    props: z.strictObject({ ke: z.string().min(1).describe('label tabel/gambar yang dirujuk (label="..." pada tabel/grafik)') }),
    contoh: '<Rujuk ke="tabel-capaian" />',
    periksa: (p, k) =>
      k.label.has(p.ke)
        ? []
        : [
            {
              prop: 'ke',
              pesan: `tidak ada tabel atau gambar berlabel "${p.ke}"; label yang ada: ${[...k.label].join(', ') || '(belum ada)'}`,
            },
          ],
  }),
  Perhitungan: entri({
    uraian: 'Cara realisasi suatu indikator dihitung, sebagai pecahan: (28 ÷ 51) × 100% = 54,90%.',
    props: z.strictObject({
      indikator: z.string().min(1).describe('kode indikator yang memiliki perhitungan (pembilang/penyebut) di realisasi.yaml'),
    }),
    contoh: '<Perhitungan indikator="IKU-S1" />',
    periksa: (p, k) => {
      const ind = k.laporan.indikator.find((i) => i.input.kode === p.indikator);
      if (!ind) return indikatorAda('indikator', p.indikator, k);
      return ind.masukanRealisasi.perhitungan
        ? []
        : [
            {
              prop: 'indikator',
              peringatan: true,
              pesan: `indikator "${p.indikator}" belum memiliki perhitungan (pembilang/penyebut) di realisasi.yaml: tertulis "tidak dapat dihitung"`,
            },
          ];
    },
  }),
  TandaTangan: entri({
    uraian: 'Blok tanda tangan: tempat dan tanggal, jabatan, ruang tanda tangan, nama, pangkat dan NIP penandatangan.',
    props: z.strictObject({}),
    contoh: '<TandaTangan />',
  }),
  Lanskap: entri({
    uraian: 'Membungkus tabel atau gambar yang lebar agar dicetak pada halaman mendatar di PDF; di situs tampil biasa.',
    props: z.strictObject({}),
    contoh: '<Lanskap>\n\n<TabelAnggaran label="tabel-anggaran" />\n\n</Lanskap>',
    isi: true,
  }),
  Inovasi: entri({
    uraian: 'Inovasi laporan dari lainnya.yaml: masalah, apa yang dilakukan, langkah dan hasilnya.',
    props: z.strictObject({}),
    contoh: '<Inovasi />',
    periksa: (_p, k) =>
      k.laporan.data.lainnya?.inovasi.length ? [] : [{ pesan: 'laporan ini tidak memiliki inovasi di lainnya.yaml (inovasi)' }],
  }),
  BaganOrganisasi: entri({
    uraian: 'Bagan susunan organisasi dari struktur.yaml, digambar sebagai vektor (SVG); di situs juga sebagai daftar bertingkat.',
    props: z.strictObject({
      label,
      judul: judulWajib,
      nomor,
      sumber: z.string().min(1).optional().describe('baris sumber; baku: dasarHukum di struktur.yaml'),
    }),
    contoh: '<BaganOrganisasi label="bagan-organisasi" judul="Struktur Organisasi Kecamatan Contoh" />',
    periksa: (_p, k) =>
      k.laporan.data.struktur ? [] : [{ pesan: 'bagan organisasi digambar dari struktur.yaml, yang belum ada di folder laporan ini' }],
  }),
  Pejabat: entri({
    uraian: 'Nama (atau NIP, jabatan, pangkat, eselon) pemangku suatu jabatan di struktur.yaml, dikutip di dalam kalimat.',
    props: z.strictObject({
      unit: z.string().min(1).describe('kode unit di struktur.yaml, mis. "sekcam"'),
      isi: z
        .enum(ISI_PEJABAT as unknown as [string, ...string[]])
        .optional()
        .describe(`yang dikutip: ${ISI_PEJABAT.join(', ')} (baku: nama)`),
    }),
    contoh: '<Pejabat unit="sekcam" isi="nip" />',
    periksa: (p, k) => {
      const r = cobaKutipPejabat(k.laporan.data.struktur, k.laporan.data.laporan.penandatangan, p.unit, p.isi ?? 'nama');
      return 'galat' in r ? [{ prop: r.galat.startsWith('isi') || r.galat.startsWith('pemangku') ? 'isi' : 'unit', pesan: r.galat }] : [];
    },
  }),
  Tabel: entri({
    uraian:
      'Tabel yang diketik penulis (tabel Markdown di antara <Tabel> dan </Tabel>): bernomor, masuk Daftar Tabel; angkanya tidak dihitung dan didaftar oleh npm run check.',
    props: z.strictObject({ label, judul: judulWajib, nomor, sumber }),
    contoh:
      '<Tabel label="isu-strategis" judul="Isu Strategis" sumber="Renstra 2024-2026">\n\n| No | Isu | Permasalahan |\n|---|---|---|\n| 1 | Pelayanan | Antrean panjang |\n\n</Tabel>',
    isi: true,
    satuTabel: true,
  }),
  Gambar: entri({
    uraian:
      'Gambar dari folder laporan (peta, foto, bagan hasil pindaian) sebagai gambar bernomor dengan keterangan, sumber dan teks pengganti.',
    props: z.strictObject({
      label,
      judul: judulWajib,
      nomor,
      src: z.string().min(1).describe('berkas gambar di folder laporan (PNG, JPG, WebP, SVG), jalur relatif, mis. "gambar/peta.jpg"'),
      alt: z.string().trim().min(1).describe('uraian isi gambar untuk pembaca yang tidak dapat melihatnya (wajib)'),
      sumber,
      lebar: z
        .union([z.number().min(10).max(100), z.string().regex(/^\d{2,3}$/)])
        .optional()
        .describe('lebar cetak dalam persen lebar halaman (10-100), ditulis lebar={80}; baku: 100'),
    }),
    contoh:
      '<Gambar label="peta" judul="Peta Wilayah" src="gambar/peta.jpg" alt="Peta batas wilayah kecamatan" sumber="Bappeda, 2024" lebar={80} />',
  }),
  LampiranPerjanjianKinerja: entri({
    uraian:
      'Perjanjian Kinerja sebagai lampiran: naskah perjanjian, tanda tangan kedua pihak, dan tabel sasaran, indikator, target dan anggaran.',
    props: z.strictObject({
      jenis: z
        .enum(['awal', 'perubahan'])
        .optional()
        .describe('"awal" (baku) atau "perubahan" untuk PK Perubahan dengan target dan anggaran yang diubah'),
    }),
    contoh: '<LampiranPerjanjianKinerja jenis="perubahan" />',
    periksa: (p, k) => {
      const l = k.laporan.data.laporan;
      const out: Temuan[] = [];
      if (!l.perjanjianKinerja) out.push({ pesan: 'isi perjanjianKinerja di laporan.yaml' });
      if (!l.pihakKedua) out.push({ pesan: 'isi pihakKedua (bupati/walikota) di laporan.yaml' });
      if (p.jenis === 'perubahan' && l.perjanjianKinerja && !l.perjanjianKinerja.perubahan)
        out.push({ prop: 'jenis', pesan: 'laporan ini tidak memiliki perjanjianKinerja.perubahan di laporan.yaml' });
      return out;
    },
  }),
};

export type NamaKomponen = keyof typeof KATALOG;
export const NAMA_KOMPONEN = Object.keys(KATALOG) as NamaKomponen[];

/** The props a component takes, as written in a chapter; use it as the component's `Props`. */
export type PropsKomponen<N extends NamaKomponen> = z.input<(typeof KATALOG)[N]['props']>;

/** The catalogue entry of a name, or undefined for a name that is not a chapter component. */
export function entriKomponen(nama: string): EntriKomponen | undefined {
  return Object.hasOwn(KATALOG, nama) ? (KATALOG[nama as NamaKomponen] as unknown as EntriKomponen) : undefined;
}
