/**
 * The formatter's rules (.prettierrc.json) hold: every file in FORMAT is as Prettier would write it.
 * The list grows to the whole tree once the tree has been formatted in one go (`npx prettier --write .`, done by
 * the maintainer when no other branch is open, so nobody's rebase is one big conflict); until then new files are
 * listed here as they are added.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';

const FORMAT = [
  '.prettierrc.json',
  'vitest.config.ts',
  'tests/vitest.config.ts',
  'tests/salinan.ts',
  'tests/komando.ts',
  'tests/argumen.test.ts',
  'tests/perintah.test.ts',
  'tests/batas.test.ts',
  'tests/format.test.ts',
  'scripts/lib/argumen.ts',
  'src/data/folder.ts',
  'src/domain/ringkasan.ts',
  'tests/komponen.test.ts',
  'tests/domain/ringkasan.test.ts',
];

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
