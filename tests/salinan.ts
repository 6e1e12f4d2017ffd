/**
 * Scratch copies for tests, so no test writes into content/ or tests/fixtures/: the one helper every test uses.
 * Each copy is a fresh temporary folder; a test file that makes copies calls `afterAll(hapusSalinan)`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { salinKodeProyek, bangunProyek } from '../scripts/lib/proyek.ts';
import { folderLaporan } from '../src/data/folder.ts';

const dibuat: string[] = [];

/** A copy of a data tree (content/laporan/…, content/skala/…), by default the valid fixture with its report `contoh`. */
export function salinData(asal = 'tests/fixtures/valid'): string {
  const root = mkdtempSync(join(tmpdir(), 'lkjip-uji-'));
  dibuat.push(root);
  cpSync(asal, root, { recursive: true });
  return root;
}

/** A copy of the project's code and scales with the given reports of content/laporan (renamed, optionally edited), to run the real commands. */
export function salinProyek(laporan: { dari: string; id: string; ubahLaporan?: (yaml: string) => string }[]): string {
  const root = salinKodeProyek();
  dibuat.push(root);
  for (const l of laporan) {
    cpSync(folderLaporan('.', l.dari), folderLaporan(root, l.id), { recursive: true });
    if (l.ubahLaporan) ubahTeks(root, l.id, 'laporan.yaml', l.ubahLaporan);
  }
  return root;
}

/** Edits one file of a report in a copy as text (comments and layout kept). */
export function ubahTeks(root: string, id: string, berkas: string, ubah: (teks: string) => string): void {
  const p = join(folderLaporan(root, id), berkas);
  writeFileSync(p, ubah(readFileSync(p, 'utf8')));
}

/** Edits one YAML file of a report in a copy as data (comments are dropped: use ubahTeks where lines matter). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ubahData(root: string, id: string, berkas: string, ubah: (data: any) => void): void {
  ubahTeks(root, id, berkas, (t) => {
    const d = parse(t);
    ubah(d);
    return stringify(d);
  });
}

/** Runs the real build in a copy (drafts follow the default rule: LKJIP_DRAF unset). */
export const bangun = (root: string, ...args: string[]) => bangunProyek(root, args);

/** Removes every copy made so far by this test file. */
export function hapusSalinan(): void {
  for (const d of dibuat.splice(0)) rmSync(d, { recursive: true, force: true });
}
