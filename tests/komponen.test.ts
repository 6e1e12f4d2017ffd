/**
 * Components render, the domain computes: a component file (.astro under src/components) sums nothing (`.reduce(`),
 * does no arithmetic on amounts, and imports from src/domain only formatters and constants — every figure it shows
 * comes from the computed report (src/domain/laporan.ts, ringkasan.ts, wilayah.ts; jejak.ts for the indicator pages).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a component may import from src/domain: anything from its presentation part (src/domain/tampilan/: formats,
 * slugs, chart data, quotes, the org chart's and cover's layout), and from the rules only NIP formatting and constants.
 */
const TAMPILAN = 'tampilan/';
const BOLEH: Record<string, '*' | string[]> = {
  'nip.ts': '*',
  'triwulan.ts': ['TRIWULAN'],
  'efisiensi.ts': ['RUMUS_EFISIENSI'],
  'predikat.ts': ['rentangPita'], // a band written as text
  'ringkasan.ts': ['urutMenurun'], // ordering only
  'lapisan.ts': ['LAPISAN', 'NAMA_LAPISAN'], // target layer names (constants)
  'anggaranPohon.ts': ['judulSampai', 'sebutanTingkat', 'urutanTingkat'], // budget level names and order (the levels table)
};
const boleh = (modul: string): '*' | string[] | undefined => (modul.startsWith(TAMPILAN) ? '*' : BOLEH[modul]);

const AKAR = 'src/components';
const berkas = readdirSync(AKAR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro'))
  .sort();

/** Code without comments and without the text of quoted strings (template literals keep their ${…} code). */
function kode(teks: string): string {
  return teks
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
}

const JUMLAH = /\b[\w.]*(?:pagu|realisasi|nilai|jumlah|target|capaian|sisa|penyerapan|anggaran|orang)\w*(?:\s*\)|\])?\s*[-+*/]\s*[\w(.]/gi;

/** Every rule a component file breaks, one line each. */
function temuanKomponen(nama: string, teks: string): string[] {
  const out: string[] = [];
  const k = kode(teks);
  if (k.includes('.reduce(')) out.push(`${nama}: sums with .reduce(`);
  for (const m of k.matchAll(JUMLAH)) out.push(`${nama}: arithmetic \`${m[0]}\``);
  for (const m of teks.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+'(?:\.\.\/)+domain\/([^']+)'/gm)) {
    const bolehnya = boleh(m[2]);
    for (const n of m[1]
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x && !x.startsWith('type '))) {
      if (bolehnya !== '*' && !bolehnya?.includes(n)) out.push(`${nama}: imports ${n} from ${m[2]}`);
    }
  }
  for (const m of teks.matchAll(/^import\s+(?!type\b)(\w+|\*\s+as\s+\w+)\s+from\s+'(?:\.\.\/)+domain\/([^']+)'/gm))
    if (boleh(m[2]) !== '*') out.push(`${nama}: imports ${m[1]} from ${m[2]}`);
  return out;
}

describe('components render, the domain computes', () => {
  it('finds the component files', () => expect(berkas.length).toBeGreaterThan(20));

  it('no component computes', () => {
    const temuan = berkas.flatMap((f) => temuanKomponen(f, readFileSync(join(AKAR, f), 'utf8')));
    expect(temuan).toEqual([]);
  });

  it('the check can fail: a sum, arithmetic on an amount and a calculator import are each caught', () => {
    const contoh = [
      "import { capaian } from '../../domain/capaian.ts';",
      "import { rupiah } from '../../domain/tampilan/format.ts';",
      "import type { Hasil } from '../../domain/hasil.ts';",
      '---',
      'const total = r.program.reduce((a, b) => a + b.pagu, 0);',
      'const sisa = b.pagu - b.realisasi;',
      "const label = 'pagu - realisasi'; // text, not code",
    ].join('\n');
    expect(temuanKomponen('X.astro', contoh)).toEqual([
      'X.astro: sums with .reduce(',
      'X.astro: arithmetic `b.pagu - b`',
      'X.astro: imports capaian from capaian.ts',
    ]);
  });
});
