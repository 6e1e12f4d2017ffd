/** The scaffold of `npm run baru` (scripts/lib/kerangka/): its placeholders, and a report from it that passes the check. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buatLaporan, isiKerangka } from '../scripts/lib/baru.ts';
import { periksaSatu } from '../src/data/periksaSemua.ts';

const root = mkdtempSync(join(tmpdir(), 'lkjip-kerangka-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scaffold templates', () => {
  it('fill their placeholders; an empty one alone on its line removes the line; a missing one is refused', () => {
    expect(isiKerangka('a: {{a}}\n{{b}}\nc\n', { a: '"x"', b: '' })).toBe('a: "x"\nc\n');
    expect(isiKerangka('{{b}}\nc\n', { b: '  b: 1' })).toBe('  b: 1\nc\n');
    expect(() => isiKerangka('{{a}}', {})).toThrow(/\{\{a\}\} tidak diisi/);
  });

  it('make a report with no placeholder left that passes npm run check as a draft', () => {
    cpSync('content/skala', join(root, 'content/skala'), { recursive: true });
    const berkas = buatLaporan(root, {
      id: 'contoh-2025',
      instansi: 'Kecamatan Contoh',
      pemerintah: { jenis: 'kabupaten', nama: 'Contoh' },
      provinsi: 'Jawa Timur',
      tahun: 2025,
      periode: { jenis: 'triwulan', ke: 1 },
      tempat: 'Contoh',
      camat: { nama: 'Nama Camat' },
      skala: 'lumajang-5',
    });
    expect(berkas.length).toBeGreaterThan(8);
    for (const f of berkas) expect(readFileSync(f, 'utf8'), f).not.toContain('{{');
    expect(readFileSync(berkas[0], 'utf8')).toContain('# nip: "19xxxxxx xxxxxx x xxx"');
    expect(periksaSatu(root, 'contoh-2025').masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
  });
});
