/**
 * Atomic builds: everything is built into a sibling folder (`.dist.baru` beside `dist/`) and
 * `dist/` is replaced only when the whole build succeeded, by two renames of sibling folders on one
 * file system: dist -> .dist.lama, .dist.baru -> dist, then .dist.lama is removed. A web server
 * serving dist/ sees the old site or the new one, never a mix (between the two renames, microseconds
 * apart, the folder is briefly absent). A build that fails or is interrupted removes its scratch
 * folder and leaves dist/ as it was.
 *
 * Rebuilds touch nothing: before the swap, every new file identical to the one already published
 * is replaced by that file itself (same bytes, modification time and inode), and when no file differs at all dist/ is not replaced, so
 * rsync- or `aws s3 sync`-style deploys upload nothing.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';

export interface Tahap {
  /** The published folder. */
  dist: string;
  /** Where this build writes. */
  baru: string;
  /** Where the previous dist/ waits during the swap. */
  lama: string;
}

/** A fresh scratch folder beside dist/; an earlier build killed mid-swap (SIGKILL) is repaired first. */
export function siapkanTahap(dist: string): Tahap & { dipulihkan: boolean } {
  const t = { dist, baru: join(dirname(dist), `.${basename(dist)}.baru`), lama: join(dirname(dist), `.${basename(dist)}.lama`) };
  let dipulihkan = false;
  if (existsSync(t.lama)) {
    if (existsSync(dist)) rmSync(t.lama, { recursive: true, force: true });
    else {
      renameSync(t.lama, dist);
      dipulihkan = true;
    }
  }
  rmSync(t.baru, { recursive: true, force: true });
  mkdirSync(t.baru, { recursive: true });
  return { ...t, dipulihkan };
}

export function buangTahap(t: Tahap): void {
  rmSync(t.baru, { recursive: true, force: true });
}

/** Every file under dir, as paths relative to it with "/" separators, sorted. */
export function daftarBerkas(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const jalan = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) jalan(p);
      else if (e.isFile()) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  jalan(dir);
  return out.sort();
}

/** Copies the published site into the scratch folder (when the site is unchanged), keeping times. */
export function salinSitus(dari: string, ke: string, lewati: (rel: string) => boolean): void {
  for (const rel of daftarBerkas(dari)) {
    if (lewati(rel)) continue;
    const a = join(dari, rel);
    const b = join(ke, rel);
    mkdirSync(dirname(b), { recursive: true });
    copyFileSync(a, b);
    const st = statSync(a);
    utimesSync(b, st.atime, st.mtime);
  }
}

function samaIsi(a: string, b: string): boolean {
  const sa = statSync(a);
  const sb = statSync(b);
  return sa.size === sb.size && readFileSync(a).equals(readFileSync(b));
}

export interface Perbedaan {
  sama: number;
  berubah: string[];
  ditambah: string[];
  dihapus: string[];
}

/**
 * An identical file: the published one itself goes into the new build (a hard link: same inode, the
 * modification time exact to the nanosecond, which utimes cannot set); where links are not possible,
 * a copy with the published time.
 */
function pakaiYangTerbit(terbit: string, baru: string): void {
  rmSync(baru);
  try {
    linkSync(terbit, baru);
  } catch {
    copyFileSync(terbit, baru);
    const st = statSync(terbit);
    utimesSync(baru, st.atimeMs / 1000, st.mtimeMs / 1000);
  }
}

/**
 * Compares the new build with dist/ file by file; an identical file becomes the published file, so
 * only files whose bytes changed look new to a deploy tool.
 */
export function samakanWaktu(t: Tahap): Perbedaan {
  const lama = new Set(daftarBerkas(t.dist));
  const p: Perbedaan = { sama: 0, berubah: [], ditambah: [], dihapus: [] };
  for (const rel of daftarBerkas(t.baru)) {
    const a = join(t.dist, rel);
    const b = join(t.baru, rel);
    if (!lama.delete(rel)) p.ditambah.push(rel);
    else if (samaIsi(a, b)) {
      pakaiYangTerbit(a, b);
      p.sama++;
    } else p.berubah.push(rel);
  }
  p.dihapus = [...lama];
  return p;
}

/**
 * Puts the new build in place. With no file different, dist/ is left exactly as it is (not even
 * replaced by an identical copy). Synchronous on purpose: a signal handler cannot run between the
 * two renames.
 */
export function gantiDist(t: Tahap, beda: Perbedaan): 'tetap' | 'diganti' {
  if (existsSync(t.dist) && !beda.berubah.length && !beda.ditambah.length && !beda.dihapus.length) {
    buangTahap(t);
    return 'tetap';
  }
  if (existsSync(t.dist)) {
    try {
      renameSync(t.dist, t.lama);
    } catch (e) {
      buangTahap(t);
      throw new Error(
        `${basename(t.dist)}/ tidak dapat diganti (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); mungkin ada berkas di dalamnya yang sedang dibuka (mis. PDF di penampil). Tutup lalu jalankan lagi.`,
      );
    }
  }
  try {
    renameSync(t.baru, t.dist);
  } catch (e) {
    // Put the old site back before reporting: dist/ must never stay missing.
    if (existsSync(t.lama)) renameSync(t.lama, t.dist);
    buangTahap(t);
    throw new Error(`${basename(t.dist)}/ tidak dapat diganti (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  rmSync(t.lama, { recursive: true, force: true });
  return 'diganti';
}

/** Writes by copying to a temporary name beside the target, then renaming: a reader never sees half a file. */
export function salinAtomik(dari: string, ke: string): void {
  const tmp = `${ke}.${process.pid}.tmp`;
  copyFileSync(dari, tmp);
  renameSync(tmp, ke);
}

/**
 * The record of what the last build into `dist` did (which PDFs were printed, which files changed),
 * kept outside dist/ so that a rebuild with nothing changed changes nothing there.
 */
export function catatanBuild(root: string, dist: string): string {
  return join(root, '.cache', 'build', `${createHash('sha256').update(dist).digest('hex').slice(0, 12)}.json`);
}
