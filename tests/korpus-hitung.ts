/**
 * Prints the hostile-input suite's count per kind as a Markdown table (for the closing note of issue 21):
 * `node_modules/.bin/node tests/korpus-hitung.ts`. The cases are those of tests/korpus.ts and the import's
 * (tests/korpus-impor.test.ts); the interrupt and network tests are counted from their files by name.
 */
import { readFileSync } from 'node:fs';
import { hitungPerJenis } from './korpus.ts';

const banyakIt = (berkas: string, pola: RegExp) => (readFileSync(berkas, 'utf8').match(pola) ?? []).length;
const baris = hitungPerJenis().map((x) => ({ jenis: x.jenis, ditolak: x.ditolak, diterima: x.diterima }));
baris.push({ jenis: 'impor' as never, ditolak: banyakIt('tests/korpus-impor.test.ts', /^ {2}\{ nama: |^ {4}nama: /gm), diterima: 0 });
baris.push({ jenis: 'interupsi' as never, ditolak: banyakIt('tests/built/atomik.test.ts', /^ {2}it\(/gm), diterima: 0 });
baris.push({
  jenis: 'jaringan' as never,
  ditolak: banyakIt('tests/built/cetak-peramban.test.ts', /it\('an image URL outside/g),
  diterima: 0,
});
console.log('| jenis | ditolak | diterima |\n|---|---:|---:|');
for (const b of baris) console.log(`| ${b.jenis} | ${b.ditolak} | ${b.diterima} |`);
const t = baris.reduce((a, b) => [a[0] + b.ditolak, a[1] + b.diterima], [0, 0]);
console.log(`| **jumlah** | **${t[0]}** | **${t[1]}** |  (${t[0] + t[1]} kasus)`);
