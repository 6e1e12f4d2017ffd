/** The site as a whole. */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A copy of the project whose content has one report marked as a draft (packages linked; Vite needs real source paths). */
function proyekDenganDraf(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-draf-'));
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    if (existsSync(f)) cpSync(f, join(dir, f), { recursive: true });
  cpSync('content/skala', join(dir, 'content/skala'), { recursive: true });
  cpSync('content/laporan/candipuro-2023-tw2', join(dir, 'content/laporan/candipuro-2023-tw2'), { recursive: true });
  cpSync('content/laporan/candipuro-2023-tw2', join(dir, 'content/laporan/draf-contoh'), { recursive: true });
  const l = join(dir, 'content/laporan/draf-contoh/laporan.yaml');
  writeFileSync(l, `draf: true\n${readFileSync(l, 'utf8').replace('instansi: Kecamatan Candipuro', 'instansi: Kecamatan Contoh Draf')}`);
  return dir;
}

describe('site', () => {
  it('does not publish drafts unless asked to', () => {
    const dir = proyekDenganDraf();
    try {
      const env = { ...process.env };
      delete env.LKJIP_DRAF;
      const r = spawnSync(process.execPath, ['scripts/build.ts', '--tanpa-pdf'], { cwd: dir, encoding: 'utf8', env });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(dir, 'dist/candipuro-2023-tw2/index.html'))).toBe(true);
      expect(existsSync(join(dir, 'dist/draf-contoh'))).toBe(false);
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toContain('Contoh Draf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
