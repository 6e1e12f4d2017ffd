/** Letter grades on an ordered scale (issue 13 item 3): codes shown, capaian compared or from declared numbers. */
import { describe, expect, it } from 'vitest';
import { hitungLaporan, type DataLaporan } from '../../src/domain/laporan.ts';
import { kutipNilai } from '../../src/domain/tampilan/kutip.ts';
import { berkasData } from '../../src/domain/tampilan/unduhan.ts';
import { kinerjaSchema, laporanSchema, skalaSchema, realisasiSchema } from '../../src/schemas/index.ts';

const SAKIP = { id: 'sakip', nama: 'Nilai SAKIP', nilai: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'].map((kode) => ({ kode })) };
const BERANGKA = {
  id: 'angka',
  nama: 'Nilai berangka',
  nilai: [
    { kode: 'C', angka: 50 },
    { kode: 'B', angka: 70 },
    { kode: 'A', angka: 90 },
  ],
};

function laporan(indikator: unknown[], realisasi: unknown) {
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
    }),
    kinerja: kinerjaSchema.parse({
      skalaNilai: [SAKIP, BERANGKA],
      tujuan: [{ kode: 'T', nama: 'Tujuan', sasaran: [{ kode: 'S', nama: 'Sasaran', indikator }] }],
    }),
    realisasi: realisasiSchema.parse(realisasi),
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

const ind = (kode: string, skalaNilai: string, target: Record<string, unknown>) => ({
  kode,
  nama: kode,
  satuan: 'nilai',
  skalaNilai,
  target,
});

describe('a grade without numbers: reached or not, never divided', () => {
  const r = laporan(
    [ind('A', 'sakip', { pkAwal: 'B', renstra: { '2024': 'BB' } }), ind('X', 'sakip', { pkAwal: 'A' }), ind('N', 'angka', { pkAwal: 'B' })],
    { A: { tahunan: 'BB' }, X: { tw1: 'C', tw4: 'B' }, N: { tahunan: 'A' } },
  );
  const [a, x, n] = r.indikator;

  it('values print as their codes; capaian reads Tercapai / Belum tercapai, without a predikat or a percentage', () => {
    expect(kutipNilai(r, { indikator: 'A', besaran: 'target' })).toBe('B');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'realisasi' })).toBe('BB');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'capaian' })).toBe('Tercapai');
    expect(kutipNilai(r, { indikator: 'A', besaran: 'capaian', lapisan: 'renstra' })).toBe('Tercapai'); // BB reaches BB
    expect(kutipNilai(r, { indikator: 'X', besaran: 'realisasi' })).toBe('B'); // terakhir: the last quarter's grade
    expect(kutipNilai(r, { indikator: 'X', besaran: 'capaian' })).toBe('Belum tercapai'); // B is below A
    expect(a.capaian.ok).toBe(false);
    expect(a.predikat).toBeUndefined();
    expect(x.capaian).toMatchObject({ ok: false, tercapai: false });
  });

  it('a declared mapping gives a number: capaian = angka realisasi ÷ angka target × 100', () => {
    expect(n.capaian.ok && Math.round(n.capaian.nilai * 100) / 100).toBe(128.57); // 90 / 70
    expect(kutipNilai(r, { indikator: 'N', besaran: 'target' })).toBe('B');
  });

  it('compared grades count as reached or not; only numbers enter the mean', () => {
    expect(r.ringkasan.tercapai).toMatchObject({ tercapai: 2, dihitung: 3 });
    expect(r.ringkasan.rataRata.sasaran.capaian.ok && Math.round(r.ringkasan.rataRata.sasaran.capaian.nilai * 100) / 100).toBe(128.57);
  });
});

describe('the data downloads write grades as their codes (new-user finding)', () => {
  const r = laporan(
    [ind('A', 'sakip', { pkAwal: 'B', renstra: { '2024': 'BB' } }), ind('X', 'sakip', { pkAwal: 'A' }), ind('N', 'angka', { pkAwal: 'B' })],
    { A: { tahunan: 'BB' }, X: { tw1: 'C', tw4: 'B' }, N: { tahunan: 'A' } },
  );
  const baris = JSON.parse(berkasData(r).find((b) => b.nama === 'indikator.json')!.isi).baris;

  it('indikator.json: target, layers, quarters and realisasi as codes, the numbers in their own columns, reached or not', () => {
    expect(baris[0]).toMatchObject({
      target: 'B',
      target_pk_awal: 'B',
      target_renstra: 'BB',
      realisasi_tahunan_tertulis: 'BB',
      realisasi: 'BB',
    });
    expect(baris[0]).toMatchObject({ target_angka: 4, realisasi_angka: 5, capaian_persen: null, tercapai: 'ya' });
    expect(baris[0].skala_nilai).toBe('Nilai SAKIP: D < C < CC < B < BB < A < AA');
    expect(baris[1]).toMatchObject({ realisasi_tw1: 'C', realisasi_tw4: 'B', realisasi: 'B', tercapai: 'tidak' });
    expect(baris[2]).toMatchObject({ target: 'B', realisasi: 'A', target_angka: 70, realisasi_angka: 90, tercapai: null });
  });

  it('indikator.csv: the same codes', () => {
    const [kepala, satu] = berkasData(r)
      .find((b) => b.nama === 'indikator.csv')!
      .isi.replace(/^\uFEFF/, '')
      .split('\r\n');
    const sel = (k: string) => satu.split(',')[kepala.split(',').indexOf(k)];
    expect([sel('target'), sel('realisasi'), sel('tercapai')]).toEqual(['B', 'BB', 'ya']);
  });
});

describe('grade values are checked against the scale', () => {
  const masalah = (indikator: unknown) =>
    kinerjaSchema
      .safeParse({ skalaNilai: [SAKIP], tujuan: [{ kode: 'T', nama: 'T', sasaran: [{ kode: 'S', nama: 'S', indikator: [indikator] }] }] })
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const jalur = 'tujuan.0.sasaran.0.indikator.0';

  it('a code not on the scale, a number on a graded indicator, a code without a scale, a grade summed', () => {
    expect(masalah(ind('A', 'sakip', { pkAwal: 'E' }))).toEqual([
      `${jalur}.target.pkAwal: "E" bukan nilai skala sakip; pilih salah satu: D, C, CC, B, BB, A, AA`,
    ]);
    expect(masalah(ind('A', 'sakip', { pkAwal: 3 }))?.[0]).toMatch(/bernilai huruf: tulis kodenya/);
    expect(masalah({ kode: 'A', nama: 'A', satuan: 'x', target: { pkAwal: 'B' } })?.[0]).toMatch(/harus berupa angka/);
    expect(masalah({ ...ind('A', 'sakip', { pkAwal: 'B' }), agregasi: 'kumulatif' })?.[0]).toMatch(/tidak dapat dijumlahkan/);
    expect(masalah(ind('A', 'nilai-lain', { pkAwal: 'B' }))?.[0]).toMatch(/skala nilai "nilai-lain" tidak ada/);
  });
});
