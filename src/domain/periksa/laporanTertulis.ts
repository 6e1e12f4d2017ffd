/**
 * Report-level figures typed in laporan.yaml (`tertulis`: averages, the predikat word, counts), each compared with
 * the computed one of the same name (besaranLaporan.ts); one that cannot be computed is said, never skipped.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { nilaiLaporan } from '../besaranLaporan.ts';
import type { Pencatat } from './pencatat.ts';

const sama = (a: string, b: string) => a.trim().toLocaleLowerCase('id-ID') === b.trim().toLocaleLowerCase('id-ID');

/** Each report-level figure typed in laporan.yaml against the computed one, or why it cannot be compared. */
export function periksaLaporanTertulis(r: LaporanTerhitung, { warn, banding, fmt, sesuai }: Pencatat): void {
  r.data.laporan.tertulis.forEach((t, i) => {
    const jalur = `tertulis[${i}]`;
    const n = nilaiLaporan(r, t.besaran);
    const tertulis = typeof t.nilai === 'string' ? `"${t.nilai}"` : n.jenis === 'jumlah' ? String(t.nilai) : fmt(t.nilai);
    const tidakDapat = (alasan: string) =>
      warn('laporan.yaml', jalur, `${t.sumber} mencetak ${t.besaran} ${tertulis}, tetapi tidak dapat dibandingkan: ${alasan}`);
    const beda = (dihitung: string) =>
      warn('laporan.yaml', jalur, `${t.sumber} mencetak ${t.besaran} ${tertulis}, sedangkan data menghasilkan ${dihitung}`);
    if (n.jenis === 'kata') {
      if (n.nilai === undefined) return tidakDapat(n.alasan ?? 'tidak dapat dihitung');
      banding('laporan.yaml', jalur);
      if (!sama(String(t.nilai), n.nilai)) beda(`"${n.nilai}"`);
      return;
    }
    // The schema holds numbers for every besaran but predikat.
    const nilai = t.nilai as number;
    if (n.jenis === 'jumlah') {
      banding('laporan.yaml', jalur);
      if (nilai !== n.nilai) beda(String(n.nilai));
      return;
    }
    if (!n.nilai.ok) return tidakDapat(n.nilai.alasan);
    banding('laporan.yaml', jalur);
    if (!sesuai(nilai, n.nilai.nilai)) beda(fmt(n.nilai.nilai));
  });
}
