import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rasioKontras, kontrasLencana, LATAR_LENCANA, KONTRAS_MINIMAL } from '../../src/domain/kontras.ts';
import { skalaSchema } from '../../src/schemas/skala.ts';

describe('contrast of band colours', () => {
  it('WCAG ratios: black on white 21:1, #777777 on white 4,48:1, a colour with itself 1:1', () => {
    expect(rasioKontras('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(rasioKontras('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(rasioKontras('#1d4e89', '#1d4e89')).toBe(1);
  });

  it('is measured on the backgrounds the stylesheet gives a badge (page and header cells)', () => {
    const css = readFileSync('src/styles/web.css', 'utf8');
    expect(css).toMatch(new RegExp(`--latar:\\s*${LATAR_LENCANA[0]}`));
    expect(css).toMatch(new RegExp(`table\\.data thead th \\{\\s*background:\\s*${LATAR_LENCANA[1]}`));
    // The badge draws its band colour as a border: the only coloured part.
    expect(css).toMatch(/\.predikat \{[^}]*border: 2px solid var\(--warna/);
    expect(kontrasLencana('#a15c07').latar).toBe('#eef1f5');
  });

  it('every colour of the shipped scales passes; a pale one is refused at its path with the ratio', () => {
    for (const f of ['lumajang-5', 'malang-4', 'warna-3']) {
      const teks = readFileSync(`content/skala/${f}.yaml`, 'utf8');
      for (const w of teks.match(/#[0-9a-f]{6}/gi) ?? []) expect(kontrasLencana(w).rasio, w).toBeGreaterThanOrEqual(KONTRAS_MINIMAL);
    }
    const r = skalaSchema.safeParse({
      id: 's',
      nama: 'S',
      pita: [
        { predikat: 'Kurang', kurangDari: 100, warna: '#ffcc00' },
        { predikat: 'Baik', minimal: 100, warna: '#1b5e20' },
      ],
    });
    expect(r.success).toBe(false);
    const i = r.error!.issues[0];
    expect(i.path).toEqual(['pita', 0, 'warna']);
    expect(i.message).toMatch(/#ffcc00 terlalu pucat: kontrasnya dengan latar #eef1f5 hanya 1,33:1, paling sedikit 3:1/);
  });
});
