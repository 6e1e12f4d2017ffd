import { describe, expect, it } from 'vitest';
import { tabelBuatanTangan, klaimAngka } from '../../src/domain/tabelTangan.ts';
import { periksaJalurGambar } from '../../src/domain/berkasGambar.ts';
import { hurufBesarJudul, kopSurat, adaKop } from '../../src/domain/tampilan/sampul.ts';
import { laporanSchema } from '../../src/schemas/laporan.ts';

const TABEL = `Teks.

<Tabel label="isu" judul="Isu Strategis" sumber="Renstra">

| No | Isu | Target 2026 | Anggaran |
|---|---|---:|---:|
| 1. | Pelayanan | 95,5% | Rp 1.823.606.126,00 |
| (2) | Desa, tahap 3 | 12 desa | - |

</Tabel>

<Tabel label="kosong" judul="Tanpa tabel">
hanya teks
</Tabel>`;

describe('hand-made tables', () => {
  const [isu, kosong] = tabelBuatanTangan(TABEL);
  it('finds each wrapper with its label and line', () => {
    expect(isu).toMatchObject({ label: 'isu', baris: 3, adaTabel: true });
    expect(kosong).toMatchObject({ label: 'kosong', adaTabel: false, angka: [] });
  });
  it('lists the typed figures of the body, not the row numbers nor the header', () => {
    expect(isu.angka).toEqual(['95,5%', 'Rp 1.823.606.126,00', '3', '12']);
  });
  it('makes the footer claim only when no hand-made table holds a typed figure', () => {
    expect(klaimAngka(['<TabelCapaian label="x" />'])).toMatch(/tidak ada angka yang diketik ulang/);
    expect(klaimAngka([TABEL])).toMatch(/1 tabel yang disusun penulis memuat angka yang diketik/);
    expect(klaimAngka([TABEL])).not.toMatch(/tidak ada angka yang diketik ulang/);
  });
});

describe('image paths', () => {
  it('accepts relative paths inside the report folder', () => {
    expect(periksaJalurGambar('gambar/peta.png')).toEqual({ jalur: 'gambar/peta.png' });
    expect(periksaJalurGambar('./foto\\kegiatan.JPG')).toEqual({ jalur: 'foto/kegiatan.JPG' });
  });
  it.each([
    ['../laporan-lain/peta.png', /keluar dari folder laporan/],
    ['/etc/peta.png', /jalur mutlak/],
    ['C:/Users/peta.png', /bukan berkas setempat/],
    ['https://contoh.go.id/peta.png', /bukan berkas setempat/],
    ['data:image/png;base64,AAAA', /bukan berkas setempat/],
    ['peta.gif', /jenis berkas/],
    ['', /kosong/],
  ])('refuses %s', (src, pesan) => {
    const r = periksaJalurGambar(src);
    expect('galat' in r && r.galat).toMatch(pesan);
  });
});

describe('cover and letterhead', () => {
  it("capitalises the title but keeps an acronym's own case", () => {
    expect(hurufBesarJudul('Laporan Kinerja Instansi Pemerintah (LKjIP)')).toBe('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)');
    expect(hurufBesarJudul('Laporan Kinerja (LKj) Camat')).toBe('LAPORAN KINERJA (LKj) CAMAT');
    expect(hurufBesarJudul('Laporan Akuntabilitas Kinerja (LAKIP)')).toBe('LAPORAN AKUNTABILITAS KINERJA (LAKIP)');
    expect(hurufBesarJudul('laporan kinerja')).toBe('LAPORAN KINERJA');
  });
  const dasar = {
    instansi: 'Kecamatan Jatiroto',
    pemerintah: { jenis: 'kabupaten', nama: 'Lumajang' },
    provinsi: 'Jawa Timur',
    periode: { jenis: 'tahunan' },
    tahun: 2024,
    tempat: 'Lumajang',
    tanggal: '2025-01-15',
    penandatangan: { nama: 'X', jabatan: 'Camat' },
    skalaPredikat: 'lumajang-5',
    alamat: 'Jalan Gajah Mada No. 02',
  };
  it('builds the letterhead lines from the address and contacts, and knows where it is printed', () => {
    const l = laporanSchema.parse({
      ...dasar,
      kop: {
        telepon: '(0334) 321 465',
        kodePos: 67355,
        laman: 'jatiroto.go.id',
        surel: 'kec@jatiroto.go.id',
        pada: ['perjanjian-kinerja'],
      },
    });
    expect(kopSurat(l, 'Kabupaten Lumajang')).toEqual({
      pemerintah: 'PEMERINTAH KABUPATEN LUMAJANG',
      instansi: 'KECAMATAN JATIROTO',
      baris: ['Jalan Gajah Mada No. 02, Telp. (0334) 321 465, Kode Pos 67355', 'Laman: jatiroto.go.id · Surel: kec@jatiroto.go.id'],
    });
    expect(adaKop(l, 'perjanjian-kinerja')).toBe(true);
    expect(adaKop(l, 'sampul')).toBe(false);
    expect(adaKop(laporanSchema.parse(dasar), 'sampul')).toBe(false);
    expect(laporanSchema.parse({ ...dasar, kop: {} }).kop?.pada).toEqual(['sampul', 'perjanjian-kinerja']);
  });
});
