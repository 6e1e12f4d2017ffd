/**
 * Layers one way (schemas → data → domain → site/components → print), enforced: the domain is plain TypeScript
 * that imports no `astro:` module, no node built-in, no Astro package and nothing from the layers above it, and
 * touches no DOM; the schemas import nothing above them either. Imports are read with TypeScript's own
 * pre-processor (static, dynamic and type-only imports, re-exports), not guessed with a regular expression.
 * Inside the domain, the rules (src/domain/*.ts) do not depend on its presentation part (src/domain/tampilan/):
 * presentation reads the rules, never the other way, except the id-ID formats messages are written in and page keys.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const DI_ATAS = ['src/site', 'src/components', 'src/data', 'src/cetak', 'src/pages', 'src/layouts', 'src/styles', 'scripts'];

function berkasTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(ts|mts)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Every module a file imports, as written. */
function impor(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** Why an import breaks the layer rule, or undefined when it is allowed. */
function pelanggaran(file: string, spesifier: string, terlarang: string[]): string | undefined {
  if (spesifier.startsWith('astro:')) return 'modul astro: (hanya untuk situs/komponen)';
  if (spesifier.startsWith('node:') || builtinModules.includes(spesifier.split('/')[0]))
    return 'modul bawaan node (hanya untuk data/skrip)';
  if (/^(astro|@astrojs\/)/.test(spesifier)) return 'paket Astro';
  if (spesifier.startsWith('.')) {
    const tujuan = relative('.', resolve(dirname(file), spesifier));
    const lapisan = terlarang.find((l) => tujuan === l || tujuan.startsWith(l + '/'));
    if (lapisan) return `lapisan di atasnya (${lapisan})`;
  }
  return undefined;
}

const LAPISAN: { folder: string; terlarang: string[]; tanpaDom: boolean }[] = [
  { folder: 'src/domain', terlarang: DI_ATAS, tanpaDom: true },
  { folder: 'src/schemas', terlarang: DI_ATAS, tanpaDom: true },
];

describe.each(LAPISAN)('$folder', ({ folder, terlarang, tanpaDom }) => {
  const files = berkasTs(folder);

  it('has files to check', () => expect(files.length).toBeGreaterThan(3));

  it('imports only what its layer may (no astro:, no node:, nothing from the layers above)', () => {
    const temuan = files.flatMap((f) =>
      impor(f).flatMap((s) => {
        const alasan = pelanggaran(f, s, terlarang);
        return alasan ? [`${f}: import '${s}': ${alasan}`] : [];
      }),
    );
    expect(temuan).toEqual([]);
  });

  it.runIf(tanpaDom)('touches no DOM (document, window, navigator)', () => {
    const temuan = files.filter((f) =>
      /\b(document|window|navigator)\s*[.[]/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(temuan).toEqual([]);
  });
});

const TAMPILAN = 'src/domain/tampilan';
/** What the rules may take from the presentation part: the formats of their messages and labels, the page keys (jejak). */
const TAMPILAN_BOLEH = ['src/domain/tampilan/format.ts', 'src/domain/tampilan/slug.ts'];

/** Why a rule module's import reaches into the presentation part, or undefined. */
function aturanMemakaiTampilan(file: string, spesifier: string): string | undefined {
  if (!spesifier.startsWith('.')) return undefined;
  const tujuan = relative('.', resolve(dirname(file), spesifier));
  if (!tujuan.startsWith(TAMPILAN + '/') || TAMPILAN_BOLEH.includes(tujuan)) return undefined;
  return `aturan memakai tampilan (${tujuan})`;
}

describe('src/domain: rules and presentation', () => {
  const aturan = berkasTs('src/domain').filter((f) => !f.startsWith(TAMPILAN + '/'));
  const tampilan = berkasTs(TAMPILAN);

  it('has both parts', () => {
    expect(aturan.length).toBeGreaterThan(10);
    expect(tampilan.length).toBeGreaterThan(5);
  });

  it('the rules import nothing from the presentation part but its formats and page keys', () => {
    const temuan = aturan.flatMap((f) =>
      impor(f).flatMap((s) => {
        const alasan = aturanMemakaiTampilan(f, s);
        return alasan ? [`${f}: import '${s}': ${alasan}`] : [];
      }),
    );
    expect(temuan).toEqual([]);
  });

  it('the check can fail', () => {
    expect(aturanMemakaiTampilan('src/domain/laporan.ts', './tampilan/kutip.ts')).toMatch(/tampilan\/kutip/);
    expect(aturanMemakaiTampilan('src/domain/laporan.ts', './tampilan/format.ts')).toBeUndefined();
    expect(aturanMemakaiTampilan('src/domain/laporan.ts', './capaian.ts')).toBeUndefined();
  });
});

describe('the import reader itself', () => {
  it('sees static, dynamic, type-only imports and re-exports, and flags each kind of violation', () => {
    const f = 'src/domain/contoh.ts';
    expect(pelanggaran(f, 'astro:content', DI_ATAS)).toMatch(/astro:/);
    expect(pelanggaran(f, 'node:fs', DI_ATAS)).toMatch(/bawaan node/);
    expect(pelanggaran(f, 'path', DI_ATAS)).toMatch(/bawaan node/);
    expect(pelanggaran(f, '../data/muat.ts', DI_ATAS)).toMatch(/src\/data/);
    expect(pelanggaran(f, '../../scripts/lib/proyek.ts', DI_ATAS)).toMatch(/scripts/);
    expect(pelanggaran(f, './capaian.ts', DI_ATAS)).toBeUndefined();
    expect(pelanggaran(f, '../schemas/kinerja.ts', DI_ATAS)).toBeUndefined();
    const teks =
      "import a from './a.ts';\nimport type { B } from '../data/b.ts';\nexport * from 'node:fs';\nconst c = await import('astro:content');";
    expect(ts.preProcessFile(teks, true, true).importedFiles.map((x) => x.fileName)).toEqual([
      './a.ts',
      '../data/b.ts',
      'node:fs',
      'astro:content',
    ]);
  });
});
