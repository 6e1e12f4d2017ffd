import { describe, expect, it } from 'vitest';
import { bungkusLabel, grafikBeda, namaBeda, type DataGrafik } from '../../src/domain/tampilan/grafik.ts';
import { rentangTahun, sumberData, sumberLaporan } from '../../src/domain/tampilan/sumber.ts';

describe('chart labels', () => {
  it('wrap at spaces within the width, whole words kept, nothing cut', () => {
    const nama = 'Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu';
    const b = bungkusLabel(nama, 24);
    expect(b.join(' ')).toBe(nama);
    expect(b.every((x) => x.length <= 24)).toBe(true);
    expect(b).toEqual(['Rata-rata persentase', 'desa yang menyusun', 'dokumen administrasi', 'pemerintahan desa tepat', 'waktu']);
    expect(bungkusLabel('Penunjang', 4)).toEqual(['Penunjang']);
    expect(bungkusLabel('TW I', 10)).toEqual(['TW I']);
    expect(bungkusLabel('', 10)).toEqual(['']);
  });

  it('tell two series or categories of the same name apart by kode, and leave unique names alone', () => {
    expect(namaBeda(['Program Penunjang', 'Program Penunjang', 'Program Lain'], ['7.01.01', '7.01.02', '7.01.03'])).toEqual([
      'Program Penunjang (7.01.01)',
      'Program Penunjang (7.01.02)',
      'Program Lain',
    ]);
    // No kode, or the same kode twice: numbered, still distinct.
    expect(namaBeda(['A', 'A', 'B'])).toEqual(['A (1)', 'A (2)', 'B']);
    expect(namaBeda(['A', 'A'], ['x', 'x'])).toEqual(['A (x) (1)', 'A (x) (2)']);
    const d: DataGrafik = {
      jenis: 'line',
      judulKategori: 'Triwulan',
      kategori: ['TW I'],
      satuan: '%',
      seri: [
        { nama: 'Indeks Kepuasan', pembeda: 'IKU 1.1', gaya: 'isi', nilai: [1], teks: ['1'] },
        { nama: 'Indeks Kepuasan', pembeda: 'IKU 2.1', gaya: 'isi', nilai: [2], teks: ['2'] },
      ],
    };
    expect(grafikBeda(d).seri.map((s) => s.nama)).toEqual(['Indeks Kepuasan (IKU 1.1)', 'Indeks Kepuasan (IKU 2.1)']);
  });
});

describe('source lines in words', () => {
  it('name the data, the instansi and the period, never a file', () => {
    expect(sumberData('anggaran', 'Kecamatan Jatiroto', 'Tahun 2024')).toBe(
      'Sumber: data realisasi anggaran Kecamatan Jatiroto Tahun 2024',
    );
    expect(sumberData('kinerja', 'Kecamatan Candipuro', 'Triwulan II Tahun 2023')).toBe(
      'Sumber: data pengukuran kinerja Kecamatan Candipuro Triwulan II Tahun 2023',
    );
    expect(sumberData('kinerja', 'Kecamatan Jatiroto', 'Tahun 2024', [2021, 2019, 2020, 2022, 2023])).toBe(
      'Sumber: Laporan Kinerja Kecamatan Jatiroto Tahun 2019–2023; data pengukuran kinerja Kecamatan Jatiroto Tahun 2024',
    );
    for (const s of [sumberData('kinerja', 'Kecamatan X', 'Tahun 2024'), sumberData('anggaran', 'Kecamatan X', 'Tahun 2024')])
      expect(s).not.toMatch(/\.ya?ml|\.csv/);
  });

  it('of figures from several reports list their periods, consecutive years as a range', () => {
    expect(rentangTahun([2019, 2021])).toBe('2019 dan 2021');
    expect(rentangTahun([2020, 2019, 2021])).toBe('2019–2021');
    expect(sumberLaporan('Kecamatan Kedungkandang', ['Tahun 2019', 'Tahun 2020', 'Tahun 2021', 'Tahun 2022'])).toBe(
      'Sumber: Laporan Kinerja Kecamatan Kedungkandang Tahun 2019–2022',
    );
    expect(sumberLaporan('Kecamatan Candipuro', ['Tahun 2022', 'Triwulan II Tahun 2023'])).toBe(
      'Sumber: Laporan Kinerja Kecamatan Candipuro Tahun 2022 dan Triwulan II Tahun 2023',
    );
  });
});
