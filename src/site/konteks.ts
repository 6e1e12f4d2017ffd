/**
 * The bridge between Astro's content collections and the domain engine: assembles each report's
 * data, computes it once, numbers its captions. Pages and components read only what this returns.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { hitungLaporan, type LaporanTerhitung, type DataLaporan } from '../domain/laporan.ts';
import { nomoriKeterangan, type Nomor } from '../domain/penomoran.ts';
import { romawi } from '../domain/format.ts';

export interface KonteksLaporan {
  laporan: LaporanTerhitung;
  bab: CollectionEntry<'bab'>[];
  nomor: Map<string, Nomor>;
  media: 'web' | 'cetak';
}

const cache = new Map<string, Promise<Omit<KonteksLaporan, 'media'>>>();

async function susun(id: string): Promise<Omit<KonteksLaporan, 'media'>> {
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
  const bab = (await getCollection('bab', (b) => b.id.startsWith(`${id}/`))).sort((a, b) => a.data.urutan - b.data.urutan || a.id.localeCompare(b.id));
  const nomor = nomoriKeterangan(
    bab.map((b) => ({ bab: b.data.bab, isi: b.body ?? '', kunci: jangkarBab(b) })),
    laporan.data.penomoran,
  );
  return { laporan: hitungLaporan(data), bab, nomor };
}

export async function konteksLaporan(id: string, media: KonteksLaporan['media']): Promise<KonteksLaporan> {
  let p = cache.get(id);
  if (!p) {
    p = susun(id);
    cache.set(id, p);
  }
  return { ...(await p), media };
}

/** Reports to publish: drafts only with LKJIP_DRAF=1 (which `npm run dev` sets). */
export async function semuaIdLaporan(): Promise<string[]> {
  const draf = process.env.LKJIP_DRAF === '1';
  return (await getCollection('laporan', (l) => draf || !l.data.draf)).map((l) => l.id).sort();
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
