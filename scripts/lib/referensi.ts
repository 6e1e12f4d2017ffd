/**
 * docs/referensi.md as `npm run referensi` writes it: the reference generated from the schemas and the component
 * catalogue (src/data/referensi.ts), with examples from the kitchen-sink report (every field filled). Shared by the
 * command and the test that keeps the file up to date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buatReferensi, BERKAS_DATA } from '../../src/data/referensi.ts';

export const BERKAS_REFERENSI = 'docs/referensi.md';

/** The reference's text as it should be now. */
export function teksReferensi(): string {
  return buatReferensi(contohData());
}

/** Examples: the kitchen-sink report, which gives every field a value (tests/fixtures/kitchen-sink). */
function contohData(): Record<string, unknown> {
  const dir = 'tests/fixtures/kitchen-sink/content';
  const laporan = join(dir, 'laporan', 'lengkap');
  // "content/skala/<nama>.yaml": the fixture's first file in that folder.
  const pertama = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.yaml'))
          .sort()[0]
      : undefined;
  const out: Record<string, unknown> = {};
  for (const f of BERKAS_DATA) {
    let p = join(laporan, f.berkas);
    if (f.berkas.startsWith('content/')) {
      const folder = join(dir, f.berkas.split('/')[1]);
      const nama = pertama(folder);
      p = nama ? join(folder, nama) : '';
    }
    if (p && existsSync(p)) out[f.berkas] = parse(readFileSync(p, 'utf8'));
  }
  return out;
}
