/**
 * Budget figures quoted in the narrative: <Nilai anggaran="7.01.01" besaran="penyerapan" unit="Buring" />,
 * <Nilai anggaran="jumlah" />, <Nilai sasaran="S1" besaran="efisiensi" />. A kode held by several units
 * (the same program once per unit) is summed across them unless `unit` picks one.
 */
import type { LaporanTerhitung } from './laporan.ts';
import { hasilPersen, rupiah, angka } from './format.ts';
import { ratakan, jumlahkan, type Jumlah } from './anggaran.ts';
import { pilihUnit, daftarUnit, KECAMATAN } from './wilayah.ts';
import type { Hasil } from './hasil.ts';

export interface PermintaanAnggaran {
  /** Kode of a budget line, or "jumlah" for the whole budget. */
  anggaran?: string;
  /** Kode of a sasaran: the budget of the lines linked to it. */
  sasaran?: string;
  /** A kelurahan/desa of `wilayah.daftar`, or "kecamatan" for the kecamatan's own lines; absent: all units. */
  unit?: string;
  besaran?: string;
}

const BESARAN = 'pagu, paguAwal, realisasi, sisa, penyerapan, efisiensi';

export function kutipAnggaran(r: LaporanTerhitung, q: PermintaanAnggaran, gagal: (m: string) => never): string {
  const p = r.data.laporan.pembulatan;
  const tampil = (j: Jumlah, efisiensi?: Hasil): string => {
    switch (q.besaran ?? 'penyerapan') {
      case 'pagu': return rupiah(j.pagu);
      case 'paguAwal': return rupiah(j.paguAwal ?? j.pagu);
      case 'realisasi': return rupiah(j.realisasi);
      case 'sisa': return rupiah(j.sisa);
      case 'penyerapan': return hasilPersen(j.penyerapan, r.pembulatanAnggaran);
      case 'efisiensi':
        if (!efisiensi) return gagal(`efisiensi hanya tersedia untuk sasaran (sasaran="…") dan baris yang memiliki capaian`);
        return efisiensi.ok ? angka(efisiensi.nilai, p) : 'tidak dapat dihitung';
      default: return gagal(`besaran "${q.besaran}" tidak dikenal untuk anggaran (${BESARAN})`);
    }
  };
  if (q.sasaran) {
    const s = r.sasaran.find((x) => x.kode === q.sasaran) ?? gagal(`sasaran "${q.sasaran}" tidak ada`);
    if (!s.anggaran.ok) return q.besaran === 'efisiensi' ? 'tidak dapat dihitung' : gagal(`anggaran sasaran ${s.kode} tidak dapat dihitung: ${s.anggaran.alasan}`);
    return tampil(s.anggaran.jumlah, s.efisiensi);
  }
  if (!r.jumlahAnggaran) return gagal('laporan tidak memiliki anggaran.yaml');
  let program = r.program;
  if (q.unit) {
    const ada = daftarUnit(r.program, r.data.laporan.wilayah?.daftar ?? []);
    if (!ada.includes(q.unit)) gagal(`unit "${q.unit}" tidak memiliki anggaran; yang ada: ${ada.join(', ')} ("${KECAMATAN}" = baris tanpa unit)`);
    program = pilihUnit(r.program, q.unit);
  }
  if (q.anggaran === 'jumlah') return tampil(jumlahkan(program));
  const baris = ratakan(program).filter((b) => b.kode === q.anggaran);
  if (!baris.length) return gagal(`kode anggaran "${q.anggaran}" tidak ada${q.unit ? ` di unit ${q.unit}` : ''}`);
  return tampil(baris.length === 1 ? baris[0] : jumlahkan(baris));
}
