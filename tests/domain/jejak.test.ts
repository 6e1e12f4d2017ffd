import { describe, expect, it } from 'vitest';
import { jejakIndikator, trenCapaian, type TitikJejak } from '../../src/domain/jejak.ts';
import { hasil, tidakDapat } from '../../src/domain/hasil.ts';
import { slug } from '../../src/domain/tampilan/slug.ts';
import { hitungLaporan, type LaporanTerhitung } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';

const laporan = (id: string) => hitungLaporan(muatLaporan('.', id).data!);

describe('an indicator across reports and years', () => {
  it('Jatiroto: the report year plus the history across the Renstra change, oldest first', () => {
    const j = jejakIndikator([laporan('jatiroto-2024')]).find((x) => x.nama === 'Indeks Pelayanan Publik')!;
    expect(j.titik.map((t) => t.tahun)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const akhir = j.titik.at(-1)!;
    expect(akhir).toMatchObject({ laporanId: 'jatiroto-2024', target: 61.5, realisasi: 55.06 });
    expect(akhir.capaian.ok && akhir.capaian.nilai).toBeCloseTo(89.528, 3);
    expect(j.titik[0].namaIndikator).toBe('IKM Pelayanan Kecamatan Jatiroto');
  });

  it('a later yearly report replaces the history typed for its year; quarters sort within a year', () => {
    const r = laporan('jatiroto-2024');
    // The same kecamatan one year earlier, as its own report (a copy with year 2023 and a quarter report).
    const ubah = (tahun: number, periode: LaporanTerhitung['data']['laporan']['periode']) =>
      hitungLaporan({ ...r.data, id: `jatiroto-${tahun}-${periode.jenis}`, laporan: { ...r.data.laporan, tahun, periode } });
    const j = jejakIndikator([r, ubah(2023, { jenis: 'tahunan' }), ubah(2024, { jenis: 'triwulan', ke: 2 })]).find(
      (x) => x.nama === 'Indeks Pelayanan Publik',
    )!;
    const t2023 = j.titik.filter((t) => t.tahun === 2023);
    expect(t2023.map((t) => t.laporanId)).toEqual(['jatiroto-2023-tahunan']);
    expect(j.titik.filter((t) => t.tahun === 2024).map((t) => t.periode)).toEqual(['Triwulan II Tahun 2024', 'Tahun 2024']);
    expect(j.laporanTerbaru.data.id).toBe('jatiroto-2024');
  });

  it('keys are readable and bounded', () => {
    expect(slug('Kecamatan Candipuro', 'Kabupaten Lumajang', 'Indeks Kepuasan Masyarakat (IKM)')).toBe(
      'kecamatan-candipuro-kabupaten-lumajang-indeks-kepuasan-masyarakat-ikm',
    );
    const panjang = slug(
      'Kecamatan A',
      'Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu dan sesuai ketentuan',
    );
    expect(panjang.length).toBeLessThanOrEqual(100);
    expect(panjang.endsWith('-')).toBe(false);
  });

  it('the trend runs from the oldest to the newest point with a computed capaian, in points; none with fewer than two', () => {
    const titik = (tahun: number, capaian: TitikJejak['capaian']): TitikJejak => ({ tahun, periode: `Tahun ${tahun}`, urutan: 4, capaian });
    const t = trenCapaian([titik(2021, hasil(90)), titik(2022, tidakDapat('realisasi belum diisi')), titik(2023, hasil(84.5))]);
    expect(t.titik.map((x) => x.tahun)).toEqual([2021, 2023]);
    expect(t.selisih.ok && t.selisih.nilai).toBeCloseTo(-5.5, 10);
    expect(trenCapaian([titik(2021, hasil(90))]).selisih.ok).toBe(false);
    const j = jejakIndikator([laporan('jatiroto-2024')]).find((x) => x.nama === 'Indeks Pelayanan Publik')!;
    expect(j.tren).toEqual(trenCapaian(j.titik));
  });
});
