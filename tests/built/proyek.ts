/** A scratch copy of the project with chosen reports, to build variants without touching content/. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinKodeProyek, bangunProyek } from '../../scripts/lib/proyek.ts';

/** The code, the scales and the given reports (copied from content/laporan, optionally edited). */
export function salinProyek(laporan: { dari: string; id: string; ubahLaporan?: (yaml: string) => string }[]): string {
  const dir = salinKodeProyek();
  for (const l of laporan) {
    cpSync(`content/laporan/${l.dari}`, join(dir, 'content/laporan', l.id), { recursive: true });
    const f = join(dir, 'content/laporan', l.id, 'laporan.yaml');
    if (l.ubahLaporan) writeFileSync(f, l.ubahLaporan(readFileSync(f, 'utf8')));
  }
  return dir;
}

export function bangun(dir: string, ...args: string[]) {
  return bangunProyek(dir, args);
}
