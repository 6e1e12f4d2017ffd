/**
 * The bridge between Astro's content collections and the domain engine: assembles each report's
 * data, computes it once, numbers its captions. Pages and components read only what this returns.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { hitungLaporan, type LaporanTerhitung, type DataLaporan } from '../domain/laporan.ts';
import { nomoriKeterangan, type Nomor } from '../domain/penomoran.ts';
import { romawi } from '../domain/format.ts';
import { periksaSatu, periksaSemua } from '../data/periksaSemua.ts';
import type { Masalah } from '../domain/masalah.ts';

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
  const laporan = await getEntry('laporan', id);
  const kinerja = await getEntry('kinerja', id);
  if (!laporan || !kinerja) throw new Error(`Laporan "${id}" tidak lengkap: laporan.yaml dan kinerja.yaml wajib ada`);
  const skala = await getEntry('skala', laporan.data.skalaPredikat);
  if (!skala) throw new Error(`Skala predikat "${laporan.data.skalaPredikat}" tidak ada di content/skala/`);
  const data: DataLaporan = {
    id,
    laporan: laporan.data,
    kinerja: kinerja.data,
    realisasi: (await getEntry('realisasi', id))?.data ?? {},
    anggaran: (await getEntry('anggaran', id))?.data,
    sdm: (await getEntry('sdm', id))?.data,
    sarana: (await getEntry('sarana', id))?.data,
    lainnya: (await getEntry('lainnya', id))?.data,
    skala: skala.data,
  };
  return { laporan: hitungLaporan(data), ...(await babDanNomor(id, laporan.data.penomoran)) };
}

async function babDanNomor(id: string, penomoran: DataLaporan['laporan']['penomoran']) {
  const bab = (await getCollection('bab', (b) => b.id.startsWith(`${id}/`))).sort((a, b) => a.data.urutan - b.data.urutan || a.id.localeCompare(b.id));
  const nomor = nomoriKeterangan(
    bab.map((b) => ({ bab: b.data.bab, isi: b.body ?? '', kunci: jangkarBab(b) })),
    penomoran,
  );
  return { bab, nomor };
}

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
  const ids = (await getCollection('laporan', (l) => draf || !l.data?.draf)).map((l) => l.id).sort();
  return pratinjau ? ids.filter((id) => !periksaSatu(process.cwd(), id).masalah.some((m) => m.tingkat === 'galat')) : ids;
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
