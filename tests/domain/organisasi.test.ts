import { describe, expect, it } from 'vitest';
import { jumlahSdm, pemenuhanJabatan, rekapSarana, kunci } from '../../src/domain/organisasi.ts';
import { persen } from '../../src/domain/tampilan/format.ts';
import type { Sdm } from '../../src/schemas/organisasi.ts';

const sdm: Sdm = {
  perTanggal: '2024-12-31',
  kebutuhanJabatan: 23,
  baris: [
    { jabatan: 'Camat', lakiLaki: 1, perempuan: 0, status: { PNS: 1 }, pendidikan: { S1: 1 }, eselon: {} },
    { jabatan: 'Pejabat Pelaksana', lakiLaki: 8, perempuan: 3, status: { PNS: 11 }, pendidikan: { S2: 1, D3: 4, SMA: 6 }, eselon: {} },
    { jabatan: 'Tenaga Kontrak', lakiLaki: 5, perempuan: 0, status: { TKB: 5 }, pendidikan: { SMA: 5 }, eselon: {} },
  ],
};

describe('staff and facilities', () => {
  it('totals by sex, status and education; education ordered from SD to S3', () => {
    const j = jumlahSdm(sdm);
    expect(j).toMatchObject({ lakiLaki: 14, perempuan: 3, orang: 17, status: { PNS: 12, TKB: 5 } });
    expect(kunci(sdm.baris, 'pendidikan')).toEqual(['SMA', 'D3', 'S1', 'S2']);
  });
  it('fill rate of the positions the job analysis needs (Jatiroto: 12 ASN of 23 = 52,17%)', () => {
    const h = pemenuhanJabatan(sdm);
    expect(h.ok && persen(h.nilai, { cara: 'potong', desimal: 2 })).toBe('52,17%');
    const { kebutuhanJabatan: _tanpa, ...tanpaKebutuhan } = sdm;
    expect(pemenuhanJabatan(tanpaKebutuhan).ok).toBe(false);
  });
  it('facilities by condition, counted in units', () => {
    const r = rekapSarana({
      perTanggal: '2024-12-31',
      barang: [
        { nama: 'Mobil', satuan: 'unit', jumlah: 1, kondisi: 'baik' },
        { nama: 'Sepeda Motor', satuan: 'unit', jumlah: 6, kondisi: 'baik' },
        { nama: 'Sepeda Motor', satuan: 'unit', jumlah: 2, kondisi: 'rusak berat' },
      ],
    });
    expect(r.map((x) => [x.kondisi, x.jumlah])).toEqual([
      ['baik', 7],
      ['rusak berat', 2],
    ]);
    expect(r[0].persen.ok && r[0].persen.nilai).toBeCloseTo(77.78, 2);
  });
});
