/** Kedungkandang 2022: a kota report with kelurahan, a four-band scale and a ratio efficiency rule. */
import { describe, expect, it } from 'vitest';
import { halamanTeks, info } from './pdf.ts';
import { htmlLaporan, teksHtml } from './situs.ts';

const ID = 'kedungkandang-2022';
const PDF = `dist/${ID}/${ID}.pdf`;
const teks = () => teksHtml(htmlLaporan(ID));

describe('Kedungkandang 2022 website', () => {
  it('capaian, predikat on the Kota Malang scale and the computed average', () => {
    const t = teks();
    expect(t).toMatch(/Nilai SAKIP Perangkat Daerah 80,01 85,10 106,36% Berhasil/);
    expect(t).toMatch(/Indeks Kepuasan Layanan Prasarana Sarana Publik \(IKLI\) 3,50 4,28 122,29% Sangat Berhasil/);
    expect(t).toMatch(/Rata-rata capaian indikator sasaran 112,31%/);
  });

  it('Renstra targets per year for sasaran and for program indicators', () => {
    const t = teks();
    expect(t).toMatch(/Indeks Kepuasan Layanan Prasarana Sarana Publik \(IKLI\) 60,00 3,25 67,00 3,50 3,65/);
    expect(t).toMatch(/Rasio Linmas per RT 0,5 0,65 0,75 1 1/);
  });

  it('efficiency as a ratio with the budget of each sasaran (IKLI: the kelurahan infrastructure lines)', () => {
    const t = teks();
    expect(t).toMatch(/122,29% 6\.832\.661\.810 6\.737\.583\.481 98,61% 80,64/);
    expect(t).toContain('penyerapan anggaran (%) ÷ capaian kinerja (%) × 100');
  });

  it('program and kegiatan indicators with computed capaian; 0 of 0 is not 0%', () => {
    const t = teks();
    expect(t).toMatch(/Persentase usulan masyarakat untuk sarana prasarana di wilayah yang diakomodir 38,00% 51,11% 134,50%/);
    expect(t).toMatch(/Jumlah dokumen RKA 0 dokumen 0 dokumen tidak dapat dihitung/);
  });

  it('budget per kelurahan, from the unit of each line', () => {
    const t = teks();
    expect(t).toMatch(/Realisasi Anggaran per Kelurahan Tahun 2022/);
    expect(t).toMatch(/Jumlah 84 31\.981\.728\.150 30\.720\.164\.243/);
    expect(t).toMatch(
      /Tabel 3\.\d+ Realisasi Anggaran per Kelurahan: Pembangunan Sarana dan Prasarana Kelurahan Tahun 2022[^]*Jumlah 12 6\.568\.027\.850 6\.493\.850\.681/,
    );
  });

  it('total budget and its absorption in the text', () => {
    expect(teks()).toContain(
      'Penyerapan anggaran tahun 2022 sebesar 95,35% dari total anggaran yang dialokasikan sebesar Rp 52.705.645.783',
    );
  });
});

describe('Kedungkandang 2022 PDF', () => {
  it('has a cover and contents the original lacked, and the report title', () => {
    const pages = halamanTeks(PDF);
    expect(pages[0]).toMatch(/PEMERINTAH KOTA MALANG/);
    expect(pages.some((p) => /DAFTAR ISI/.test(p))).toBe(true);
    expect(info(PDF).Title).toMatch(/Kedungkandang/);
  });
});
