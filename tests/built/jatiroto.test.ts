/** Jatiroto 2024: staff and facilities, IKU and PK with program budgets, history across a Renstra change, efficiency. */
import { describe, expect, it } from 'vitest';
import { halamanTeks } from './pdf.ts';
import { htmlLaporan, teksHtml } from './situs.ts';

const ID = 'jatiroto-2024';
const teks = () => teksHtml(htmlLaporan(ID));

describe('Jatiroto 2024', () => {
  it('staff table with computed totals and the figures quoted in the text', () => {
    const t = teks();
    expect(t).toContain('Tabel 1.1 Komposisi Pegawai');
    expect(t).toContain('Jumlah (17 orang) 14 3 12 5');
    // The original printed 87,5% : 12,5% for 14 men and 3 women.
    expect(t).toContain('sebesar 82,35% : 17,64%');
  });

  it('facility table with the recap per condition', () => {
    const t = teks();
    expect(t).toContain('Tabel 1.2 Sarana dan Prasarana per Tanggal 31 Desember 2024');
    expect(t).toMatch(/Kondisi baik 201 70,52% dari seluruh barang/);
    expect(t).toMatch(/Kondisi rusak berat 72 25,26% dari seluruh barang/);
  });

  it('IKU and Perjanjian Kinerja with PK awal and perubahan, targets and program budgets', () => {
    const t = teks();
    expect(t).toContain('Tabel 2.1 Indikator Kinerja Utama Kecamatan Jatiroto');
    expect(t).toMatch(/Tabel 2\.2 Target Indikator Kinerja Utama[^]*Indeks Pelayanan Publik 61,50 \(B-\)/);
    expect(t).toMatch(/Tabel 2\.3 Perjanjian Kinerja Camat Jatiroto Tahun 2024[^]*88,89% 94,44%/);
    // PK awal from the signed appendix; Tabel 2.3 of the original printed 1.743.266.949 and a total of 1.954.066.949.
    expect(t).toContain('1.823.606.126 1.707.501.397');
    expect(t).toContain('Jumlah 2.034.406.126 1.778.336.397');
  });

  it('BAB III: scale, quarters, history across the Renstra change, benchmark, efficiency, budget, trend chart', () => {
    const t = teks();
    expect(t).toMatch(
      /Tabel 3\.1 Skala Nilai Kriteria Capaian Kinerja No\. Interval Nilai Capaian Kinerja Kriteria Capaian Kinerja 1\. > 90% Sangat Tinggi 2\. > 75% – 90% Tinggi/,
    );
    expect(t).toMatch(/Indeks Pelayanan Publik 61,50 \(B-\) – – – 55,06 55,06 \(C\) 89,52% Tinggi/);
    expect(t).toContain('IKM Pelayanan Kecamatan Jatiroto (sejak 2024: Indeks Pelayanan Publik)');
    expect(t).toMatch(/Realisasi Kecamatan Yosowilangun[^]*55,06 \(C\) 89,52% 59,47/);
    expect(t).toMatch(/Efisiensi Penggunaan Sumber Daya[^]*Indeks Pelayanan Publik 89,52% 98,13% -8,59 poin/);
    expect(t).toContain('Efisiensi = capaian kinerja (%) − penyerapan anggaran (%)');
    expect(t).toMatch(/Realisasi Anggaran 2024[^]*Jumlah 1\.778\.336\.397 1\.745\.051\.543 33\.284\.854 98,13%/);
    expect(t).toContain('Indeks Pelayanan Publik: capaian turun dari 116,89% (2019) menjadi 89,52% (2024)');
  });

  it('prints the PK and PK Perubahan appendices with both signatures, targets and budgets', () => {
    const pages = halamanTeks(`dist/${ID}/${ID}.pdf`);
    const awal = pages.findIndex((p) => /^\s*PERJANJIAN KINERJA TAHUN 2024\s*$/m.test(p));
    const ubah = pages.findIndex((p) => /^\s*PERUBAHAN PERJANJIAN KINERJA TAHUN 2024\s*$/m.test(p));
    expect(awal).toBeGreaterThan(0);
    expect(ubah).toBeGreaterThan(awal);
    for (const [i, tgl] of [
      [awal, 'Lumajang, 10 Januari 2024'],
      [ubah, 'Lumajang, 2 September 2024'],
    ] as const) {
      expect(pages[i]).toContain(tgl);
      expect(pages[i]).toMatch(/INDAH WAHYUNI, S\.H\., M\.Si\.\s+KUTUM HADI KASIYAN, S\.H\./);
      expect(pages[i]).toContain('NIP. 19680407 198903 1 006');
    }
    const lampiran = pages.slice(awal).join('\n');
    expect(lampiran).toMatch(/LAMPIRAN PERJANJIAN KINERJA TAHUN 2024[^]*88,89%[^]*Jumlah\s+2\.034\.406\.126/);
    expect(lampiran).toMatch(/LAMPIRAN PERUBAHAN PERJANJIAN KINERJA TAHUN 2024[^]*94,44%[^]*Jumlah\s+1\.778\.336\.397/);
  });

  it('a chart of capaian per quarter, with its finding in words', () => {
    const t = teks();
    expect(t).toContain('Capaian Kinerja per Triwulan Tahun 2024');
    expect(t).toContain(
      'Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti: capaian naik dari 16,66% (TW I) menjadi 100,00% (TW IV).',
    );
    expect(halamanTeks(`dist/${ID}/${ID}.pdf`).join('\n')).toMatch(/Gambar 2\s+Capaian Kinerja per Triwulan Tahun 2024/);
  });

  it('innovation from data', () => {
    const t = teks();
    expect(t).toContain('Ngobrol Santai Koordinasi Layanan Administrasi Pemerintahan Binwas Desa dan Informasi (NGOBRAS KLAMBI)');
    expect(t).toContain('Menetapkan batas waktu pengumpulan dokumen');
    expect(t).toContain('menyelesaikan dokumen perencanaan tepat waktu di bulan September');
  });

  it('prints: the long facility table continues with its header repeated', () => {
    const pages = halamanTeks(`dist/${ID}/${ID}.pdf`);
    const lanjut = pages.filter((p) => p.includes('Sarana dan Prasarana per Tanggal 31 Desember 2024 (lanjutan)'));
    expect(lanjut.length).toBeGreaterThanOrEqual(2);
    for (const p of lanjut) expect(p).toMatch(/No\.\s+Nama Barang\s+Satuan\s+Jumlah\s+Kondisi/);
  });
});

describe('Jatiroto 2024 programs supporting each sasaran (Tabel 2.4)', () => {
  it('sasaran budget computed from its programs, program indicators with targets awal and perubahan', () => {
    const t = teks();
    expect(t).toMatch(/Tabel 2\.4 Program dan Kegiatan yang Mendukung IKU Tahun 2024/);
    // The original printed 1.752.266.949 and 1.709.760.397 for sasaran 1.
    expect(t).toContain('Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti 87,72% 2.008.816.126 87,72% 1.762.346.397');
    // A program's further indicator rows repeat its amounts in joined cells: drawn as one merged cell, the text kept
    // for assistive technology (and shown again when the row starts a continued page).
    const baris = /<tr[^>]*>(?:(?!<\/tr>).)*LPPDes tepat waktu(?:(?!<\/tr>).)*<\/tr>/s.exec(htmlLaporan(ID))?.[0] ?? '';
    expect(teksHtml(baris).trim()).toBe(
      '6 Program Pembinaan dan Pengawasan Pemerintahan Desa Persentase desa yang menetapkan LPPDes tepat waktu 88,89% 25.590.000 88,89% 15.990.000',
    );
    expect(baris.match(/class="angka sambungan"/g)).toHaveLength(2);
  });
});

describe('Jatiroto 2024 PDF: the wide history table on a landscape page', () => {
  it('prints Tabel 3.4 on a landscape A4 page numbered in the body sequence, between portrait pages', async () => {
    const { execFileSync } = await import('node:child_process');
    const pdf = `dist/${ID}/${ID}.pdf`;
    const pages = halamanTeks(pdf);
    const i = pages.findIndex((p) => !/DAFTAR TABEL/.test(p) && /Tabel 3\.4\s+Perbandingan Capaian Kinerja/.test(p));
    expect(i).toBeGreaterThan(0);
    const ukuran = (n: number) =>
      /size:\s+([\d.]+) x ([\d.]+)/
        .exec(execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' }))!
        .slice(1)
        .map(Number);
    const [w, h] = ukuran(i + 1);
    expect(w).toBeGreaterThan(h);
    expect(Math.round(w)).toBe(842);
    const [w0, h0] = ukuran(i);
    expect(h0).toBeGreaterThan(w0);
    // Running header and an arabic page number that follows the previous page's.
    expect(pages[i]).toContain('BAB III');
    const nomor = (p: string) => Number(/(\d+)\s*$/.exec(p.trim())?.[1]);
    expect(nomor(pages[i])).toBe(nomor(pages[i - 1]) + 1);
  });
});
