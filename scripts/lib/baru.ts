/**
 * A new report folder: from nothing (identity, chapter skeletons with guidance, placeholder data that
 * already builds) or from an existing report (`--dari`): identity, Renstra, indicator definitions and
 * budget structure carried over, last period's results moved into history, the rest cleared.
 * Never writes into a folder that exists.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, YAMLMap, type Document } from 'yaml';
import { hapusKunci, simpulIndikator } from './simpul-yaml.ts';
import { muatLaporan } from '../../src/data/muat.ts';
import { folderLaporan } from '../../src/data/folder.ts';
import { hitungLaporan, namaPeriode, sampaiTriwulan } from '../../src/domain/laporan.ts';
import type { Laporan } from '../../src/schemas/laporan.ts';

export interface IdentitasBaru {
  id: string;
  instansi: string;
  pemerintah: { jenis: 'kabupaten' | 'kota'; nama: string };
  provinsi: string;
  tahun: number;
  periode: Laporan['periode'];
  tempat: string;
  camat: { nama: string; nip?: string; pangkat?: string };
  skala: string;
}

export class GagalBaru extends Error {}

export { folderLaporan };

function siapkanFolder(root: string, id: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new GagalBaru(`id laporan "${id}" hanya boleh berisi huruf kecil, angka dan tanda hubung, mis. "candipuro-2025-tw1"`);
  const dir = folderLaporan(root, id);
  if (existsSync(dir))
    throw new GagalBaru(
      `folder ${dir} sudah ada; laporan yang ada tidak ditimpa. Pilih id lain atau hapus folder itu sendiri bila memang tidak dipakai.`,
    );
  mkdirSync(join(dir, 'bab'), { recursive: true });
  return dir;
}

/** Last day of the period, the usual signing date until the author sets the real one. */
function akhirPeriode(tahun: number, periode: Laporan['periode']): string {
  const bulan = sampaiTriwulan({ periode }) * 3;
  const hari = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return `${tahun}-${String(bulan).padStart(2, '0')}-${hari}`;
}

function yamlPeriode(p: Laporan['periode']): string {
  return p.jenis === 'tahunan' ? 'periode:\n  jenis: tahunan' : `periode:\n  jenis: ${p.jenis}\n  ke: ${p.ke}`;
}

const kutip = (s: string) => JSON.stringify(s);

function laporanYaml(x: IdentitasBaru): string {
  const nama = x.instansi.replace(/^Kecamatan\s+/i, '');
  return `# Identitas laporan. Ubah isian di bawah; keterangan setiap isian dan komponen bab ada di docs/referensi.md.
# draf: true = dapat dilihat di "npm run dev" tetapi belum diterbitkan oleh "npm run build". Hapus baris ini bila laporan siap.
draf: true
judul: Laporan Kinerja
instansi: ${kutip(x.instansi)}
pemerintah:
  jenis: ${x.pemerintah.jenis}
  nama: ${kutip(x.pemerintah.nama)}
provinsi: ${kutip(x.provinsi)}
${yamlPeriode(x.periode)}
tahun: ${x.tahun}
tempat: ${kutip(x.tempat)}
# Tanggal penandatanganan (TTTT-BB-HH).
tanggal: ${akhirPeriode(x.tahun, x.periode)}
penandatangan:
  nama: ${kutip(x.camat.nama)}
  jabatan: ${kutip(`Camat ${nama}`)}
${x.camat.pangkat ? `  pangkat: ${kutip(x.camat.pangkat)}\n` : ''}${x.camat.nip ? `  nip: ${kutip(x.camat.nip)}\n` : '  # nip: "19xxxxxx xxxxxx x xxx"  (18 angka, dalam tanda kutip)\n'}# Skala predikat: nama berkas di content/skala/ tanpa .yaml.
skalaPredikat: ${x.skala}
# Pembulatan angka kinerja saat ditampilkan: "potong" (seperti Lumajang) atau "setengah-ke-atas".
pembulatan:
  cara: setengah-ke-atas
  desimal: 2
`;
}

const KINERJA_CONTOH = `# Tujuan -> sasaran -> indikator. Isi lewat lembar kerja (npm run templat, lalu npm run impor)
# atau langsung di sini. Contoh di bawah hanya pengisi tempat: ganti semuanya.
tujuan:
  - kode: T1
    nama: (isi nama tujuan dari Renstra)
    sasaran:
      - kode: S1
        nama: (isi nama sasaran strategis)
        indikator:
          - kode: IKU-1
            nama: (isi nama indikator kinerja)
            satuan: persen
            target:
              pkAwal: 100
`;

const REALISASI_KOSONG = `# Realisasi per indikator (kode seperti di kinerja.yaml): tw1, tw2, tw3, tw4 atau tahunan.
# Contoh:
# IKU-1:
#   tw1: 25.5
{}
`;

const ANGGARAN_CONTOH = `# Program -> kegiatan -> sub kegiatan dengan kode rekening, pagu dan realisasi (rupiah, tanpa titik ribuan).
# Isi lewat lembar kerja (npm run templat, lalu npm run impor) atau langsung di sini. Contoh pengisi tempat:
program:
  - kode: "7.01.01"
    nama: (isi nama program)
    sasaran: [S1]
    pagu: 0
    realisasi: 0
`;

function bab(judul: string, jenis: string, urutan: number, nomor: number | undefined, isi: string): string {
  return `---\njudul: ${judul}\njenis: ${jenis}\n${nomor ? `bab: ${nomor}\n` : ''}urutan: ${urutan}\n---\n\n${isi.trim()}\n`;
}

/** The standard structure (Permenpan RB 53/2014): Kata Pengantar, BAB I-IV, each with short guidance as comments. */
function babKerangka(x: IdentitasBaru): Record<string, string> {
  const periode = namaPeriode(x);
  return {
    '00-kata-pengantar.mdx': bab(
      'Kata Pengantar',
      'kata-pengantar',
      0,
      undefined,
      `
{/* Petunjuk: ucapan syukur, dasar hukum penyusunan, isi singkat laporan, terima kasih. Tanda tangan camat dibuat otomatis dari laporan.yaml. */}

Puji syukur kami panjatkan atas tersusunnya Laporan Kinerja ${x.instansi} <Nilai besaran="periode" />. Laporan ini disusun sebagai pertanggungjawaban kinerja ${x.instansi} sesuai Peraturan Menteri PANRB Nomor 53 Tahun 2014.

<TandaTangan />
`,
    ),
    '01-pendahuluan.mdx': bab(
      'Pendahuluan',
      'bab',
      1,
      1,
      `
{/* Petunjuk: A. Latar belakang; B. Tugas pokok dan fungsi; C. Struktur organisasi; D. Sumber daya (pegawai: <TabelSdm label="tabel-sdm" /> bila sdm.yaml diisi; sarana: <TabelSarana label="tabel-sarana" />); E. Permasalahan utama (isu strategis). */}

### A. Latar Belakang

(Tulis latar belakang penyusunan laporan ${periode}.)

### B. Tugas Pokok dan Fungsi

(Tulis tugas pokok dan fungsi ${x.instansi}.)
`,
    ),
    '02-perencanaan-kinerja.mdx': bab(
      'Perencanaan Kinerja',
      'bab',
      2,
      2,
      `
{/* Petunjuk: ringkas Renstra (tujuan, sasaran), Indikator Kinerja Utama, dan Perjanjian Kinerja. Tabel dibuat dari kinerja.yaml; jangan ketik angkanya. */}

### A. Rencana Strategis

(Tulis ringkasan Renstra yang berlaku.)

### B. Indikator Kinerja Utama

<TabelIku label="tabel-iku" />

### C. Perjanjian Kinerja

<TabelPerjanjianKinerja label="tabel-pk" />
`,
    ),
    '03-akuntabilitas-kinerja.mdx': bab(
      'Akuntabilitas Kinerja',
      'bab',
      3,
      3,
      `
{/* Petunjuk: capaian setiap indikator (tabel dan grafik dihitung dari data), analisis penyebab keberhasilan/kegagalan, realisasi anggaran. Angka di kalimat ditulis dengan <Nilai ... />, mis. <Nilai indikator="IKU-1" besaran="capaian" />. */}

### A. Capaian Kinerja

<TabelCapaian label="tabel-capaian" />

<GrafikCapaian label="grafik-capaian" />

Sebanyak <Nilai besaran="jumlahTercapai" /> indikator mencapai target, dengan rata-rata capaian <Nilai besaran="rataRataCapaian" />.

(Tulis analisis penyebab keberhasilan atau kegagalan setiap indikator.)

### B. Realisasi Anggaran

Realisasi anggaran ${periode} sebesar Rp <Nilai anggaran="jumlah" besaran="realisasi" /> dari pagu Rp <Nilai anggaran="jumlah" besaran="pagu" /> (<Nilai anggaran="jumlah" besaran="penyerapan" />).

<TabelAnggaran label="tabel-anggaran" />

<GrafikAnggaran label="grafik-anggaran" />
`,
    ),
    '04-penutup.mdx': bab(
      'Penutup',
      'bab',
      4,
      4,
      `
{/* Petunjuk: kesimpulan capaian (pakai <Nilai />), kendala, dan langkah perbaikan ke depan. */}

Laporan Kinerja ${x.instansi} <Nilai besaran="periode" /> menunjukkan rata-rata capaian sasaran <Nilai besaran="rataRataCapaian" />.

(Tulis kendala dan langkah perbaikan.)

<TandaTangan />
`,
    ),
  };
}

/** A report from nothing. Returns the files written. */
export function buatLaporan(root: string, x: IdentitasBaru): string[] {
  if (!existsSync(join(root, 'content', 'skala', `${x.skala}.yaml`))) {
    const ada = readdirSync(join(root, 'content', 'skala')).map((f) => f.replace(/\.yaml$/, ''));
    throw new GagalBaru(`skala predikat "${x.skala}" tidak ada; pilih salah satu: ${ada.join(', ')}`);
  }
  const dir = siapkanFolder(root, x.id);
  const berkas: Record<string, string> = {
    'laporan.yaml': laporanYaml(x),
    'kinerja.yaml': KINERJA_CONTOH,
    'realisasi.yaml': REALISASI_KOSONG,
    'anggaran.yaml': ANGGARAN_CONTOH,
    ...Object.fromEntries(Object.entries(babKerangka(x)).map(([n, t]) => [join('bab', n), t])),
  };
  for (const [n, t] of Object.entries(berkas)) writeFileSync(join(dir, n), t);
  return Object.keys(berkas).map((n) => join(dir, n));
}

export interface Lanjutan {
  id: string;
  tahun: number;
  periode: Laporan['periode'];
}

/**
 * A new period from an existing report. A new year moves each indicator's result into its history
 * and clears targets of the agreement, realisasi and budget amounts; the next quarter of the same
 * year keeps the quarters entered so far. Typed figures of the old document (`tertulis`) never carry over.
 */
export function lanjutkanLaporan(root: string, dari: string, ke: Lanjutan): { berkas: string[]; catatan: string[] } {
  const asal = folderLaporan(root, dari);
  if (!existsSync(join(asal, 'laporan.yaml'))) throw new GagalBaru(`laporan asal "${dari}" tidak ada di content/laporan/`);
  const muat = muatLaporan(root, dari);
  if (!muat.data) throw new GagalBaru(`laporan asal "${dari}" belum valid; jalankan "npm run check -- ${dari}" dan perbaiki dulu`);
  const lama = hitungLaporan(muat.data);
  const tahunBaru = ke.tahun !== lama.data.laporan.tahun;
  if (ke.tahun < lama.data.laporan.tahun)
    throw new GagalBaru(`tahun ${ke.tahun} lebih awal dari laporan asal (${lama.data.laporan.tahun})`);
  const dir = siapkanFolder(root, ke.id);
  const catatan: string[] = [];
  const baca = (n: string) => parseDocument(readFileSync(join(asal, n), 'utf8'));
  const tulis = (n: string, doc: Document | string) =>
    writeFileSync(join(dir, n), typeof doc === 'string' ? doc : doc.toString({ lineWidth: 0 }));

  // Identity: same kecamatan, new period; a draft until the author says otherwise.
  const lap = baca('laporan.yaml');
  lap.set('draf', true);
  lap.set('tahun', ke.tahun);
  lap.set('periode', lap.createNode(ke.periode.jenis === 'tahunan' ? { jenis: 'tahunan' } : ke.periode));
  lap.set('tanggal', akhirPeriode(ke.tahun, ke.periode));
  if (tahunBaru && lap.has('perjanjianKinerja')) {
    lap.delete('perjanjianKinerja');
    catatan.push('laporan.yaml: tanggal Perjanjian Kinerja tahun lalu dihapus; isi perjanjianKinerja.tanggal tahun ini.');
  }
  tulis('laporan.yaml', lap);

  // Indicators: definitions and Renstra kept; the last result becomes history in a new year.
  const kin = baca('kinerja.yaml');
  hapusKunci(kin, (k) => k === 'tertulis');
  if (tahunBaru) {
    const indikatorLama = simpulIndikator(kin);
    for (const i of lama.indikator) {
      const node = indikatorLama.get(i.input.kode);
      if (!node) continue;
      const riwayat = (node.get('riwayat') as { items?: unknown[] } | undefined) ?? undefined;
      const sudah = i.riwayat.some((r) => r.tahun === lama.data.laporan.tahun);
      if (!sudah) {
        const entri = {
          tahun: lama.data.laporan.tahun,
          ...(i.target !== undefined ? { target: i.target } : {}),
          ...(i.realisasi.ok ? { realisasi: i.realisasi.nilai } : {}),
        };
        if (riwayat && isSeq(riwayat)) riwayat.items.push(kin.createNode(entri));
        else node.set('riwayat', kin.createNode([entri]));
      }
      const target = node.get('target') as YAMLMap;
      target.delete('pkPerubahan');
      const renstra = i.input.target.renstra?.[String(ke.tahun)];
      if (renstra !== undefined) target.set('pkAwal', renstra);
      else
        catatan.push(
          `kinerja.yaml: ${i.input.kode} tidak punya target Renstra ${ke.tahun}; target PK lama (${i.input.target.pkAwal ?? '-'}) dibiarkan, ganti dengan target PK ${ke.tahun}.`,
        );
      node.delete('label');
    }
    catatan.push(`kinerja.yaml: hasil ${lama.namaPeriode} dipindah ke riwayat setiap indikator.`);
  }
  tulis('kinerja.yaml', kin);

  // Realisasi: a new year starts empty; the next quarter keeps the quarters entered so far.
  if (tahunBaru || !existsSync(join(asal, 'realisasi.yaml'))) tulis('realisasi.yaml', REALISASI_KOSONG);
  else {
    const real = baca('realisasi.yaml');
    hapusKunci(real, (k) => k === 'perhitungan' || k === 'tertulis');
    tulis('realisasi.yaml', real);
    catatan.push(
      `realisasi.yaml: nilai triwulan yang sudah ada dipertahankan; isi triwulan ${ke.periode.jenis === 'tahunan' ? 'terakhir' : ke.periode.ke} (perhitungan pembilang/penyebut dihapus).`,
    );
  }

  // Budget: the structure stays; amounts of a new year are entered anew.
  if (existsSync(join(asal, 'anggaran.yaml'))) {
    const ang = baca('anggaran.yaml');
    hapusKunci(ang, (k) => k === 'tertulis' || k === 'jumlahTertulis' || k === 'capaianTertulis');
    if (tahunBaru) {
      hapusKunci(ang, (k) => ['pagu', 'paguAwal', 'realisasi', 'tindakLanjut', 'targetAwal', 'target'].includes(k));
      catatan.push('anggaran.yaml: susunan program/kegiatan/sub kegiatan dipertahankan; pagu dan realisasi dikosongkan.');
    }
    tulis('anggaran.yaml', ang);
  }
  // Everything else the report folder holds (sdm, sarana, lainnya, struktur, logo, images, files added later) carries
  // over as is, so chapters that use it still pass the check; the checker's notes and backups stay with the old period.
  const ditulis = new Set(['laporan.yaml', 'kinerja.yaml', 'realisasi.yaml', 'anggaran.yaml', 'bab', 'CATATAN.md', 'cadangan']);
  for (const n of readdirSync(asal).sort()) {
    if (ditulis.has(n) || existsSync(join(dir, n))) continue;
    cpSync(join(asal, n), join(dir, n), { recursive: true });
    catatan.push(`${n}: disalin apa adanya; perbarui bila ada perubahan.`);
  }
  cpSync(join(asal, 'bab'), join(dir, 'bab'), { recursive: true });
  catatan.push(
    `bab/: disalin dari ${dari}; perbarui teksnya. Angka di dalam <Nilai /> dan tabel mengikuti data baru dengan sendirinya, angka yang diketik tidak.`,
  );
  return { berkas: readdirSync(dir).map((n) => join(dir, n)), catatan };
}
