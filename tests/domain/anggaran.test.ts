import { describe, expect, it } from 'vitest';
import { hitungBaris, jumlahkan, ratakan, penyerapan, anggaranSasaran } from '../../src/domain/anggaran.ts';
import { efisiensi } from '../../src/domain/efisiensi.ts';
import { realisasiSampai } from '../../src/domain/triwulan.ts';
import { capaian } from '../../src/domain/capaian.ts';
import { hasil } from '../../src/domain/hasil.ts';
import { persen } from '../../src/domain/tampilan/format.ts';

const jumlahSasaran = (p: Parameters<typeof anggaranSasaran>[0], k: string) => {
  const a = anggaranSasaran(p, k);
  if (!a.ok) throw new Error(a.alasan);
  return a.jumlah;
};

const potong = { cara: 'potong' as const, desimal: 2 };

describe('budget rollups', () => {
  const program = hitungBaris(
    {
      kode: '7.01.02',
      nama: 'PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK',
      pagu: 99,
      kegiatan: [
        {
          kode: '7.01.02.2.04',
          nama: 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
          subKegiatan: [
            { kode: '7.01.02.2.04.03', nama: 'a', pagu: 12600000, realisasi: 2100000 },
            { kode: '7.01.02.2.04.04', nama: 'b', pagu: 1000, paguAwal: 3000, realisasi: 0 },
          ],
        },
      ],
    },
    'program',
    'program[0]',
  );

  it('parents are the sum of their children; sisa and penyerapan derive', () => {
    expect(program.pagu).toBe(12601000);
    expect(program.realisasi).toBe(2100000);
    expect(program.sisa).toBe(10501000);
    expect(program.paguAwal).toBe(12603000);
    expect(ratakan([program]).map((b) => b.tingkat)).toEqual(['program', 'kegiatan', 'subKegiatan', 'subKegiatan']);
  });

  it('an amount typed on a parent is kept aside, never used', () => {
    expect(program.isianInduk.pagu).toBe(99);
    expect(program.anak[0].isianInduk.pagu).toBeUndefined();
  });

  it('Candipuro Tabel 3.5 total: 1.483.229.067 of 2.752.150.911 is 53,89%', () => {
    const p = penyerapan(1483229067, 2752150911);
    expect(p.ok && persen(p.nilai, potong)).toBe('53,89%');
  });

  it('penyerapan of pagu 0 cannot be computed', () => {
    expect(penyerapan(0, 0).ok).toBe(false);
    expect(jumlahkan([]).penyerapan.ok).toBe(false);
  });

  it('a program split between two sasaran counts its share for each', () => {
    const split = hitungBaris(
      {
        nama: 'P',
        pagu: 1000,
        realisasi: 500,
        sasaran: [
          { kode: 'S1', porsi: 0.6 },
          { kode: 'S2', porsi: 0.4 },
        ],
      },
      'program',
      'program[0]',
    );
    expect(jumlahSasaran([split], 'S1').pagu).toBeCloseTo(600, 10);
    expect(jumlahSasaran([split], 'S2').realisasi).toBeCloseTo(200, 10);
  });
});

describe('efisiensi', () => {
  it('Jatiroto rule "selisih": capaian - penyerapan (100 - 96,45 = 3,55)', () => {
    const e = efisiensi('selisih', hasil(100), hasil(96.45));
    expect(e.ok && persen(e.nilai, potong)).toBe('3,55%');
  });
  it('Kedungkandang rule "rasio": penyerapan / capaian x 100', () => {
    const e = efisiensi('rasio', hasil(100), hasil(95));
    expect(e.ok && e.nilai).toBeCloseTo(95, 10);
  });
  it('cannot be computed without a capaian', () => {
    expect(efisiensi('selisih', capaian(0, 1), hasil(90)).ok).toBe(false);
  });
});

describe('quarterly aggregation', () => {
  const jatirotoIku1 = { tw1: 14.62, tw2: 14.62, tw3: 41, tw4: 87.72 };
  it('"terakhir" takes the value of the last filled quarter', () => {
    expect(realisasiSampai(jatirotoIku1, 'terakhir', 4)).toEqual({ ok: true, nilai: 87.72 });
    expect(realisasiSampai(jatirotoIku1, 'terakhir', 2)).toEqual({ ok: true, nilai: 14.62 });
  });
  it('"kumulatif" sums, "maksimum" takes the largest', () => {
    const r = realisasiSampai({ tw1: 10, tw2: 20, tw3: 5 }, 'kumulatif', 3);
    expect(r.ok && r.nilai).toBe(35);
    expect(realisasiSampai({ tw1: 10, tw2: 20, tw3: 5 }, 'maksimum', 3)).toEqual({ ok: true, nilai: 20 });
  });
  it('missing quarters are skipped, not zero; none at all cannot be computed', () => {
    expect(realisasiSampai({ tw2: 54.9 }, 'kumulatif', 2)).toEqual({ ok: true, nilai: 54.9 });
    expect(realisasiSampai({ tw3: 1 }, 'terakhir', 2).ok).toBe(false);
  });
});
