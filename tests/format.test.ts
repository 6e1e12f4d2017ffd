/**
 * The formatter's rules (.prettierrc.json) hold: every file in FORMAT is as Prettier would write it.
 * The list is the whole tree: every tracked file Prettier has a parser for, less .prettierignore (authors' data and
 * chapters, fixtures kept byte for byte, Markdown prose); .astro components through prettier-plugin-astro.
 *
 * Checking the whole tree costs ~10 s of CPU, most of the fast project, so a file Prettier accepted is remembered by
 * a hash of what decided it (Prettier's version, the options for that file, its path and its exact text) in
 * .cache/format.json, as `prettier --cache --cache-strategy content` does: only files changed since they last passed
 * are formatted again. Any change to the text, the options or Prettier itself is a new hash, checked in full.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as prettier from 'prettier';

const CACHE = '.cache/format.json';

/** Every tracked file Prettier formats (not ignored by .prettierignore, with a parser Prettier knows). */
const FORMAT = await filesToFormat();

async function filesToFormat(): Promise<string[]> {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  const out: string[] = [];
  for (const file of tracked) {
    if (!existsSync(file)) continue;
    const info = await prettier.getFileInfo(file, { ignorePath: '.prettierignore' });
    if (!info.ignored && info.inferredParser) out.push(file);
  }
  return out;
}

/** What decides Prettier's verdict on a file: its version, the options resolved for the file, the path and the text. */
function kunciFormat(file: string, opsi: unknown, teks: string): string {
  return createHash('sha256')
    .update(JSON.stringify([prettier.version, opsi, file]))
    .update('\0')
    .update(teks)
    .digest('hex');
}

const lulus = new Set<string>(existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as string[]) : []);
const lulusKini = new Set<string>();

/** Is the text as Prettier writes it? With `ingat`, a verdict already reached on the same hash is reused and kept. */
async function rapi(file: string, teks: string, ingat = false): Promise<boolean> {
  const opsi = await prettier.resolveConfig(file, { editorconfig: false });
  const kunci = kunciFormat(file, opsi, teks);
  if (ingat && lulus.has(kunci)) return (lulusKini.add(kunci), true);
  const ok = await prettier.check(teks, { ...opsi, filepath: file });
  if (ok && ingat) lulusKini.add(kunci);
  return ok;
}

// Only the hashes of this run's passing files are kept, so the cache never grows beyond the tree.
afterAll(() => {
  mkdirSync('.cache', { recursive: true });
  const tmp = `${CACHE}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify([...lulusKini].sort()));
  renameSync(tmp, CACHE);
});

describe('formatting (Prettier)', () => {
  it.for(FORMAT)('%s is formatted', async (file) => {
    expect(await rapi(file, readFileSync(file, 'utf8'), true), `run: npx prettier --write ${file}`).toBe(true);
  });

  it('the check can fail: double quotes and a missing semicolon are caught', async () => {
    expect(await rapi('tests/contoh.ts', "export const a = 'x';\n")).toBe(true);
    expect(await rapi('tests/contoh.ts', 'export const a = "x"\n')).toBe(false);
  });

  it('the check can fail on a component: a one-line interface and an unindented element in an .astro file are caught', async () => {
    const rapiAstro = '---\ninterface Props {\n  a: string;\n}\n---\n\n<p>{Astro.props.a}</p>\n';
    expect(FORMAT.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(await rapi('src/components/Contoh.astro', rapiAstro)).toBe(true);
    expect(
      await rapi('src/components/Contoh.astro', '---\ninterface Props { a: string }\n---\n<div>\n<p>{Astro.props.a}</p></div>\n'),
    ).toBe(false);
  });

  it('a remembered file is checked again once its text, its options or its path change', () => {
    const k = kunciFormat('a.ts', { semi: true }, 'x;\n');
    expect(kunciFormat('a.ts', { semi: true }, 'x;\n')).toBe(k);
    expect(kunciFormat('a.ts', { semi: true }, 'x; \n')).not.toBe(k);
    expect(kunciFormat('a.ts', { semi: false }, 'x;\n')).not.toBe(k);
    expect(kunciFormat('b.ts', { semi: true }, 'x;\n')).not.toBe(k);
  });
});
