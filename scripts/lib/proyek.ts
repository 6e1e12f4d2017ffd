/**
 * A scratch copy of the project, to build variants (synthetic reports, paper settings, drafts)
 * without touching content/: code and configuration copied (Vite needs real source paths),
 * node_modules linked, the predikat scales copied.
 */
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function salinKodeProyek(asal = '.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-proyek-'));
  symlinkSync(resolve(asal, 'node_modules'), join(dir, 'node_modules'));
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    if (existsSync(join(asal, f))) cpSync(join(asal, f), join(dir, f), { recursive: true });
  cpSync(join(asal, 'content/skala'), join(dir, 'content/skala'), { recursive: true });
  cpSync(join(asal, 'content/skala-efisiensi'), join(dir, 'content/skala-efisiensi'), { recursive: true });
  return dir;
}

/** Runs the real build in a copy (drafts follow the default rule: LKJIP_DRAF unset). */
export function bangunProyek(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const e = { ...process.env, ...env };
  if (!('LKJIP_DRAF' in env)) delete e.LKJIP_DRAF;
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf8', env: e });
}
