import { describe, expect, it } from 'vitest';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';

describe('capaian up to each quarter (Jatiroto 2024, Tabel 3.2)', () => {
  const r = hitungLaporan(muatLaporan('.', 'jatiroto-2024').data!);
  const tw = (kode: string) =>
    r.indikator.find((i) => i.input.kode === kode)!.perTriwulan.map((t) => (t.capaian.ok ? Math.trunc(t.capaian.nilai * 100) / 100 : null));

  it('against the year target, each quarter that was entered', () => {
    expect(tw('IKU-1')).toEqual([16.66, 16.66, 46.73, 100]); // 14,62 / 41 / 87,72 of target 87,72
    expect(tw('IKU-2')).toEqual([13.43, 13.42, 34.94, 105.88]); // of target 94,44
  });

  it('a quarter with nothing entered has no point (not the last value carried forward)', () => {
    expect(tw('IPP')).toEqual([null, null, null, 89.52]);
  });
});
