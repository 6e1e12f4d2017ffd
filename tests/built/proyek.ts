/** A scratch copy of the project with chosen reports, to build variants without touching content/. */
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Copies the code (Vite needs real source paths), links node_modules, copies the scales and the given reports. */
export function salinProyek(laporan: { dari: string; id: string; ubahLaporan?: (yaml: string) => string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-proyek-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    if (existsSync(f)) cpSync(f, join(dir, f), { recursive: true });
  cpSync('content/skala', join(dir, 'content/skala'), { recursive: true });
  for (const l of laporan) {
    cpSync(`content/laporan/${l.dari}`, join(dir, 'content/laporan', l.id), { recursive: true });
    const f = join(dir, 'content/laporan', l.id, 'laporan.yaml');
    if (l.ubahLaporan) writeFileSync(f, l.ubahLaporan(readFileSync(f, 'utf8')));
  }
  return dir;
}

/** Runs the real build in that copy (drafts follow the default rule: LKJIP_DRAF unset). */
export function bangun(dir: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.LKJIP_DRAF;
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: dir, encoding: 'utf8', env });
}
