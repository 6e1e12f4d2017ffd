/**
 * Local images of a report for Astro's image pipeline: every image under content/laporan/ is known to
 * Vite at build time (import.meta.glob), so a chapter's literal path resolves to optimised assets.
 * A path outside the report folder, or a link pointing out of it, is refused here as in the checker.
 */
import type { ImageMetadata } from 'astro';
import { join } from 'node:path';
import { periksaJalurGambar } from '../domain/berkasGambar.ts';
import { diDalamFolder } from '../data/berkasGambar.ts';

const semua = import.meta.glob<{ default: ImageMetadata }>('/content/laporan/**/*.{png,jpg,jpeg,webp,svg,PNG,JPG,JPEG,WEBP,SVG}');

/** An image of a report folder, checked (a safe relative path that exists) and loaded for astro:assets. */
export async function muatGambar(idLaporan: string, src: string): Promise<ImageMetadata> {
  const p = periksaJalurGambar(src);
  if ('galat' in p) throw new Error(`gambar laporan ${idLaporan}: ${p.galat}`);
  const folder = join(process.cwd(), 'content', 'laporan', idLaporan);
  const muat = semua[`/content/laporan/${idLaporan}/${p.jalur}`];
  if (!muat) throw new Error(`gambar "${src}" tidak ada di folder content/laporan/${idLaporan}/`);
  if (!diDalamFolder(folder, join(folder, p.jalur))) throw new Error(`gambar "${src}" menunjuk ke luar folder laporan ${idLaporan}`);
  return (await muat()).default;
}
