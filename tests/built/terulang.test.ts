/**
 * Reproducible output (issue 21.7): two clean builds of one commit, in two scratch copies at different paths
 * (as two CI runners would), the second in another time zone and locale, give the same files with the same
 * bytes, PDFs included (their dates are the report's, their structure ids renumbered: scripts/lib/pdf-tetap.ts).
 * A difference names the files, so what leaked (a date, an absolute path, an order) can be found.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, hapusSalinan } from '../salinan.ts';
import { bangunProyek } from '../../scripts/lib/proyek.ts';
import { potretDist } from './potret.ts';

afterAll(hapusSalinan);

/** A clean build of every sample report in a fresh copy: file -> SHA-256. */
const bersih = (env: NodeJS.ProcessEnv = {}) => {
  const dir = salinProyek(readdirSync('content/laporan').map((id) => ({ dari: id, id })));
  const r = bangunProyek(dir, [], env);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  return Object.fromEntries(Object.entries(potretDist(join(dir, 'dist'))).map(([f, b]) => [f, b.sha256]));
};

describe('two clean builds of one commit', () => {
  it('produce byte-identical files, every file including the PDFs', () => {
    const a = bersih({ TZ: 'UTC', LANG: 'C.UTF-8' });
    // UTC+14: the calendar date differs from UTC's most of the day, so a build date or local time would show.
    const b = bersih({ TZ: 'Pacific/Kiritimati', LANG: 'id_ID.UTF-8' });
    expect(Object.keys(a).filter((f) => f.endsWith('.pdf')).length).toBe(readdirSync('content/laporan').length);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const beda = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(beda, `files that differ between two clean builds:\n${beda.join('\n')}`).toEqual([]);
  }, 1_800_000);
});
