/**
 * A new report folder: from nothing (identity, chapter skeletons with guidance, placeholder data that
 * already builds) or from an existing report (`--dari`): identity, Renstra, indicator definitions and
 * budget structure carried over, last period's results moved into history, the rest cleared.
 * Never writes into a folder that exists.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, isSeq, YAMLMap, type Document } from 'yaml';
import { hapusKunci, simpulIndikator } from './simpul-yaml.ts';
import { muatLaporan, kodeSebagaiTeks } from '../../src/data/muat.ts';
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

/** The scaffold's files (scripts/lib/kerangka/): the new report's files as written, with {{name}} placeholders. */
const KERANGKA = fileURLToPath(new URL('./kerangka/', import.meta.url));

/**
 * A scaffold file with its placeholders filled. A placeholder alone on its line whose value is empty removes the
 * line (an optional field); a placeholder without a value is a bug of ours and throws.
 */
export function isiKerangka(teks: string, nilai: Record<string, string>): string {
  const ambil = (k: string) => {
    if (!(k in nilai)) throw new Error(`kerangka: {{${k}}} tidak diisi`);
    return nilai[k];
  };
  return teks
    .replace(/^\{\{(\w+)\}\}\n/gm, (_, k: string) => (ambil(k) ? `${ambil(k)}\n` : ''))
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => ambil(k));
}

/** Every file of a report from nothing (paths relative to its folder), filled with the identity's values. */
function berkasKerangka(x: IdentitasBaru): Record<string, string> {
  const nama = x.instansi.replace(/^Kecamatan\s+/i, '');
  const nilai: Record<string, string> = {
    instansi: x.instansi,
    periode: namaPeriode(x),
  };
  const nilaiLaporan: Record<string, string> = {
    instansi: kutip(x.instansi),
    jenisPemerintah: x.pemerintah.jenis,
    namaPemerintah: kutip(x.pemerintah.nama),
    provinsi: kutip(x.provinsi),
    periode: yamlPeriode(x.periode),
    tahun: String(x.tahun),
    tempat: kutip(x.tempat),
    tanggal: akhirPeriode(x.tahun, x.periode),
    camat: kutip(x.camat.nama),
    jabatan: kutip(`Camat ${nama}`),
    pangkat: x.camat.pangkat ? `  pangkat: ${kutip(x.camat.pangkat)}` : '',
    nip: x.camat.nip ? `  nip: ${kutip(x.camat.nip)}` : '  # nip: "19xxxxxx xxxxxx x xxx"  (18 angka, dalam tanda kutip)',
    skala: x.skala,
  };
  const baca = (n: string) => readFileSync(join(KERANGKA, n), 'utf8');
  const bab = readdirSync(join(KERANGKA, 'bab'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return {
    'laporan.yaml': isiKerangka(baca('laporan.yaml'), nilaiLaporan),
    'kinerja.yaml': baca('kinerja.yaml'),
    'realisasi.yaml': baca('realisasi.yaml'),
    'anggaran.yaml': baca('anggaran.yaml'),
    ...Object.fromEntries(bab.map((f) => [join('bab', f), isiKerangka(baca(join('bab', f)), nilai)])),
  };
}

/** A report from nothing. Returns the files written. */
export function buatLaporan(root: string, x: IdentitasBaru): string[] {
  if (!existsSync(join(root, 'content', 'skala', `${x.skala}.yaml`))) {
    const ada = readdirSync(join(root, 'content', 'skala')).map((f) => f.replace(/\.yaml$/, ''));
    throw new GagalBaru(`skala predikat "${x.skala}" tidak ada; pilih salah satu: ${ada.join(', ')}`);
  }
  const dir = siapkanFolder(root, x.id);
  const berkas = berkasKerangka(x);
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
  // Codes as typed (an unquoted 01 would be written back as 1): the loader's reading, src/data/muat.ts.
  const baca = (n: string) => {
    const doc = parseDocument(readFileSync(join(asal, n), 'utf8'));
    kodeSebagaiTeks(doc, n === 'realisasi.yaml');
    return doc;
  };
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
  if (tahunBaru || !existsSync(join(asal, 'realisasi.yaml')))
    tulis('realisasi.yaml', readFileSync(join(KERANGKA, 'realisasi.yaml'), 'utf8'));
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
