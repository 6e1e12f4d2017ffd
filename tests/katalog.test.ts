/**
 * The catalogue agrees with what renders: every <Nilai> the checker accepts is one src/domain/tampilan/kutip.ts
 * computes without throwing (what check accepts, the build builds), on each sample report.
 */
import { describe, expect, it } from 'vitest';
import { muatTerhitung } from '../src/data/periksaSemua.ts';
import { daftarLaporan } from '../src/data/muat.ts';
import { BESARAN_NILAI, KATALOG } from '../src/components/katalog.ts';
import { kutipNilai } from '../src/domain/tampilan/kutip.ts';
import { ratakan } from '../src/domain/anggaran.ts';
import { periksaPemakaian } from '../src/data/periksaBab.ts';

describe('catalogue and <Nilai>', () => {
  for (const id of daftarLaporan('content')) {
    it(`${id}: every <Nilai> the checker accepts renders (accepted and refused cases both occur)`, () => {
      // The computed report is what <Nilai> reads; the chapters' own check is not what this test is about.
      const r = muatTerhitung('.', id).laporan!;
      expect(r).toBeDefined();
      const konteks = { laporan: r, label: new Set<string>() };
      const kode = ratakan(r.program).find((b) => b.kode)?.kode;
      const permintaan: Record<string, unknown>[] = [
        ...BESARAN_NILAI.indikator.map((besaran) => ({ indikator: r.indikator[0].input.kode, besaran })),
        ...BESARAN_NILAI.laporan.map((besaran) => ({ besaran })),
        ...BESARAN_NILAI.anggaran.flatMap((besaran) => [{ anggaran: 'jumlah', besaran }, ...(kode ? [{ anggaran: kode, besaran }] : [])]),
        ...(r.sasaran[0] ? BESARAN_NILAI.sasaran.map((besaran) => ({ sasaran: r.sasaran[0].kode, besaran })) : []),
      ];
      let diterima = 0;
      for (const props of permintaan) {
        const galat = periksaPemakaian(
          'bab.mdx',
          [{ nama: 'Nilai', props, letakProp: {}, bukanLiteral: [], berisi: false, baris: 1 }],
          konteks,
        ).filter((m) => m.tingkat === 'galat');
        if (galat.length) continue;
        diterima++;
        expect(() => kutipNilai(r, props), JSON.stringify(props)).not.toThrow();
      }
      expect(diterima).toBeGreaterThan(10);
    });
  }

  it('every entry has a description, an example naming it, and described props', () => {
    for (const [nama, e] of Object.entries(KATALOG)) {
      expect(e.uraian.length, nama).toBeGreaterThan(10);
      expect(e.contoh, nama).toContain(`<${nama}`);
      for (const [p, s] of Object.entries(e.props.shape)) expect((s as { description?: string }).description, `${nama}.${p}`).toBeTruthy();
    }
  });
});
