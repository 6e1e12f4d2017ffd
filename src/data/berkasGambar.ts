/** Image files on disk: inside the report folder, links resolved (a link pointing out of it is refused). */
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { periksaJalurGambar } from '../domain/berkasGambar.ts';

/** True when `berkas` (absolute) is really inside `folder`, links resolved. */
export function diDalamFolder(folder: string, berkas: string): boolean {
  try {
    const r = relative(realpathSync(folder), realpathSync(berkas));
    return !!r && !r.startsWith('..') && !isAbsolute(r);
  } catch {
    return false;
  }
}

/** Why the image `src` of report folder `folder` cannot be used, or undefined when it can. */
export function masalahBerkasGambar(folder: string, src: string): string | undefined {
  const p = periksaJalurGambar(src);
  if ('galat' in p) return p.galat;
  const berkas = join(folder, p.jalur);
  if (!existsSync(berkas)) return `berkas "${p.jalur}" tidak ada di folder laporan (${folder.split(/[\\/]/).slice(-3).join('/')})`;
  if (!diDalamFolder(folder, berkas))
    return `"${p.jalur}" adalah tautan (symlink) ke luar folder laporan: salin berkasnya ke dalam folder laporan`;
  if (lstatSync(berkas).isDirectory()) return `"${p.jalur}" adalah folder, bukan berkas gambar`;
  return undefined;
}
