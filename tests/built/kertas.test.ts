/**
 * Paper settings, on a copy of the Candipuro report: F4 (215 × 330 mm) and duplex printing
 * (bolakBalik: every BAB opens on a right-hand page; added blank pages carry no number).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { salinProyek, bangun, hapusSalinan } from '../salinan.ts';
import { halamanTeks } from './pdf.ts';

let dir = '';
let pdf = '';
beforeAll(() => {
  dir = salinProyek([{ dari: 'candipuro-2023-tw2', id: 'candipuro-f4', ubahLaporan: (t) => `${t}\nkertas: F4\nbolakBalik: true\n` }]);
  const r = bangun(dir);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  pdf = join(dir, 'dist/candipuro-f4/candipuro-f4.pdf');
}, 180_000);
afterAll(hapusSalinan);

describe('F4 and duplex', () => {
  it('every page is F4 portrait (215 × 330 mm = 609.4 × 935.4 pt)', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(sizes.length).toBeGreaterThan(10);
    for (const s of sizes) expect(s).toEqual([609, 935]);
  });

  it('each BAB opens on an odd (right-hand) page, and a page left blank for it shows nothing', () => {
    const pages = halamanTeks(pdf);
    const awalBab = pages.flatMap((p, i) => (/^\s*BAB [IV]+\s*$/m.test(p) && !/DAFTAR ISI/.test(p) ? [i + 1] : []));
    expect(awalBab.length).toBe(4);
    for (const n of awalBab) expect(n % 2, `BAB on physical page ${n}`).toBe(1);
    const kosong = pages.filter((p) => p.trim() === '');
    expect(kosong.length).toBeGreaterThan(0);
  });
});
