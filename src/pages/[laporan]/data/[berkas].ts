/** The report's open data files: /<report>/data/indikator.csv, .json, anggaran.csv, .json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { semuaIdLaporan, konteksLaporan } from '../../../site/konteks.ts';
import { berkasData } from '../../../domain/tampilan/unduhan.ts';

export const getStaticPaths = (async () => {
  const out = [];
  for (const laporan of await semuaIdLaporan()) {
    const k = await konteksLaporan(laporan, 'web');
    for (const b of berkasData(k.laporan)) out.push({ params: { laporan, berkas: b.nama }, props: { isi: b.isi, jenis: b.jenis } });
  }
  return out;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.isi as string, {
    headers: { 'Content-Type': props.jenis === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
