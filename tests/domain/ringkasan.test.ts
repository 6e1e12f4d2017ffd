/** Report-level figures computed once with the report (src/domain/ringkasan.ts), against the seeds' printed figures. */
import { describe, expect, it } from 'vitest';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';
import { urutMenurun } from '../../src/domain/ringkasan.ts';
import { hasilPersen } from '../../src/domain/tampilan/format.ts';
import { hasil, tidakDapat } from '../../src/domain/hasil.ts';

const laporan = (id: string) => hitungLaporan(muatLaporan('.', id).data!);

describe('ringkasan', () => {
  it('Kedungkandang 2022: mean capaian of the sasaran indicators 112,31% and its predikat on the Kota Malang scale', () => {
    const r = laporan('kedungkandang-2022');
    const { sasaran } = r.ringkasan.rataRata;
    expect(hasilPersen(sasaran.capaian, r.data.laporan.pembulatan)).toBe('112,31%');
    expect(sasaran.predikat?.predikat).toBe('Sangat Berhasil');
  });

  it('Jatiroto 2024: PK awal and perubahan program totals as the appendices print them', () => {
    const r = laporan('jatiroto-2024');
    expect(r.ringkasan.pk.awal.jumlahPagu).toBe(2_034_406_126);
    expect(r.ringkasan.pk.perubahan.jumlahPagu).toBe(1_778_336_397);
    expect(r.ringkasan.pk.awal.target.length).toBe(r.indikator.filter((i) => i.sasaran).length);
  });

  it('targets reached: counted over the indicators whose capaian can be computed, and all of them', () => {
    const t = laporan('candipuro-2023-tw2').ringkasan.tercapai;
    expect(t.dihitung).toBeLessThanOrEqual(t.jumlah);
    expect(t.tercapai).toBeLessThanOrEqual(t.dihitung);
  });

  it('history: years in order ending with the report year, one capaian per year per indicator', () => {
    const r = laporan('jatiroto-2024');
    const { tahun, indikator } = r.ringkasan.riwayat;
    expect(tahun).toEqual([...tahun].sort());
    expect(tahun.at(-1)).toBe(2024);
    for (const i of indikator) expect(i.capaian).toHaveLength(tahun.length);
    expect(indikator.some((i) => i.perubahan)).toBe(true);
  });

  it('urutMenurun: highest first, rows without a value left out', () => {
    const rows = [
      { k: 'a', h: hasil(50) },
      { k: 'b', h: tidakDapat('x') },
      { k: 'c', h: hasil(90) },
    ];
    expect(urutMenurun(rows, (r) => r.h).map((r) => r.k)).toEqual(['c', 'a']);
  });
});
