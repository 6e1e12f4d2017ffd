/** The site as a whole. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, bangun } from './proyek.ts';

describe('site', () => {
  it('does not publish drafts unless asked to', () => {
    const dir = salinProyek([
      { dari: 'candipuro-2023-tw2', id: 'candipuro-2023-tw2' },
      { dari: 'candipuro-2023-tw2', id: 'draf-contoh', ubahLaporan: (t) => `draf: true\n${t.replace('instansi: Kecamatan Candipuro', 'instansi: Kecamatan Contoh Draf')}` },
    ]);
    try {
      const r = bangun(dir, '--tanpa-pdf');
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(existsSync(join(dir, 'dist/candipuro-2023-tw2/index.html'))).toBe(true);
      expect(existsSync(join(dir, 'dist/draf-contoh'))).toBe(false);
      expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).not.toContain('Contoh Draf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
