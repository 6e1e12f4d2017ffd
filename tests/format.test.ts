/**
 * The formatter's rules (.prettierrc.json) hold: every file in FORMAT is as Prettier would write it.
 * The list is the whole tree: every tracked file Prettier has a parser for, less .prettierignore (authors' data and
 * chapters, fixtures kept byte for byte, Markdown prose, .astro until prettier-plugin-astro is added).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as prettier from 'prettier';

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

async function rapi(file: string, teks: string): Promise<boolean> {
  const opsi = await prettier.resolveConfig(file, { editorconfig: false });
  return prettier.check(teks, { ...opsi, filepath: file });
}

describe('formatting (Prettier)', () => {
  it.for(FORMAT)('%s is formatted', async (file) => {
    expect(await rapi(file, readFileSync(file, 'utf8')), `run: npx prettier --write ${file}`).toBe(true);
  });

  it('the check can fail: double quotes and a missing semicolon are caught', async () => {
    expect(await rapi('tests/contoh.ts', "export const a = 'x';\n")).toBe(true);
    expect(await rapi('tests/contoh.ts', 'export const a = "x"\n')).toBe(false);
  });
});
