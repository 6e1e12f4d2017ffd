import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lengkapiBaris } from '../../src/data/muat.ts';
import { gabungBulan, triwulanDariBulan, bulanDiLuarPeriode } from '../../src/domain/bulanan.ts';
import { hitungLaporan, nilaiTriwulan, realisasiPeriode, type DataLaporan } from '../../src/domain/laporan.ts';
import { periksaLaporan } from '../../src/domain/periksa.ts';
import { berkasData } from '../../src/domain/tampilan/unduhan.ts';
import { kinerjaSchema, laporanSchema, skalaSchema, realisasiSchema } from '../../src/schemas/index.ts';

// A rencana aksi as printed month by month (cumulative counts, e.g. documents processed per month).
const bulan = { '1': 4, '2': 6, '3': 5, '4': 7, '5': 8, '6': 3 };

describe('months combined by the indicator rule', () => {
  it('kumulatif sums, terakhir takes the last month entered, maksimum the largest', () => {
    expect(gabungBulan(bulan, 'kumulatif', 1, 6)).toEqual({ ok: true, nilai: 33 });
    expect(gabungBulan(bulan, 'terakhir', 1, 6)).toEqual({ ok: true, nilai: 3 });
    expect(gabungBulan(bulan, 'maksimum', 1, 6)).toEqual({ ok: true, nilai: 8 });
    expect(gabungBulan({ '2': 9 }, 'terakhir', 1, 3)).toEqual({ ok: true, nilai: 9 });
    expect(gabungBulan({ '4': 1 }, 'kumulatif', 1, 3).ok).toBe(false); // missing is not zero
  });

  it('quarters from their three months; a quarter without months is left out', () => {
    expect(triwulanDariBulan(bulan, 'kumulatif')).toEqual({ tw1: 15, tw2: 18 });
    expect(triwulanDariBulan(bulan, 'terakhir')).toEqual({ tw1: 5, tw2: 3 });
    expect(triwulanDariBulan(bulan, 'maksimum')).toEqual({ tw1: 6, tw2: 8 });
  });

  it('months win over a typed quarter; a quarter without months keeps its typed value', () => {
    expect(nilaiTriwulan({ tw1: 99, tw3: 12, bulanan: bulan }, 'kumulatif')).toEqual({ tw1: 15, tw2: 18, tw3: 12, tw4: undefined });
    expect(realisasiPeriode({ bulanan: bulan }, 'kumulatif', 2)).toEqual({ ok: true, nilai: 33 });
    expect(realisasiPeriode({ bulanan: bulan }, 'kumulatif', 1)).toEqual({ ok: true, nilai: 15 });
  });

  it('months after the period are named', () => {
    expect(bulanDiLuarPeriode(bulan, 3)).toEqual([4, 5, 6]);
    expect(bulanDiLuarPeriode(bulan, 6)).toEqual([]);
  });
});

function laporan(
  realisasi: unknown,
  target: Record<string, unknown> = { pkAwal: 60 },
  periode: unknown = { jenis: 'triwulan', ke: 2 },
): ReturnType<typeof hitungLaporan> {
  const data: DataLaporan = {
    id: 'uji',
    laporan: laporanSchema.parse({
      instansi: 'Kecamatan Uji',
      pemerintah: { jenis: 'kabupaten', nama: 'Uji' },
      provinsi: 'Jawa Timur',
      periode,
      tahun: 2024,
      tempat: 'Uji',
      tanggal: '2024-07-10',
      penandatangan: { nama: 'A', jabatan: 'Camat' },
      skalaPredikat: 's',
    }),
    kinerja: kinerjaSchema.parse({
      tujuan: [
        {
          kode: 'T',
          nama: 'Tujuan',
          sasaran: [
            { kode: 'S', nama: 'Sasaran', indikator: [{ kode: 'B', nama: 'Dokumen', satuan: 'dokumen', agregasi: 'kumulatif', target }] },
          ],
        },
      ],
    }),
    realisasi: realisasiSchema.parse({ B: realisasi }),
    skala: skalaSchema.parse({
      id: 's',
      nama: 'S',
      pita: [
        { predikat: 'Rendah', kurangDari: 100 },
        { predikat: 'Tinggi', minimal: 100 },
      ],
    }),
  };
  return hitungLaporan(data);
}

describe('a report with months only (no triwulan)', () => {
  const r = laporan(
    { bulanan: bulan, keteranganBulanan: { '3': 'Data kelurahan terlambat' } },
    { pkAwal: 60, bulanan: { '1': 5, '2': 5, '3': 5, '4': 5, '5': 5, '6': 5 } },
  );
  const ind = r.indikator[0];

  it('realisasi, capaian, quarters and predikat are computed from the months', () => {
    expect(ind.realisasi).toEqual({ ok: true, nilai: 33 });
    expect(ind.capaian.ok && ind.capaian.nilai).toBeCloseTo(55, 10); // 33 / 60
    expect(ind.nilaiTriwulan).toMatchObject({ tw1: 15, tw2: 18 });
    expect(ind.perTriwulan.map((t) => t.capaian.ok && Math.round(t.capaian.nilai * 100) / 100)).toEqual([25, 55]);
    expect(ind.predikat?.predikat).toBe('Rendah');
  });

  it('each month: its own capaian, the running target/realisasi/capaian and the remark', () => {
    expect(ind.perBulan).toHaveLength(6);
    const maret = ind.perBulan[2];
    expect(maret).toMatchObject({ bulan: 3, nama: 'Maret', target: 5, realisasi: 5, keterangan: 'Data kelurahan terlambat' });
    expect(maret.capaian).toEqual({ ok: true, nilai: 100 });
    expect(maret.targetSampai).toEqual({ ok: true, nilai: 15 });
    expect(maret.realisasiSampai).toEqual({ ok: true, nilai: 15 });
    expect(maret.capaianSampai).toEqual({ ok: true, nilai: 100 });
    expect(ind.perBulan[5].capaianSampai.ok && ind.perBulan[5].capaianSampai.nilai).toBeCloseTo(110, 10); // 33 / 30
  });

  it('without monthly targets the running capaian is against the year target', () => {
    const x = laporan({ bulanan: bulan }).indikator[0];
    expect(x.perBulan[5].targetSampai).toEqual({ ok: true, nilai: 60 });
    expect(x.perBulan[5].capaian.ok).toBe(false);
    expect(x.perBulan[5].capaianSampai.ok && x.perBulan[5].capaianSampai.nilai).toBeCloseTo(55, 10);
  });

  it('only monthly targets: the year target is the months combined ("Rencana Aksi")', () => {
    const x = laporan({ bulanan: bulan }, { bulanan: { '1': 10, '2': 10, '12': 10 } }, { jenis: 'tahunan' }).indikator[0];
    expect(x.target).toBe(30);
    expect(x.sumberTarget).toBe('Rencana Aksi');
  });

  it('the data downloads carry the months and the quarters they give', () => {
    const json = JSON.parse(berkasData(r)[1].isi).baris[0];
    expect(json).toMatchObject({
      realisasi_tw1: 15,
      realisasi_tw2: 18,
      realisasi_bulan_1: 4,
      realisasi_bulan_6: 3,
      target_bulan_3: 5,
      realisasi: 33,
    });
    expect(json.capaian_persen).toBeCloseTo(55, 10);
  });
});

describe('checker: months against typed quarters, values after the period', () => {
  it("the report's own last quarter blank while earlier ones are filled: a warning naming the quarters used (new-user finding)", () => {
    const w = periksaLaporan(laporan({ tw1: 10 }));
    expect(w.map((m) => m.jalur)).toEqual(['B.tw2']);
    expect(w[0].pesan).toContain('realisasi triwulan II indikator B belum diisi');
    expect(w[0].pesan).toContain('realisasi dan capaian periode tidak dapat dihitung (triwulan I tidak dipakai sebagai nilai triwulan II)');
    expect(periksaLaporan(laporan({ tw1: 10, tahunan: 12 }))[0].pesan).toContain('diambil dari realisasi tahunan yang diisi (12)');
    expect(periksaLaporan(laporan({ tw1: 10, tw2: 0 }))).toEqual([]);
    expect(periksaLaporan(laporan({ tahunan: 10 }))).toEqual([]); // no quarters: the entered period total stands
  });

  it('a typed quarter its months contradict is a warning; an agreeing one is not', () => {
    const w = periksaLaporan(laporan({ tw1: 16, tw2: 18, bulanan: bulan }));
    expect(w.map((m) => m.jalur)).toEqual(['B.tw1']);
    expect(w[0].pesan).toContain('dari bulan-bulannya (kumulatif) hasilnya 15,00');
  });

  it('months, remarks, monthly targets and quarters after the period are named, not silently unused', () => {
    const w = periksaLaporan(
      laporan({ tw4: 4, bulanan: { ...bulan, '7': 2 }, keteranganBulanan: { '8': 'x' } }, { pkAwal: 60, bulanan: { '9': 1 } }),
    );
    expect(w.map((m) => m.jalur).sort()).toEqual([
      'B.bulanan',
      'B.keteranganBulanan',
      'B.tw4',
      'tujuan[0].sasaran[0].indikator[0].target.bulanan',
    ]);
    expect(w.find((m) => m.jalur === 'B.bulanan')!.pesan).toContain('bulan Juli diisi, tetapi laporan ini hanya sampai bulan Juni');
  });
});

describe('a warning on a dotted indicator kode names its own line (found by helper uji)', () => {
  it('"IKU-2.2.tw3" is tw3 of IKU-2.2: the lines of IKU-2.2, not the first line of realisasi.yaml', () => {
    const root = mkdtempSync(join(tmpdir(), 'lkjip-baris-'));
    try {
      mkdirSync(join(root, 'x'));
      writeFileSync(join(root, 'x/realisasi.yaml'), 'IKU-1.1:\n  tw1: 1\n  tw2: 2\n\nIKU-2.2:\n  tw1: 3\n');
      const [a, b] = lengkapiBaris(root, [
        { tingkat: 'peringatan', berkas: 'x/realisasi.yaml', jalur: 'IKU-2.2.tw3', pesan: '' },
        { tingkat: 'peringatan', berkas: 'x/realisasi.yaml', jalur: 'IKU-1.1.tw2', pesan: '' },
      ]);
      expect([a.baris, b.baris]).toEqual([6, 3]); // IKU-2.2's entries (line 6), not line 1
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
