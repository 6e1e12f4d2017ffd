/** Target layers (issue 13 item 4): Renstra, RKT/Renja, PK awal, PK perubahan and the Renstra end target. */
import { describe, expect, it } from 'vitest';
import { hitungLaporan, type DataLaporan } from '../../src/domain/laporan.ts';
import { periksaLaporan } from '../../src/domain/periksa.ts';
import { kutipNilai } from '../../src/domain/tampilan/kutip.ts';
import { keteranganTarget, susunanTabelTarget } from '../../src/domain/tampilan/target.ts';
import { berkasData } from '../../src/domain/tampilan/unduhan.ts';
import { kinerjaSchema, laporanSchema, skalaSchema, realisasiSchema } from '../../src/schemas/index.ts';

function laporan(acuanTarget: string, tertulis: unknown[] = []): ReturnType<typeof hitungLaporan> {
  const data: DataLaporan = {
    id: 'uji',
    laporan: laporanSchema.parse({
      instansi: 'Kecamatan Uji',
      pemerintah: { jenis: 'kabupaten', nama: 'Uji' },
      provinsi: 'Jawa Timur',
      periode: { jenis: 'tahunan' },
      tahun: 2024,
      tempat: 'Uji',
      tanggal: '2024-01-10',
      penandatangan: { nama: 'A', jabatan: 'Camat' },
      skalaPredikat: 's',
      acuanTarget,
    }),
    kinerja: kinerjaSchema.parse({
      tujuan: [
        {
          kode: 'T',
          nama: 'Tujuan',
          sasaran: [
            {
              kode: 'S',
              nama: 'Sasaran',
              indikator: [
                {
                  kode: 'A',
                  nama: 'Indeks A',
                  satuan: 'persen',
                  target: { renstra: { '2024': 95 }, rkt: 80, pkAwal: 100, pkPerubahan: 90, akhir: 110 },
                  tertulis,
                },
                { kode: 'B', nama: 'Indeks B', satuan: 'persen', target: { pkAwal: 50 } },
              ],
            },
          ],
        },
      ],
    }),
    realisasi: realisasiSchema.parse({ A: { tahunan: 88 }, B: { tahunan: 50 } }),
    skala: skalaSchema.parse({
      id: 's',
      nama: 'S',
      pita: [
        { predikat: 'Belum', kurangDari: 100 },
        { predikat: 'Tercapai', minimal: 100 },
      ],
    }),
  };
  return hitungLaporan(data);
}

describe('each layer: its target, and capaian and predikat against it', () => {
  const r = laporan('pk');
  const a = r.indikator[0];

  it('computed once per layer, never falling back to another', () => {
    const c = (x: keyof typeof a.lapisan) => {
      const h = a.lapisan[x].capaian;
      return h.ok ? Math.round(h.nilai * 100) / 100 : h.alasan;
    };
    expect([
      a.lapisan.renstra.target,
      a.lapisan.rkt.target,
      a.lapisan.pkAwal.target,
      a.lapisan.pkPerubahan.target,
      a.lapisan.akhir.target,
    ]).toEqual([95, 80, 100, 90, 110]);
    expect([c('renstra'), c('rkt'), c('pkAwal'), c('pkPerubahan'), c('akhir')]).toEqual([92.63, 110, 88, 97.78, 80]);
    expect(a.lapisan.rkt.predikat?.predikat).toBe('Tercapai');
    const b = r.indikator[1];
    expect(b.lapisan.rkt).toEqual({ target: undefined, capaian: { ok: false, alasan: 'target belum diisi' }, predikat: undefined });
  });

  it('a PK Perubahan holds every indicator: one it did not change keeps its PK target there (new-user finding)', () => {
    const b = r.indikator[1]; // B: pkAwal 50 only, while A has a pkPerubahan, so the report has a PK Perubahan
    expect(r.adaPkPerubahan).toBe(true);
    expect(b).toMatchObject({ target: 50, sumberTarget: 'PK Perubahan' }); // the acuan names the document as changed
    expect(b.lapisan.pkPerubahan.target).toBe(50);
    expect(b.lapisan.pkPerubahan.capaian).toEqual({ ok: true, nilai: 100 });
  });

  it('<TabelTarget> explains "–" only when a cell prints one', () => {
    expect(susunanTabelTarget(r.indikator, { lapisan: ['pkAwal', 'pkPerubahan'] }).adaKosong).toBe(false); // B kept in the PK Perubahan
    expect(susunanTabelTarget(r.indikator, { lapisan: ['rkt'] }).adaKosong).toBe(true); // B has no RKT target
  });

  it('the report default (acuanTarget) picks the layer capaian uses when none is named; "rkt" falls back like "pk"', () => {
    expect([laporan('pk').indikator[0].sumberTarget, laporan('pk-awal').indikator[0].sumberTarget]).toEqual(['PK Perubahan', 'PK']);
    const rkt = laporan('rkt');
    expect(rkt.indikator[0]).toMatchObject({ target: 80, sumberTarget: 'RKT/Renja' });
    // B has no RKT target: the PK as changed, which holds B unchanged (A has a pkPerubahan).
    expect(rkt.indikator[1]).toMatchObject({ target: 50, sumberTarget: 'PK Perubahan' });
    expect(keteranganTarget(rkt.indikator)).toBe('Target: RKT/Renja; PK Perubahan untuk B.');
    expect(keteranganTarget(rkt.indikator, 'rkt')).toBe('Target: RKT/Renja (belum diisi untuk B).');
    expect(keteranganTarget(laporan('pk-awal').indikator)).toBe('Target: PK.');
  });

  it('<Nilai lapisan> quotes the named layer; without it the acuan', () => {
    expect(kutipNilai(r, { indikator: 'A', besaran: 'target', lapisan: 'rkt' })).toBe('80,00%');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'capaian', lapisan: 'rkt' })).toBe('110,00%');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'predikat', lapisan: 'rkt' })).toBe('Tercapai');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'target' })).toBe('90,00%');
    expect(kutipNilai(r, { indikator: 'B', besaran: 'capaian', lapisan: 'rkt' })).toBe('tidak dapat dihitung');
  });

  it('the means per layer; indikator.csv carries every layer', () => {
    const rata = (x: 'rkt' | 'pkAwal') => {
      const h = r.ringkasan.rataRataLapisan[x].sasaran.capaian;
      return h.ok && Math.round(h.nilai * 1e6) / 1e6;
    };
    expect(rata('rkt')).toBe(110); // B has no RKT target
    expect(rata('pkAwal')).toBe(94); // (88 + 100) / 2
    const csv = berkasData(r).find((b) => b.nama === 'indikator.csv')!.isi;
    const [kepala, baris] = csv.split(/\r?\n/);
    const kolom = kepala.split(',');
    const sel = baris.split(',');
    const di = (k: string) => sel[kolom.indexOf(k)];
    expect([di('target_renstra'), di('target_rkt'), di('target_pk_awal'), di('target_pk_perubahan')]).toEqual(['95', '80', '100', '90']);
  });
});

describe('the checker compares typed targets of every layer', () => {
  it('a typed target or capaian with a lapisan is compared with that layer', () => {
    const dibandingkan: string[] = [];
    const r = laporan('pk', [
      { besaran: 'target', lapisan: 'rkt', nilai: 80, sumber: 'Tabel RKT' },
      { besaran: 'target', lapisan: 'renstra', nilai: 96, sumber: 'Tabel Renstra' },
      { besaran: 'capaian', lapisan: 'pkAwal', nilai: 88, sumber: 'Tabel PK' },
      { besaran: 'target', lapisan: 'akhir', nilai: 110, sumber: 'Tabel Akhir' },
      { besaran: 'realisasi', lapisan: 'rkt', nilai: 88, sumber: 'Tabel X' },
    ]);
    const pesan = periksaLaporan(r, dibandingkan);
    expect(dibandingkan.filter((d) => d.includes('.tertulis['))).toHaveLength(4);
    expect(pesan.map((m) => m.pesan)).toEqual([
      'Tabel Renstra mencetak target Renstra (lapisan: renstra) indikator A 96,00, sedangkan data menghasilkan 95,00',
      'Tabel X mencetak realisasi indikator A 88,00, tetapi tidak dapat dibandingkan: lapisan hanya berlaku untuk target dan capaian, bukan realisasi',
    ]);
  });
});
