/**
 * The checker's part for a budget line over time: typed totals of earlier years, of the Renstra envelope and of
 * the monthly plan against the sums of their children; the months of a line against its realisasi; the typed
 * yearly totals (`riwayatTertulis`); and entries that would otherwise go unused (a history year not before the
 * report's year, a Renstra year outside the period, a month after the period), each reported.
 */
import type { LaporanTerhitung } from '../laporan.ts';
import { ratakan, namaBaris, type BarisAnggaran } from '../anggaran.ts';
import { jumlahTahunRenstra } from '../anggaranBerkala.ts';
import { NAMA_BULAN } from '../bulanan.ts';
import { rupiah } from '../tampilan/format.ts';
import type { Pencatat } from './pencatat.ts';

const F = 'anggaran.yaml';

function bedaRupiah(c: Pencatat, jalur: string, apa: string, tertulis: number, dihitung: number, terhadap: string) {
  if (Math.abs(tertulis - dihitung) >= 0.5)
    c.warn(
      F,
      jalur,
      `${apa} tertulis ${rupiah(tertulis)}, tetapi ${terhadap} ${rupiah(dihitung)} (selisih ${rupiah(tertulis - dihitung)})`,
    );
}

function periksaBaris(r: LaporanTerhitung, c: Pencatat, b: BarisAnggaran) {
  const k = b.berkala;
  const nama = namaBaris(b);
  const tahun = r.data.laporan.tahun;
  const periode = r.data.laporan.renstra;
  for (const [t, i] of Object.entries(k.indeksRiwayat)) {
    const jalur = `${b.jalur}.riwayat[${i}]`;
    if (Number(t) >= tahun)
      c.warn(
        F,
        `${jalur}.tahun`,
        `riwayat ${nama} tahun ${t} diisi, tetapi riwayat hanya untuk tahun sebelum ${tahun}: nilainya tidak dipakai`,
      );
    for (const [f, g] of [
      ['pagu', k.riwayatPagu],
      ['realisasi', k.riwayatRealisasi],
    ] as const)
      if (g.induk[t] !== undefined) bedaRupiah(c, `${jalur}.${f}`, `${f} ${t} ${nama}`, g.induk[t], g.nilai[t], 'jumlah rinciannya');
  }
  for (const [t, v] of Object.entries(k.renstra.pagu.induk))
    bedaRupiah(c, `${b.jalur}.renstra.pagu.${t}`, `pagu Renstra ${t} ${nama}`, v, k.renstra.pagu.nilai[t], 'jumlah rinciannya');
  for (const t of k.renstra.pagu.sendiri)
    if (periode && (Number(t) < periode.mulai || Number(t) > periode.akhir))
      c.warn(
        F,
        `${b.jalur}.renstra.pagu.${t}`,
        `pagu Renstra ${nama} tahun ${t} diisi, tetapi periode Renstra ${periode.mulai}–${periode.akhir} (laporan.yaml): nilainya tidak dipakai`,
      );
  const jm = k.renstra.jumlahMasukan;
  if (jm !== undefined) {
    const jalur = `${b.jalur}.renstra.jumlah`;
    const dariAnak = b.anak.some((a) => a.berkala.renstra.ada);
    const dariTahun = jumlahTahunRenstra(k.renstra.pagu, periode);
    if (dariAnak) {
      if (!k.renstra.amplop.ok)
        c.warn(
          F,
          jalur,
          `pagu Renstra periode ${nama} tertulis ${rupiah(jm)}, tetapi tidak dapat dibandingkan: ${k.renstra.amplop.alasan}`,
        );
      else bedaRupiah(c, jalur, `pagu Renstra periode ${nama}`, jm, k.renstra.amplop.nilai, 'jumlah rinciannya');
    } else if (dariTahun.ok) bedaRupiah(c, jalur, `pagu Renstra periode ${nama}`, jm, dariTahun.nilai, 'jumlah pagu Renstra per tahunnya');
  }
  const sampai = r.sampaiTriwulan * 3;
  const lewat = (g: typeof k.bulananTarget, apa: string, f: string) => {
    const bulan = g.sendiri.map(Number).filter((m) => m > sampai);
    if (bulan.length)
      c.warn(
        F,
        `${b.jalur}.bulanan.${f}`,
        `${apa} ${nama} untuk bulan ${bulan.map((m) => NAMA_BULAN[m - 1]).join(', ')} diisi, tetapi laporan ini hanya sampai bulan ${NAMA_BULAN[sampai - 1]}: nilainya tidak dipakai`,
      );
  };
  lewat(k.bulananRealisasi, 'realisasi anggaran', 'realisasi');
  for (const [f, g] of [
    ['target', k.bulananTarget],
    ['realisasi', k.bulananRealisasi],
  ] as const)
    for (const [m, v] of Object.entries(g.induk))
      bedaRupiah(
        c,
        `${b.jalur}.bulanan.${f}.${m}`,
        `${f} anggaran ${NAMA_BULAN[Number(m) - 1]} ${nama}`,
        v,
        g.nilai[m],
        'jumlah rinciannya',
      );
  // The months of the period must add up to the line's realisasi, and a full year's plan to its pagu.
  if (k.bulananRealisasi.sendiri.length) {
    const kurang = Array.from({ length: sampai }, (_, i) => i + 1).filter((m) => k.bulananRealisasi.nilai[String(m)] === undefined);
    const jalur = `${b.jalur}.bulanan.realisasi`;
    if (kurang.length)
      c.warn(
        F,
        jalur,
        `realisasi anggaran bulanan ${nama} belum lengkap (${kurang.map((m) => NAMA_BULAN[m - 1]).join(', ')} kosong): jumlahnya tidak dapat dibandingkan dengan realisasi ${rupiah(b.realisasi)}`,
      );
    else {
      const s = k.bulanan[sampai - 1]?.realisasiSampai;
      if (s?.ok) bedaRupiah(c, jalur, `jumlah realisasi bulanan ${nama}`, s.nilai, b.realisasi, 'realisasi barisnya');
    }
  }
  if (k.bulananTarget.sendiri.length) {
    const semua = Array.from({ length: 12 }, (_, i) => k.bulananTarget.nilai[String(i + 1)]);
    if (semua.every((v) => v !== undefined))
      bedaRupiah(
        c,
        `${b.jalur}.bulanan.target`,
        `jumlah target bulanan ${nama}`,
        semua.reduce((a, x) => a + x!, 0),
        b.pagu,
        'pagu barisnya',
      );
  }
}

/** The typed totals of earlier years (anggaran.yaml: riwayatTertulis) against the programs' history summed. */
function periksaJumlahRiwayat(r: LaporanTerhitung, c: Pencatat) {
  const j = r.berkalaAnggaran;
  (r.data.anggaran?.riwayatTertulis ?? []).forEach((t, i) => {
    const jalur = `riwayatTertulis[${i}]`;
    const di = t.sumber ? ` di ${t.sumber}` : '';
    const h = j?.riwayat.find((x) => x.tahun === t.tahun);
    for (const f of ['pagu', 'realisasi'] as const) {
      const tertulis = t[f];
      if (tertulis === undefined) continue;
      const dihitung = h?.[f];
      if (dihitung === undefined) {
        c.warn(
          F,
          `${jalur}.${f}`,
          `jumlah ${f} ${t.tahun} tertulis ${rupiah(tertulis)}${di}, tetapi tidak dapat dibandingkan: tidak ada baris dengan ${f} ${t.tahun} (riwayat)`,
        );
        continue;
      }
      c.banding(F, `${jalur}.${f}`);
      bedaRupiah(c, `${jalur}.${f}`, `jumlah ${f} ${t.tahun}${di}`, tertulis, dihitung, 'jumlah riwayat seluruh program');
    }
    if (t.persen !== undefined) {
      const p = h?.penyerapan ?? { ok: false as const, alasan: `tidak ada riwayat tahun ${t.tahun}` };
      if (!p.ok)
        c.warn(
          F,
          `${jalur}.persen`,
          `penyerapan ${t.tahun} tertulis ${c.fmt(t.persen)}${di}, tetapi tidak dapat dibandingkan: ${p.alasan}`,
        );
      else {
        c.banding(F, `${jalur}.persen`);
        if (!c.sesuai(t.persen, p.nilai))
          c.warn(
            F,
            `${jalur}.persen`,
            `penyerapan ${t.tahun} tertulis ${c.fmt(t.persen)}${di}, tetapi realisasi ÷ pagu = ${c.fmt(p.nilai)}`,
          );
      }
    }
  });
}

/** Every budget line's typed amounts over time, then the typed yearly totals and Renstra entries without a Renstra period. */
export function periksaAnggaranBerkala(r: LaporanTerhitung, c: Pencatat) {
  for (const b of ratakan(r.program)) periksaBaris(r, c, b);
  periksaJumlahRiwayat(r, c);
  if (!r.data.laporan.renstra && r.semuaBaris.some((b) => b.berkala.renstra.ada))
    c.warn(
      'laporan.yaml',
      'renstra',
      'anggaran.yaml memuat pagu Renstra, tetapi periode Renstra belum diisi (renstra: { mulai, akhir }): pagu Renstra periode dan realisasi terhadapnya tidak dapat dihitung',
    );
}
