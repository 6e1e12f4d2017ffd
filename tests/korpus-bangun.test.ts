/**
 * The build on a report from the broken-input corpus: it stops with the checker's messages (file:line,
 * Indonesian) and never with a stack trace, whether the chapter is malformed, asks for data the report
 * lacks, or tries to run code.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { salinKodeProyek } from '../scripts/lib/proyek.ts';
import { bangun } from './salinan.ts';
import { KASUS } from './korpus.ts';

const dibuat: string[] = [];
afterAll(() => dibuat.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CONTOH = [
  '"<60%" in a Markdown table',
  'TabelEfisiensi without an efisiensi rule',
  '{process.exit(7)}',
  'tab in front matter',
  'YAML alias bomb',
  // A plausibility error (issue 21.4) stops the build like any other.
  'realisasi tw4 in a TW III report',
];

describe('the build never shows a stack trace for an author mistake', () => {
  it.each(KASUS.filter((k) => CONTOH.includes(k.nama)))('$nama', (k) => {
    const root = salinKodeProyek();
    dibuat.push(root);
    cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
    k.ubah(root);
    const r = bangun(root, '--tanpa-pdf', '--keluar', join(root, 'dist'));
    const keluaran = `${r.stdout}\n${r.stderr}`;
    expect(r.status, keluaran).toBe(1);
    expect(keluaran).toContain(`${k.berkas}:`);
    expect(keluaran).toMatch(/Build dihentikan/);
    expect(keluaran).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(keluaran).not.toMatch(/Error:|MDXError|TypeError|ReferenceError/);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  });
});
