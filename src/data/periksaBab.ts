/**
 * Checks the chapters (bab/*.mdx) of a report before Astro renders them: front matter, known
 * components, and every reference to data (indicator codes, budget codes, activity lists, table
 * labels). A wrong reference is reported with file and line instead of failing deep inside the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { babSchema } from '../schemas/bab.ts';
import { folderLaporan } from './folder.ts';
import { NAMA_KOMPONEN } from '../domain/komponen.ts';
import { nomoriKeterangan } from '../domain/penomoran.ts';
import { ratakan } from '../domain/anggaran.ts';
import type { LaporanTerhitung } from '../domain/laporan.ts';
import { jalurTeks, type Masalah } from '../domain/masalah.ts';

interface Pemakaian {
  nama: string;
  atribut: Record<string, string>;
  baris: number;
}

/** Component tags with literal string attributes: <Nilai indikator="IKU-1" besaran="capaian" />. */
export function pemakaianKomponen(isi: string): Pemakaian[] {
  const out: Pemakaian[] = [];
  for (const m of isi.matchAll(/<([A-Z]\w*)\b([^>]*?)\/?>/g)) {
    const atribut: Record<string, string> = {};
    for (const a of m[2].matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|\{(\d+)\})/g)) atribut[a[1]] = a[2] ?? a[3] ?? a[4];
    out.push({ nama: m[1], atribut, baris: isi.slice(0, m.index).split('\n').length });
  }
  return out;
}

export function periksaBab(root: string, laporan: LaporanTerhitung): Masalah[] {
  const folder = join(folderLaporan(root, laporan.data.id), 'bab');
  if (!existsSync(folder)) return [];
  const out: Masalah[] = [];
  const files = readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort();
  const bab: { berkas: string; isi: string; nomorBab?: number }[] = [];
  for (const f of files) {
    const berkas = relative(root, join(folder, f));
    const teks = readFileSync(join(folder, f), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n?/.exec(teks);
    const galat = (baris: number, jalur: string, pesan: string) => out.push({ tingkat: 'galat', berkas, baris, jalur, pesan });
    if (!fm) {
      galat(1, '(front matter)', 'bab harus diawali front matter: baris "---", judul, jenis, urutan, lalu "---"');
      continue;
    }
    const hasil = babSchema.safeParse(parse(fm[1]) ?? {});
    if (!hasil.success) for (const i of hasil.error.issues) galat(2, jalurTeks(i.path as (string | number)[]), i.message);
    bab.push({ berkas, isi: teks, nomorBab: hasil.success ? hasil.data.bab : undefined });
  }

  let label = new Map<string, unknown>();
  try {
    label = nomoriKeterangan(bab.map((b) => ({ bab: b.nomorBab, isi: b.isi })), laporan.data.laporan.penomoran);
  } catch (e) {
    out.push({ tingkat: 'galat', berkas: relative(root, folder), jalur: 'label', pesan: (e as Error).message });
  }
  const indikator = new Set(laporan.indikator.map((i) => i.input.kode));
  const kodeAnggaran = new Set(ratakan(laporan.program).map((b) => b.kode).filter(Boolean));
  const aktivitas = new Set(laporan.data.lainnya?.aktivitas.map((a) => a.id) ?? []);
  const dikenal = new Set<string>(NAMA_KOMPONEN);

  for (const b of bab) {
    for (const p of pemakaianKomponen(b.isi)) {
      const galat = (atribut: string, pesan: string) => out.push({ tingkat: 'galat', berkas: b.berkas, baris: p.baris, jalur: `<${p.nama} ${atribut}>`, pesan });
      if (!dikenal.has(p.nama)) {
        galat('', `komponen <${p.nama}> tidak dikenal; yang tersedia: ${NAMA_KOMPONEN.join(', ')}`);
        continue;
      }
      const a = p.atribut;
      if ((p.nama.startsWith('Tabel') || p.nama.startsWith('Grafik')) && !a.label) galat('label', 'tabel dan grafik harus memiliki label="..." agar bernomor dan dapat dirujuk');
      if (p.nama === 'Rujuk' && a.ke !== undefined && !label.has(a.ke)) galat('ke', `tidak ada tabel atau gambar berlabel "${a.ke}"; label yang ada: ${[...label.keys()].join(', ')}`);
      for (const key of ['indikator', 'perhitungan'] as const) {
        if (a[key] !== undefined && (p.nama === 'Nilai' || p.nama === 'Perhitungan') && !indikator.has(a[key]))
          galat(key, `indikator "${a[key]}" tidak ada di kinerja.yaml; kode yang ada: ${[...indikator].join(', ')}`);
      }
      if (p.nama === 'Nilai' && a.anggaran !== undefined && a.anggaran !== 'jumlah' && !kodeAnggaran.has(a.anggaran))
        galat('anggaran', `kode anggaran "${a.anggaran}" tidak ada di anggaran.yaml (atau tulis anggaran="jumlah")`);
      const daftar = p.nama === 'TabelAktivitas' ? a.daftar : p.nama === 'Nilai' ? a.aktivitas : undefined;
      if (daftar !== undefined && !aktivitas.has(daftar)) galat(p.nama === 'Nilai' ? 'aktivitas' : 'daftar', `daftar aktivitas "${daftar}" tidak ada di lainnya.yaml`);
    }
  }
  return out;
}
