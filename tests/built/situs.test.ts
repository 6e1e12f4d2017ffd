/** The site as a whole. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('site', () => {
  it('does not publish drafts unless asked to', () => {
    const out = mkdtempSync(join(tmpdir(), 'lkjip-situs-'));
    try {
      const env = { ...process.env };
      delete env.LKJIP_DRAF;
      const r = spawnSync(process.execPath, ['scripts/build.ts', '--tanpa-pdf', '--keluar', out], { encoding: 'utf8', env });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(out, 'candipuro-2023-tw2/index.html'))).toBe(true);
      expect(existsSync(join(out, 'jatiroto-2024'))).toBe(false);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('Jatiroto');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
