/**
 * Report-level figures (issue 13 item 9): one definition per name, quoted by <Nilai> and compared with the
 * figures typed in laporan.yaml `tertulis`.
 */
import { describe, expect, it } from 'vitest';
import { hitungLaporan, type DataLaporan } from '../../src/domain/laporan.ts';
import { periksaLaporan } from '../../src/domain/periksa.ts';
import { kutipNilai } from '../../src/domain/tampilan/kutip.ts';
import { kinerjaSchema, laporanSchema, skalaSchema, realisasiSchema, anggaranSchema } from '../../src/schemas/index.ts';

const ind = (kode: string, pkAwal: number) => ({ kode, nama: `Indikator ${kode}`, satuan: 'persen', target: { pkAwal } });

function laporan(tertulis: unknown[] = []): ReturnType<typeof hitungLaporan> {
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
      tertulis,
    }),
    // A tujuan indicator beside two sasaran indicators: the two means differ (as on the months-only report, where
    // the narrative's 102,94% averaged the sasaran indicators and the table's 98,47% every row it showed).
    kinerja: kinerjaSchema.parse({
      tujuan: [
        {
          kode: 'T',
          nama: 'Tujuan',
          indikator: [ind('TJ', 100)],
          sasaran: [
            { kode: 'S1', nama: 'Sasaran 1', indikator: [ind('A', 100)] },
            { kode: 'S2', nama: 'Sasaran 2', indikator: [ind('B', 100), ind('C', 100)] },
          ],
        },
      ],
    }),
    realisasi: realisasiSchema.parse({ TJ: { tahunan: 70 }, A: { tahunan: 110 }, B: { tahunan: 100 }, C: { tahunan: 96 } }),
    anggaran: anggaranSchema.parse({
      program: [
        {
          kode: '7.01.01',
          nama: 'Program P',
          kegiatan: [
            {
              kode: '7.01.01.2.01',
              nama: 'Kegiatan K',
              subKegiatan: [
                // The same sub kegiatan for two kelurahan: one sub kegiatan, two rows.
                { kode: '7.01.01.2.01.01', nama: 'Sub X', unit: 'Satu', pagu: 100, realisasi: 50 },
                { kode: '7.01.01.2.01.01', nama: 'Sub X', unit: 'Dua', pagu: 100, realisasi: 50 },
                { kode: '7.01.01.2.01.02', nama: 'Sub Y', pagu: 100, realisasi: 50 },
              ],
            },
          ],
        },
      ],
    }),
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

describe('report-level figures by name', () => {
  const r = laporan();
  const q = (besaran: string) => kutipNilai(r, { besaran });

  it('rataRataCapaian averages the sasaran indicators, rataRataCapaianSemua every indicator; predikat is that of the first', () => {
    expect(q('rataRataCapaian')).toBe('102,00%'); // (110 + 100 + 96) / 3
    expect(q('rataRataCapaianSemua')).toBe('94,00%'); // (70 + 110 + 100 + 96) / 4
    expect(q('predikat')).toBe('Tinggi');
  });

  it('counts: indicators, sasaran, tujuan, programs, kegiatan and sub kegiatan (one kode counted once)', () => {
    expect(
      [
        'jumlahIndikator',
        'jumlahIndikatorSasaran',
        'jumlahTujuan',
        'jumlahSasaran',
        'jumlahProgram',
        'jumlahKegiatan',
        'jumlahSubKegiatan',
      ].map(q),
    ).toEqual(['4', '3', '1', '2', '1', '1', '2']);
    expect([q('jumlahTercapai'), q('jumlahBelumTercapai')]).toEqual(['2', '2']);
  });
});

describe('the checker compares each typed report-level figure', () => {
  it('agreeing figures are compared and quiet; disagreeing ones are named with both values', () => {
    const dibandingkan: string[] = [];
    const r = laporan([
      { besaran: 'rataRataCapaian', nilai: 102, sumber: 'Ikhtisar' },
      { besaran: 'rataRataCapaianSemua', nilai: 98.47, sumber: 'Tabel 3.1' },
      { besaran: 'predikat', nilai: 'tinggi', sumber: 'Bab III' },
      { besaran: 'predikat', nilai: 'Sangat Tinggi', sumber: 'Bab IV' },
      { besaran: 'jumlahSubKegiatan', nilai: 3, sumber: 'Bab II' },
      { besaran: 'jumlahSasaran', nilai: 2, sumber: 'Bab II' },
    ]);
    const pesan = periksaLaporan(r, dibandingkan).filter((m) => m.berkas.endsWith('laporan.yaml'));
    expect(dibandingkan.filter((d) => d.startsWith('laporan.yaml:'))).toHaveLength(6);
    expect(pesan.map((m) => m.jalur)).toEqual(['tertulis[1]', 'tertulis[3]', 'tertulis[4]']);
    expect(pesan[0].pesan).toBe('Tabel 3.1 mencetak rataRataCapaianSemua 98,47, sedangkan data menghasilkan 94,00');
    expect(pesan[1].pesan).toMatch(/Bab IV mencetak predikat "Sangat Tinggi", sedangkan data menghasilkan "Tinggi"/);
    expect(pesan[2].pesan).toMatch(/Bab II mencetak jumlahSubKegiatan 3, sedangkan data menghasilkan 2$/);
  });
});
