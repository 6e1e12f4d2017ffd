/**
 * The bridge between the report loader and the pages: each report's data comes from the one loader
 * (src/data/periksaSemua.ts, the same path as `npm run check`), computed once; only the chapters come
 * from Astro's collection (to render them). Numbers the captions. Pages and components read only what
 * this returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import type { LaporanTerhitung, DataLaporan } from '../domain/laporan.ts';
import { nomoriKeterangan, type Nomor } from '../domain/tampilan/penomoran.ts';
import { romawi } from '../domain/tampilan/format.ts';
import { periksaSatu, periksaSemua, muatTerhitung, type HasilPeriksa } from '../data/periksaSemua.ts';
import { daftarLaporan } from '../data/muat.ts';
import type { Masalah } from '../domain/masalah.ts';
import { formatMasalah } from '../data/masalah.ts';

export interface KonteksLaporan {
  laporan: LaporanTerhitung;
  bab: CollectionEntry<'bab'>[];
  nomor: Map<string, Nomor>;
  media: 'web' | 'cetak';
}

const cache = new Map<string, Promise<Omit<KonteksLaporan, 'media'>>>();

/** npm run dev: data read and validated from disk on every request, bad reports listed instead of rendered. */
const pratinjau = process.env.LKJIP_PRATINJAU === '1';

async function susun(id: string): Promise<Omit<KonteksLaporan, 'media'>> {
  if (pratinjau) {
    const p = periksaSatu(process.cwd(), id);
    if (!p.laporan) throw new Error(`Laporan "${id}" belum valid: jalankan "npm run check -- ${id}"`);
    return { laporan: p.laporan, ...(await babDanNomor(id, p.laporan.data.laporan.penomoran)) };
  }
  const p = dataLaporan(id);
  if (!p.laporan) {
    const galat = p.masalah.filter((m) => m.tingkat === 'galat');
    throw new Error(`Laporan "${id}" belum valid (jalankan "npm run check -- ${id}"):\n${galat.map(formatMasalah).join('\n')}`);
  }
  return { laporan: p.laporan, ...(await babDanNomor(id, p.laporan.data.laporan.penomoran)) };
}

const dimuat = new Map<string, HasilPeriksa>();
/** The build: each report loaded once, through the same loader as the check. */
function dataLaporan(id: string): HasilPeriksa {
  let p = dimuat.get(id);
  if (!p) {
    p = muatTerhitung(process.cwd(), id);
    dimuat.set(id, p);
  }
  return p;
}

async function babDanNomor(id: string, penomoran: DataLaporan['laporan']['penomoran']) {
  const bab = (await getCollection('bab', (b) => b.id.startsWith(`${id}/`))).sort(
    (a, b) => a.data.urutan - b.data.urutan || a.id.localeCompare(b.id),
  );
  const nomor = nomoriKeterangan(
    bab.map((b) => ({ bab: b.data.bab, isi: b.body ?? '', kunci: jangkarBab(b) })),
    penomoran,
  );
  return { bab, nomor };
}

/** The rendering context of a report (computed report, caption numbers), built once per build, afresh in preview. */
export async function konteksLaporan(id: string, media: KonteksLaporan['media']): Promise<KonteksLaporan> {
  let p = pratinjau ? undefined : cache.get(id);
  if (!p) {
    p = susun(id);
    cache.set(id, p);
  }
  return { ...(await p), media };
}

/** Reports to publish: drafts only with LKJIP_DRAF=1 (which `npm run dev` sets); in the preview, only valid ones. */
export async function semuaIdLaporan(): Promise<string[]> {
  const draf = process.env.LKJIP_DRAF === '1';
  const ids = daftarLaporan(join(process.cwd(), 'content'));
  if (pratinjau)
    return ids
      .map((id) => periksaSatu(process.cwd(), id))
      .filter((p) => p.laporan && (draf || !p.laporan.data.laporan.draf))
      .map((p) => p.id);
  // A report that does not load stays in the list, so that building it fails with its errors.
  return ids.filter((id) => draf || !dataLaporan(id).laporan?.data.laporan.draf);
}

/** Preview only: reports that cannot be shown yet, with their errors (file, line, field, reason). */
export function laporanBelumValid(): { id: string; masalah: Masalah[] }[] {
  if (!pratinjau) return [];
  return periksaSemua(process.cwd())
    .map((p) => ({ id: p.id, masalah: p.masalah.filter((m) => m.tingkat === 'galat') }))
    .filter((p) => p.masalah.length);
}

/** Anchor id of a chapter: "bab-3", "kata-pengantar", "lampiran-1". */
export function jangkarBab(b: CollectionEntry<'bab'>): string {
  const nama = b.id.split('/').pop()!;
  return b.data.jenis === 'bab' ? `bab-${b.data.bab}` : nama.replace(/^\d+-/, '');
}

/** "BAB III" for a numbered chapter, "" otherwise. */
export function labelBab(b: CollectionEntry<'bab'>): string {
  return b.data.jenis === 'bab' && b.data.bab ? `BAB ${romawi(b.data.bab)}` : '';
}

/** Every published report, computed (home page, indicator pages). */
export async function semuaLaporan(): Promise<KonteksLaporan[]> {
  return Promise.all((await semuaIdLaporan()).map((id) => konteksLaporan(id, 'web')));
}
