/**
 * Budget figures quoted in the narrative: <Nilai anggaran="7.01.01" besaran="penyerapan" unit="Buring" />,
 * <Nilai anggaran="jumlah" />, <Nilai sasaran="S1" besaran="efisiensi" />. A kode held by several units
 * (the same program once per unit) is summed across them unless `unit` picks one.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { hasilPersen, rupiah, angka, satuanEfisiensi } from './format.ts';
import { ratakan, jumlahkan, nomorBaris, type Jumlah } from '../anggaran.ts';
import { pilihUnit, daftarUnit, KECAMATAN } from '../wilayah.ts';
import type { Hasil } from '../hasil.ts';
import type { Pita } from '../../schemas/skala.ts';

export interface PermintaanAnggaran {
  /** Kode of a budget line, or "jumlah" for the whole budget. */
  anggaran?: string;
  /** Kode of a sasaran: the budget of the lines linked to it. */
  sasaran?: string;
  /** A kelurahan/desa of `wilayah.daftar`, or "kecamatan" for the kecamatan's own lines; absent: all units. */
  unit?: string;
  besaran?: string;
}

const BESARAN = 'pagu, paguAwal, realisasi, sisa, penyerapan, capaian, efisiensi, kategoriEfisiensi';

/** The text of a budget or sasaran <Nilai> (a kode summed over its units unless `unit` picks one). */
export function kutipAnggaran(r: LaporanTerhitung, q: PermintaanAnggaran, gagal: (m: string) => never): string {
  const p = r.data.laporan.pembulatan;
  /** `kinerja`: the capaian, efficiency and its band of a sasaran or a single line (none for a sum of lines). */
  const tampil = (j: Jumlah, kinerja?: { capaian: Hasil; efisiensi: Hasil; kategori?: Pita }): string => {
    const perlu = (): NonNullable<typeof kinerja> =>
      kinerja ??
      gagal(
        `besaran "${q.besaran}" tidak dapat dipakai untuk anggaran yang menjumlahkan beberapa baris ("jumlah" atau kode di beberapa unit); hanya untuk satu sasaran atau satu baris`,
      );
    switch (q.besaran ?? 'penyerapan') {
      case 'pagu':
        return rupiah(j.pagu);
      case 'paguAwal':
        return rupiah(j.paguAwal ?? j.pagu);
      case 'realisasi':
        return rupiah(j.realisasi);
      case 'sisa':
        return rupiah(j.sisa);
      case 'penyerapan':
        return hasilPersen(j.penyerapan, r.pembulatanAnggaran);
      case 'capaian':
        return hasilPersen(perlu().capaian, p);
      case 'efisiensi': {
        const e = perlu().efisiensi;
        // With its unit, as the efficiency table prints it ("96,42%", never "96,42" beside it).
        const rumus = r.data.laporan.efisiensi;
        return e.ok ? `${angka(e.nilai, p)}${rumus ? satuanEfisiensi(rumus) : ''}` : 'tidak dapat dihitung';
      }
      case 'kategoriEfisiensi':
        if (!r.data.skalaEfisiensi) return gagal('laporan belum memilih skala efisiensi (laporan.yaml: skalaEfisiensi)');
        return perlu().kategori?.predikat ?? 'tidak dapat dihitung';
      default:
        return gagal(`besaran "${q.besaran}" tidak dikenal untuk anggaran (${BESARAN})`);
    }
  };
  if (q.sasaran) {
    const s = r.sasaran.find((x) => x.kode === q.sasaran) ?? gagal(`sasaran "${q.sasaran}" tidak ada`);
    if (!s.anggaran.ok)
      return q.besaran === 'efisiensi'
        ? 'tidak dapat dihitung'
        : gagal(`anggaran sasaran ${s.kode} tidak dapat dihitung: ${s.anggaran.alasan}`);
    return tampil(s.anggaran.jumlah, { capaian: s.capaian, efisiensi: s.efisiensi, kategori: s.kategoriEfisiensi });
  }
  if (!r.jumlahAnggaran) return gagal('laporan tidak memiliki anggaran.yaml');
  let program = r.program;
  if (q.unit) {
    const ada = daftarUnit(r.program, r.data.laporan.wilayah?.daftar ?? []);
    if (!ada.includes(q.unit))
      gagal(`unit "${q.unit}" tidak memiliki anggaran; yang ada: ${ada.join(', ')} ("${KECAMATAN}" = baris tanpa unit)`);
    program = pilihUnit(r.program, q.unit);
  }
  if (q.anggaran === 'jumlah') return tampil(jumlahkan(program));
  // A line is named by its kode rekening, or where it has none by its row number (laporan.yaml: nomorBaris).
  const nomor = nomorBaris(r.program, r.data.laporan.nomorBaris);
  const jalurBernomor = new Set([...nomor].filter(([b, n]) => !b.kode && n === q.anggaran).map(([b]) => b.jalur));
  const baris = ratakan(program).filter((b) => b.kode === q.anggaran || jalurBernomor.has(b.jalur));
  if (!baris.length) return gagal(`kode anggaran "${q.anggaran}" tidak ada${q.unit ? ` di unit ${q.unit}` : ''}`);
  if (baris.length > 1) return tampil(jumlahkan(baris));
  const b = baris[0];
  return tampil(b, { capaian: b.capaianKeluaran, efisiensi: b.efisiensi, kategori: b.kategoriEfisiensi });
}
