import { describe, expect, it } from 'vitest';
import { csv } from '../../src/domain/csv.ts';
import { berkasData, datarkanAnggaran, KOLOM_INDIKATOR } from '../../src/domain/unduhan.ts';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';

const laporan = (id: string) => hitungLaporan(muatLaporan('.', id).data!);

describe('csv', () => {
  it('quotes text holding separators, quotes or line breaks; empty for missing; CRLF', () => {
    expect(csv(['a', 'b'], [['Perencanaan, Penganggaran', 'kata "kutip"'], [1.5, null]])).toBe(
      'a,b\r\n"Perencanaan, Penganggaran","kata ""kutip"""\r\n1.5,\r\n',
    );
  });
});

describe('open data of a report', () => {
  it('indicator rows carry the computed capaian at full precision and the predikat (Candipuro)', () => {
    const f = berkasData(laporan('candipuro-2023-tw2'));
    expect(f.map((b) => b.nama)).toEqual(['indikator.csv', 'indikator.json', 'anggaran.csv', 'anggaran.json']);
    const json = JSON.parse(f[1].isi);
    expect(json.kamus.map((k: { nama: string }) => k.nama)).toEqual(KOLOM_INDIKATOR.map((k) => k.nama));
    const s1 = json.baris.find((b: { kode: string }) => b.kode === 'IKU-S1');
    expect(s1).toMatchObject({ target: 91.5, realisasi: 54.9, realisasi_tw2: 54.9, realisasi_tw1: null, capaian_persen: 60, predikat: 'Rendah' });
    const s2 = json.baris.find((b: { kode: string }) => b.kode === 'IKU-S2');
    expect(s2.capaian_persen).toBeCloseTo(40.6463, 3); // 33,33 / 82: displayed truncated as 40,64
    expect(f[0].isi.startsWith('\uFEFFkode,kode_tujuan,tujuan,kode_sasaran,sasaran,indikator,')).toBe(true);
  });

  it('budget rows: every line once, parents before children, totals as in the report (Candipuro)', () => {
    const r = laporan('candipuro-2023-tw2');
    const datar = datarkanAnggaran(r.program);
    const program = datar.filter((d) => d.baris.tingkat === 'program');
    expect(program.reduce((a, d) => a + d.baris.pagu, 0)).toBe(2_752_150_911);
    expect(program.reduce((a, d) => a + d.baris.realisasi, 0)).toBe(1_483_229_067);
    for (const [i, d] of datar.entries()) if (d.induk) expect(datar.findIndex((x) => x.baris === d.induk)).toBeLessThan(i);
    const json = JSON.parse(berkasData(r)[3].isi);
    expect(json.baris[0]).toMatchObject({ tingkat: 'program', nomor: '1' });
    expect(json.baris.some((b: { nomor: string; tingkat: string }) => b.tingkat === 'sub kegiatan' && /^\d+\.\d+\.\d+$/.test(b.nomor))).toBe(true);
  });

  it('kelurahan are a column (Kedungkandang)', () => {
    const json = JSON.parse(berkasData(laporan('kedungkandang-2022'))[3].isi);
    const units = new Set(json.baris.map((b: { unit: string | null }) => b.unit).filter(Boolean));
    expect(units.size).toBe(12);
  });
});
