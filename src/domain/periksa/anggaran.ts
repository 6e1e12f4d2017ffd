/**
 * The checker's budget part: every figure typed on a budget line (a parent's entered totals, each set of
 * printed figures in `tertulis`, an output indicator's typed capaian, the typed grand total) is compared with
 * the computed one, or reported as not comparable with the reason. Nothing typed is skipped silently.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { ratakan, namaBaris, type BarisAnggaran } from '../anggaran.ts';
import { rataRataCapaian } from '../capaian.ts';
import { rupiah } from '../tampilan/format.ts';
import type { Hasil } from '../hasil.ts';
import type { Pencatat } from './pencatat.ts';

const F = 'anggaran.yaml';

/** A typed rupiah amount against the computed one (to the rupiah). */
function bandingRupiah(c: Pencatat, jalur: string, label: string, tertulis: number, di: string, dihitung: number, terhadap: string) {
  c.banding(F, jalur);
  if (Math.abs(tertulis - dihitung) >= 0.5)
    c.warn(
      F,
      jalur,
      `${label} tertulis ${rupiah(tertulis)}${di}, tetapi ${terhadap} ${rupiah(dihitung)} (selisih ${rupiah(tertulis - dihitung)})`,
    );
}

/** A typed percentage against a computed Hasil, or "not comparable" with the reason. */
function bandingPersen(c: Pencatat, jalur: string, label: string, tertulis: number, di: string, dihitung: Hasil, terhadap: string) {
  if (!dihitung.ok)
    return c.warn(F, jalur, `${label} tertulis ${c.fmt(tertulis)}${di}, tetapi tidak dapat dibandingkan: ${dihitung.alasan}`);
  c.banding(F, jalur);
  if (!c.sesuai(tertulis, dihitung.nilai))
    c.warn(F, jalur, `${label} tertulis ${c.fmt(tertulis)}${di}, tetapi ${terhadap} = ${c.fmt(dihitung.nilai)}`);
}

/** One budget line's typed figures against its computed ones. */
function periksaBaris(c: Pencatat, b: BarisAnggaran) {
  const nama = namaBaris(b);
  for (const key of ['pagu', 'paguAwal', 'realisasi'] as const) {
    const tertulis = b.isianInduk[key];
    // Without a perubahan, the original budget is the budget in force.
    if (tertulis !== undefined)
      bandingRupiah(
        c,
        `${b.jalur}.${key}`,
        `${key} ${nama}`,
        tertulis,
        '',
        key === 'paguAwal' ? (b.paguAwal ?? b.pagu) : b[key],
        'jumlah rinciannya',
      );
  }
  for (const t of b.tertulis) {
    const di = t.sumber ? ` di ${t.sumber}` : '';
    for (const key of ['pagu', 'paguAwal', 'realisasi'] as const) {
      const tertulis = t[key];
      if (tertulis !== undefined)
        bandingRupiah(
          c,
          `${t.jalur}.${key}`,
          `${key} ${nama}`,
          tertulis,
          di,
          key === 'paguAwal' ? (b.paguAwal ?? b.pagu) : b[key],
          b.anak.length ? 'jumlah rinciannya' : 'datanya',
        );
    }
    if (t.sisa !== undefined) {
      c.banding(F, `${t.jalur}.sisa`);
      if (Math.abs(t.sisa - b.sisa) >= 0.5)
        c.warn(F, `${t.jalur}.sisa`, `sisa ${nama} tertulis ${rupiah(t.sisa)}${di}, tetapi pagu − realisasi = ${rupiah(b.sisa)}`);
    }
    if (t.persen !== undefined) bandingPersen(c, `${t.jalur}.persen`, `persentase ${nama}`, t.persen, di, b.penyerapan, 'realisasi ÷ pagu');
    if (t.capaian !== undefined)
      bandingPersen(c, `${t.jalur}.capaian`, `capaian keluaran ${nama}`, t.capaian, di, b.capaianKeluaran, 'capaian indikatornya');
    if (t.efisiensi !== undefined)
      bandingPersen(
        c,
        `${t.jalur}.efisiensi`,
        `efisiensi ${nama}`,
        t.efisiensi,
        di,
        b.efisiensi,
        'capaian keluaran dan penyerapannya memberi',
      );
  }
  b.indikator.forEach((ind, i) => {
    if (ind.capaianTertulis !== undefined)
      bandingPersen(
        c,
        `${b.jalur}.indikator[${i}].capaianTertulis`,
        `capaian "${ind.nama}" (${nama})`,
        ind.capaianTertulis,
        '',
        ind.capaian,
        'realisasi ÷ target',
      );
  });
  // An entered output achievement is data, but where the indicators give one too, the two must agree.
  const dariIndikator = rataRataCapaian(b.indikator.map((i) => i.capaian));
  if (b.capaianMasukan !== undefined && dariIndikator.ok && !c.sesuai(b.capaianMasukan, dariIndikator.nilai))
    c.warn(
      F,
      `${b.jalur}.capaian`,
      `capaian keluaran ${nama} diisi ${c.fmt(b.capaianMasukan)}, tetapi rata-rata capaian indikatornya ${c.fmt(dariIndikator.nilai)}`,
    );
}

/** Every typed figure of the budget: each line's typed totals and printed figures, then the typed grand total. */
export function periksaAnggaran(r: LaporanTerhitung, c: Pencatat) {
  for (const b of ratakan(r.program)) periksaBaris(c, b);
  const jt = r.data.anggaran?.jumlahTertulis;
  const j = r.jumlahAnggaran;
  if (!jt || !j) return;
  for (const key of ['pagu', 'realisasi'] as const) {
    const tertulis = jt[key];
    if (tertulis !== undefined) bandingRupiah(c, `jumlahTertulis.${key}`, `jumlah ${key}`, tertulis, '', j[key], 'jumlah seluruh program');
  }
  if (jt.persen !== undefined)
    bandingPersen(c, 'jumlahTertulis.persen', 'persentase penyerapan total', jt.persen, '', j.penyerapan, 'realisasi ÷ pagu');
}
