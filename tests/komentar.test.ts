/**
 * Every exported function of the domain, the data layer and the site bridge says in a doc comment what it gives
 * (a newcomer reads the comment, not the body). Read with TypeScript's parser: function declarations and exported
 * constants holding an arrow or function expression.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const FOLDER = ['src/domain', 'src/data', 'src/site'];

/** Exported functions of a source text that have no /** … *\/ comment. */
function tanpaKomentar(nama: string, teks: string): string[] {
  const src = ts.createSourceFile(nama, teks, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of src.statements) {
    const modifiers = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
    if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    let fungsi: string | undefined;
    if (ts.isFunctionDeclaration(st)) fungsi = st.name?.text;
    else if (ts.isVariableStatement(st)) {
      const d = st.declarationList.declarations[0];
      if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) fungsi = d.name.getText(src);
    }
    if (fungsi && ts.getJSDocCommentsAndTags(st).length === 0) out.push(`${nama}: ${fungsi}`);
  }
  return out;
}

describe('doc comments', () => {
  const berkas = FOLDER.flatMap((d) =>
    readdirSync(d, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))
      .map((f) => join(d, f)),
  );

  it('on every exported function of src/domain, src/data and src/site', () => {
    expect(berkas.length).toBeGreaterThan(30);
    expect(berkas.flatMap((f) => tanpaKomentar(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the check can fail: an exported function or arrow without a doc comment is named', () => {
    const teks =
      '/** Ada. */\nexport function a() {}\nexport function b() {}\n// bukan doc\nexport const c = () => 1;\nexport const d = 2;\n';
    expect(tanpaKomentar('x.ts', teks)).toEqual(['x.ts: b', 'x.ts: c']);
  });
});
