import { describe, expect, it } from 'vitest';
import { hitungLaporan, realisasiPeriode } from '../../src/domain/laporan.ts';
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

describe('the period realisasi needs the period’s last quarter (new-user finding)', () => {
  // Before: a TW III report with tw3 left empty printed TW II's 75 as the realisasi "s.d. TW III", in the mean too.
  it('an empty last quarter is not replaced by an earlier one, whatever the aggregation', () => {
    for (const agregasi of ['terakhir', 'kumulatif', 'maksimum'] as const)
      expect(realisasiPeriode({ tw1: 62.5, tw2: 75 }, agregasi, 3)).toEqual({
        ok: false,
        alasan: 'realisasi triwulan III (tw3) belum diisi',
      });
  });

  it('the entered year total stands in; a filled last quarter is used as before', () => {
    expect(realisasiPeriode({ tw1: 62.5, tw2: 75, tahunan: 80 }, 'terakhir', 3)).toEqual({ ok: true, nilai: 80 });
    expect(realisasiPeriode({ tw1: 62.5, tw2: 75, tw3: 70 }, 'terakhir', 3)).toEqual({ ok: true, nilai: 70 });
    expect(realisasiPeriode({ tw1: 1, tw3: 2 }, 'kumulatif', 3)).toEqual({ ok: true, nilai: 3 });
  });
});
