/** Figures of an indicator printed in the original report (`tertulis`): each against the computed one, or why not. */
import type { IndikatorTerhitung } from '../laporan.ts';
import type { Hasil } from '../hasil.ts';
import { rupiah } from '../tampilan/format.ts';
import type { Pencatat } from './pencatat.ts';
import { NAMA_LAPISAN } from '../lapisan.ts';

type Tertulis = IndikatorTerhitung['input']['tertulis'][number];

/** The computed value a typed indicator figure is compared with, or why there is none. */
function nilaiBesaran(ind: IndikatorTerhitung, { besaran, lapisan }: Tertulis): Hasil {
  const ada = (x: number | undefined, alasan: string): Hasil => (x === undefined ? { ok: false, alasan } : { ok: true, nilai: x });
  const tanpaAnggaran = ind.alasanAnggaran ?? 'anggaran tidak dapat dihitung';
  if (lapisan && besaran !== 'target' && besaran !== 'capaian')
    return { ok: false, alasan: `lapisan hanya berlaku untuk target dan capaian, bukan ${besaran}` };
  // A typed figure of a named layer is compared with that layer's own target, never the report's acuan.
  if (lapisan)
    return besaran === 'target'
      ? ada(ind.lapisan[lapisan].target, `target ${NAMA_LAPISAN[lapisan]} belum diisi (target.${lapisan})`)
      : ind.lapisan[lapisan].capaian;
  switch (besaran) {
    case 'target':
      return ada(ind.target, 'target belum diisi');
    case 'realisasi':
      return ind.realisasi;
    case 'capaian':
      return ind.capaian;
    case 'capaianTargetAkhir':
      return ind.capaianTargetAkhir;
    case 'penyerapan':
      return ind.anggaran?.penyerapan ?? { ok: false, alasan: tanpaAnggaran };
    case 'efisiensi':
      return ind.efisiensi;
    case 'pagu':
      return ada(ind.anggaran?.pagu, tanpaAnggaran);
    case 'paguAwal':
      return ada(ind.anggaran ? (ind.anggaran.paguAwal ?? ind.anggaran.pagu) : undefined, tanpaAnggaran);
  }
}

/** "target" or "target RKT/Renja" (a named layer). */
const besaranDan = (t: Tertulis) =>
  t.lapisan && (t.besaran === 'target' || t.besaran === 'capaian')
    ? `${t.besaran} ${NAMA_LAPISAN[t.lapisan]} (lapisan: ${t.lapisan})`
    : t.besaran;

/** Each printed figure of one indicator: rupiah to the rupiah, others at the precision they were typed with. */
export function periksaTertulis(ind: IndikatorTerhitung, c: Pencatat): void {
  const nama = `indikator ${ind.input.kode}`;
  for (const [i, t] of ind.input.tertulis.entries()) {
    const jalur = `${ind.jalur}.tertulis[${i}]`;
    const h = nilaiBesaran(ind, t);
    if (!h.ok) {
      c.warn(
        'kinerja.yaml',
        jalur,
        `${t.sumber} mencetak ${besaranDan(t)} ${nama} ${c.fmt(t.nilai)}, tetapi tidak dapat dibandingkan: ${h.alasan}`,
      );
      continue;
    }
    const dihitung = h.nilai;
    c.banding('kinerja.yaml', jalur);
    const rp = t.besaran === 'pagu' || t.besaran === 'paguAwal';
    if (rp ? Math.abs(t.nilai - dihitung) >= 0.5 : !c.sesuai(t.nilai, dihitung))
      c.warn(
        'kinerja.yaml',
        jalur,
        `${t.sumber} mencetak ${besaranDan(t)} ${nama} ${rp ? rupiah(t.nilai) : c.fmt(t.nilai)}, sedangkan data menghasilkan ${rp ? rupiah(dihitung) : c.fmt(dihitung)}`,
      );
  }
}
