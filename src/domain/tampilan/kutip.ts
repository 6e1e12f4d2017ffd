/**
 * Figures quoted inside the narrative (<Nilai .../> in MDX): each resolves to a computed value
 * of the report, formatted for display. Unknown references fail the build with a clear message.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { hasilPersen, hasilIndikator, nilaiIndikator, rupiah, angka, tanggal } from './format.ts';
import { kutipAnggaran, type PermintaanAnggaran } from './kutipAnggaran.ts';
import { hasil } from '../hasil.ts';
import { nilaiLaporan } from '../besaranLaporan.ts';
import type { Lapisan } from '../lapisan.ts';
import { BESARAN_LAPORAN, type BesaranLaporan } from '../../schemas/laporan.ts';

export interface PermintaanNilai extends PermintaanAnggaran {
  indikator?: string;
  aktivitas?: string;
  perhitungan?: string;
  /** Staff figure: orang, lakiLaki, perempuan, persenLakiLaki, persenPerempuan, pemenuhanJabatan, or a status/education key with `grup`. */
  sdm?: string;
  grup?: 'status' | 'pendidikan' | 'eselon';
  besaran?: string;
  bagian?: 'pembilang' | 'penyebut';
  ke?: number;
  /** With indikator: the target layer quoted (target, capaian, predikat); default the report's acuanTarget. */
  lapisan?: Lapisan;
}

/** The text of one <Nilai>: the computed figure it names, formatted; throws with the reason for an unknown reference. */
export function kutipNilai(r: LaporanTerhitung, q: PermintaanNilai): string {
  const p = r.data.laporan.pembulatan;
  const gagal = (m: string): never => {
    throw new Error(`<Nilai> di laporan ${r.data.id}: ${m}`);
  };
  if (q.indikator) {
    const ind = r.indikator.find((i) => i.input.kode === q.indikator) ?? gagal(`indikator "${q.indikator}" tidak ada`);
    const s = ind.input.satuan;
    const l = q.lapisan ? ind.lapisan[q.lapisan] : ind;
    switch (q.besaran ?? 'capaian') {
      case 'target':
        return nilaiIndikator(l.target, s, ind.pembulatan);
      case 'realisasi':
        return hasilIndikator(ind.realisasi, s, ind.pembulatan);
      case 'capaian':
        return hasilPersen(l.capaian, p);
      case 'predikat':
        return l.predikat?.predikat ?? 'tidak dapat dihitung';
      case 'targetAkhir':
        return nilaiIndikator(ind.targetAkhir, s, ind.pembulatan);
      case 'capaianTargetAkhir':
        return hasilPersen(ind.capaianTargetAkhir, p);
      case 'nama':
        return ind.input.nama;
      default:
        return gagal(
          `besaran "${q.besaran}" tidak dikenal untuk indikator (target, realisasi, capaian, predikat, targetAkhir, capaianTargetAkhir, nama)`,
        );
    }
  }
  if (q.perhitungan) {
    const ind = r.indikator.find((i) => i.input.kode === q.perhitungan) ?? gagal(`indikator "${q.perhitungan}" tidak ada`);
    const h = ind.masukanRealisasi.perhitungan;
    // Not counted yet (a new period copied from the previous one): said in the text; the checker warns.
    if (!h) return 'tidak dapat dihitung (pembilang/penyebut belum diisi)';
    const komponen = q.bagian === 'penyebut' ? h.penyebut : (h.pembilang[q.ke ?? 0] ?? gagal(`pembilang ke-${q.ke} tidak ada`));
    return angka(komponen.nilai, { cara: p.cara, desimal: Number.isInteger(komponen.nilai) ? 0 : p.desimal });
  }
  if (q.anggaran || q.sasaran) return kutipAnggaran(r, q, gagal);
  if (q.aktivitas) {
    const d = r.data.lainnya?.aktivitas.find((a) => a.id === q.aktivitas) ?? gagal(`daftar aktivitas "${q.aktivitas}" tidak ada`);
    return String(d.kelompok.reduce((a, g) => a + g.aktivitas.length, 0));
  }
  if (q.sdm) {
    const sdm = r.organisasi.sdm ?? gagal('laporan tidak memiliki sdm.yaml');
    const j = sdm.jumlah;
    if (q.grup) return String(j[q.grup][q.sdm] ?? 0);
    switch (q.sdm) {
      case 'orang':
        return String(j.orang);
      case 'lakiLaki':
        return String(j.lakiLaki);
      case 'perempuan':
        return String(j.perempuan);
      case 'persenLakiLaki':
        return hasilPersen(j.orang ? hasil((j.lakiLaki / j.orang) * 100) : { ok: false, alasan: 'tidak ada pegawai' }, p);
      case 'persenPerempuan':
        return hasilPersen(j.orang ? hasil((j.perempuan / j.orang) * 100) : { ok: false, alasan: 'tidak ada pegawai' }, p);
      case 'pemenuhanJabatan':
        return hasilPersen(sdm.pemenuhanJabatan, p);
      default:
        return gagal(
          `sdm="${q.sdm}" tidak dikenal (orang, lakiLaki, perempuan, persenLakiLaki, persenPerempuan, pemenuhanJabatan, atau kunci status/pendidikan dengan grup="...")`,
        );
    }
  }
  if (q.besaran === 'tanggal') return tanggal(r.data.laporan.tanggal, r.data.laporan.tanggalDiisiTangan);
  if (q.besaran === 'periode') return r.namaPeriode;
  if (q.besaran && (BESARAN_LAPORAN as readonly string[]).includes(q.besaran)) {
    const n = nilaiLaporan(r, q.besaran as BesaranLaporan);
    if (n.jenis === 'persen') return hasilPersen(n.nilai, p);
    if (n.jenis === 'jumlah') return String(n.nilai);
    return n.nilai ?? `tidak dapat dihitung (${n.alasan})`;
  }
  return gagal('sebutkan indikator, perhitungan, anggaran, sasaran atau aktivitas');
}
