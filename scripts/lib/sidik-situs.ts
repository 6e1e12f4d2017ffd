/**
 * Whether the website must be built again: a fingerprint of everything the site is made from (data,
 * chapters, code, styles, configuration, installed package versions, the settings that change
 * output). Astro has no incremental build, so a rebuild with nothing changed skips it entirely.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SUMBER = [
  'content',
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'scripts/build.ts',
  'scripts/lib/cari.ts',
];

function tambah(h: ReturnType<typeof createHash>, root: string, rel: string): void {
  const p = join(root, rel);
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    // Backups written by the import are not part of the site.
    for (const n of readdirSync(p).sort()) if (n !== 'cadangan') tambah(h, root, join(rel, n));
  } else h.update(rel).update(readFileSync(p));
}

export function sidikSitus(root: string, dist: string): string {
  const h = createHash('sha256');
  h.update(`${dist}|${process.env.LKJIP_DRAF ?? ''}`);
  for (const s of SUMBER) tambah(h, root, s);
  return h.digest('hex');
}

/** Where the fingerprint of the site last built into `dist` is kept (outside dist/, which Astro empties). */
function berkasCatatan(root: string, dist: string): string {
  return join(root, '.cache', 'situs', `${createHash('sha256').update(dist).digest('hex').slice(0, 12)}.sidik`);
}

/** The site in dist/ was built from exactly these inputs and is still there. */
export function situsMasihSama(root: string, sidik: string, dist: string): boolean {
  const f = berkasCatatan(root, dist);
  if (!existsSync(f) || !existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind'))) return false;
  return readFileSync(f, 'utf8').trim() === sidik;
}

export function catatSitus(root: string, sidik: string, dist: string): void {
  const f = berkasCatatan(root, dist);
  mkdirSync(dirname(f), { recursive: true });
  writeFileSync(f, sidik + '\n');
}
