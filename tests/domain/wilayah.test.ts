import { describe, expect, it } from 'vitest';
import { hitungBaris, anggaranSasaran, capaianIndikatorAnggaran } from '../../src/domain/anggaran.ts';
import { rekapWilayah, jumlahRekap, rekapWilayahLaporan } from '../../src/domain/wilayah.ts';
import { rataRataCapaian } from '../../src/domain/capaian.ts';
import { hasil, tidakDapat } from '../../src/domain/hasil.ts';
import { nilaiKeluaran } from '../../src/domain/tampilan/format.ts';

const jumlahSasaran = (p: Parameters<typeof anggaranSasaran>[0], k: string) => {
  const a = anggaranSasaran(p, k);
  if (!a.ok) throw new Error(a.alasan);
  return a.jumlah;
};

// A program serving S1 whose infrastructure sub kegiatan serve S2, held partly by kelurahan.
const program = [
  hitungBaris(
    {
      nama: 'Program Pemberdayaan',
      sasaran: ['S1'],
      kegiatan: [
        {
          nama: 'Kegiatan Pemberdayaan Kelurahan',
          subKegiatan: [
            { nama: 'Musrenbang', pagu: 100, realisasi: 90 },
            { nama: 'Pembangunan Sarpras', unit: 'Buring', sasaran: ['S2'], pagu: 500, realisasi: 400 },
            { nama: 'Pembangunan Sarpras', unit: 'Bumiayu', sasaran: ['S2'], pagu: 300, realisasi: 300 },
            { nama: 'Musrenbang', unit: 'Buring', pagu: 50, realisasi: 25 },
          ],
        },
      ],
    },
    'program',
    'program[0]',
  ),
];

describe('sasaran links inherited down the budget tree', () => {
  it('a sub kegiatan naming its own sasaran leaves its parent’s', () => {
    expect(jumlahSasaran(program, 'S1')).toMatchObject({ pagu: 150, realisasi: 115 });
    expect(jumlahSasaran(program, 'S2')).toMatchObject({ pagu: 800, realisasi: 700 });
  });
});

describe('budget per kelurahan', () => {
  it('sums the lowest lines per unit, in the order of the list', () => {
    const r = rekapWilayah(program, ['Bumiayu', 'Buring'], { denganKecamatan: true });
    expect(r.map((x) => [x.unit, x.baris, x.pagu, x.realisasi])).toEqual([
      ['Bumiayu', 1, 300, 300],
      ['Buring', 2, 550, 425],
      [undefined, 1, 100, 90],
    ]);
    expect(jumlahRekap(r)).toMatchObject({ baris: 4, pagu: 950, realisasi: 815, sisa: 135 });
  });

  it('can compare one sub kegiatan across kelurahan, whatever its case', () => {
    const r = rekapWilayah(program, ['Bumiayu', 'Buring'], { nama: 'pembangunan sarpras' });
    expect(r.map((x) => x.pagu)).toEqual([300, 500]);
  });
});

describe('the recaps a report computes once for its components', () => {
  it('every line and each sub kegiatan name (matched case-insensitively) per unit, with totals; no recap for a kegiatan name', () => {
    const daftar = ['Bumiayu', 'Buring'];
    const r = rekapWilayahLaporan(program, daftar);
    expect(r.semua.daftar).toEqual(rekapWilayah(program, daftar));
    expect(r.semua.jumlah).toEqual(jumlahRekap(rekapWilayah(program, daftar)));
    expect([...r.perSubKegiatan.keys()]).toEqual(['musrenbang', 'pembangunan sarpras']);
    const sarpras = r.perSubKegiatan.get('pembangunan sarpras')!;
    expect(sarpras.daftar.map((b) => [b.unit, b.baris, b.pagu])).toEqual([
      ['Bumiayu', 1, 300],
      ['Buring', 1, 500],
    ]);
    expect(sarpras.jumlah).toMatchObject({ baris: 2, pagu: 800, realisasi: 700 });
    expect(r.perSubKegiatan.has('kegiatan pemberdayaan kelurahan')).toBe(false);
  });
});

describe('program and kegiatan indicators', () => {
  it('capaian only when target and realisasi are numbers; target 0 cannot be divided', () => {
    expect(capaianIndikatorAnggaran({ nama: 'a', target: 38, realisasi: 51.11 })).toEqual(hasil((51.11 / 38) * 100));
    expect(capaianIndikatorAnggaran({ nama: 'a', target: 0, realisasi: 0 }).ok).toBe(false);
    expect(capaianIndikatorAnggaran({ nama: 'a', target: '2 dokumen', realisasi: 2 }).ok).toBe(false);
  });

  it('values are shown in their unit without padding whole counts', () => {
    expect(nilaiKeluaran(9, 'dokumen')).toBe('9 dokumen');
    expect(nilaiKeluaran(51.11, '%')).toBe('51,11%');
    expect(nilaiKeluaran(80.3)).toBe('80,3');
    expect(nilaiKeluaran('11 orang / 12 bulan')).toBe('11 orang / 12 bulan');
    expect(nilaiKeluaran(undefined)).toBe('–');
  });
});

describe('average capaian (Kedungkandang Tabel 3.1)', () => {
  it('is the mean of the computable capaian at full precision', () => {
    // The original averages the rounded figures (108,30 + 122,29 + 106,36) / 3 = 112,32; unrounded it is 112,31.
    const r = rataRataCapaian([hasil((83.93 / 77.5) * 100), hasil((4.28 / 3.5) * 100), hasil((85.1 / 80.01) * 100), tidakDapat('x')]);
    expect(r.ok && Math.round(r.nilai * 100) / 100).toBe(112.31);
    expect(rataRataCapaian([tidakDapat('x')]).ok).toBe(false);
  });
});

describe('amounts from the lowest level that has them, field by field', () => {
  it('a program with kegiatan pagu but realisasi only on the program keeps that realisasi (Jatiroto)', () => {
    const p = hitungBaris(
      {
        nama: 'P',
        realisasi: 90,
        pagu: 120,
        kegiatan: [
          { nama: 'K1', paguAwal: 60, pagu: 50 },
          { nama: 'K2', paguAwal: 60, pagu: 50 },
        ],
      },
      'program',
      'program[0]',
    );
    expect(p).toMatchObject({ pagu: 100, paguAwal: 120, realisasi: 90, sisa: 10 });
    // The program's own pagu is a typed total over children that have pagu; its realisasi is data.
    expect(p.isianInduk).toEqual({ pagu: 120 });
  });
});
