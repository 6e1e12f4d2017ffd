/**
 * Long landscape tables are dense (issue 18 item 5): measured on the real PDF. Kedungkandang's two long tables (every
 * sub kegiatan indicator of 12 kelurahan; the budget with indicators) took 23 landscape pages each with levels all bold
 * and repeated names; now each fits in at most 14, every page but the last at least 80% full.
 */
import { describe, expect, it } from 'vitest';
import { isiHalaman, type IsiHalaman } from './isi-halaman.ts';

/** Runs of consecutive landscape pages: one long table each. */
function tabelLanskap(pdf: string): IsiHalaman[][] {
  const out: IsiHalaman[][] = [];
  for (const h of isiHalaman(pdf).filter((x) => x.lanskap)) {
    const last = out.at(-1);
    if (last && last.at(-1)!.halaman === h.halaman - 1) last.push(h);
    else out.push([h]);
  }
  return out;
}

describe('landscape table pages are filled', () => {
  const tabel = tabelLanskap('dist/kedungkandang-2022/kedungkandang-2022.pdf');
  it('Kedungkandang: the indicator table and the budget table, each within 14 pages', () => {
    const panjang = tabel.filter((t) => t.length > 3);
    expect(panjang.map((t) => t[0].teks.match(/Tabel \d+\.\d+/)?.[0])).toEqual(['Tabel 3.6', 'Tabel 3.7']);
    for (const t of panjang) expect(t.length).toBeLessThanOrEqual(14);
  });
  it('every landscape page but a table’s last is at least 80% full', () => {
    for (const t of tabel) for (const h of t.slice(0, -1)) expect(h.isi, `halaman ${h.halaman}`).toBeGreaterThanOrEqual(0.8);
  });
});
