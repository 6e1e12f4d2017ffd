/**
 * The consistency checker: wherever an author typed a figure that can be derived (a parent total,
 * a capaian, a year total, a count), compare it with the computed one and report each disagreement.
 * Pure: reads a computed report, returns warnings.
 */
import type { LaporanTerhitung, IndikatorTerhitung } from './laporan.ts';
import type { Hasil } from './hasil.ts';
import { realisasiSampai, TRIWULAN } from './triwulan.ts';
import { realisasiDariPerhitungan } from './capaian.ts';
import { bulatkan } from './pembulatan.ts';
import { angka, rupiah, romawi } from './tampilan/format.ts';
import { adaBulan, triwulanDariBulan, bulanDiLuarPeriode, NAMA_BULAN } from './bulanan.ts';
import { periksaAnggaran } from './periksaAnggaran.ts';
import { jumlahSdm } from './organisasi.ts';
import { berkasLaporan, type Masalah } from './masalah.ts';

/** Decimals a typed figure was written with (89.52 -> 2, 60 -> 0). */
export function desimalDari(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(4, s.length - i - 1);
}

/**
 * Does a typed figure agree with the computed one, read at the precision it was typed with?
 * Truncated and half-up roundings both count as agreement: hand-made reports mix them (Candipuro's
 * budget table truncates some percentages and rounds others), and a rounding habit is not a wrong figure.
 */
export function sesuai(tertulis: number, dihitung: number): boolean {
  const desimal = desimalDari(tertulis);
  return (['potong', 'setengah-ke-atas'] as const).some(
    (cara) => bulatkan(dihitung, { cara, desimal }) === bulatkan(tertulis, { cara, desimal }),
  );
}

/** The computed value a typed indicator figure is compared with, or why there is none. */
function nilaiBesaran(ind: IndikatorTerhitung, besaran: IndikatorTerhitung['input']['tertulis'][number]['besaran']): Hasil {
  const ada = (x: number | undefined, alasan: string): Hasil => (x === undefined ? { ok: false, alasan } : { ok: true, nilai: x });
  const tanpaAnggaran = ind.alasanAnggaran ?? 'anggaran tidak dapat dihitung';
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

type Peringatan = (file: string, jalur: string, pesan: string) => void;

/**
 * Monthly and quarterly realisasi of one indicator: a typed quarter that its months contradict, and values entered
 * after the period's end (a TW III report does not use tw4 or October), which would otherwise be silently unused.
 */
export function periksaBulanan(ind: IndikatorTerhitung, sampaiTriwulan: number, warn: Peringatan, fmt: (x: number) => string): void {
  const m = ind.masukanRealisasi;
  const kode = ind.input.kode;
  if (adaBulan(m.bulanan)) {
    const dari = triwulanDariBulan(m.bulanan, ind.input.agregasi);
    TRIWULAN.forEach((k, i) => {
      const typed = m[k];
      const hitung = dari[k];
      if (typed !== undefined && hitung !== undefined && !sesuai(typed, hitung))
        warn(
          'realisasi.yaml',
          `${kode}.${k}`,
          `realisasi triwulan ${romawi(i + 1)} indikator ${kode} tertulis ${fmt(typed)}, tetapi dari bulan-bulannya (${ind.input.agregasi}) hasilnya ${fmt(hitung)}; yang dipakai: ${fmt(hitung)}`,
        );
    });
  }
  const sampaiBulan = sampaiTriwulan * 3;
  const lewat = (b: Record<string, unknown> | undefined, apa: string, berkas: string, jalur: string) => {
    const bulan = bulanDiLuarPeriode(b as Record<string, number> | undefined, sampaiBulan);
    if (bulan.length)
      warn(
        berkas,
        jalur,
        `${apa} indikator ${kode} untuk bulan ${bulan.map((x) => NAMA_BULAN[x - 1]).join(', ')} diisi, tetapi laporan ini hanya sampai bulan ${NAMA_BULAN[sampaiBulan - 1]}: nilainya tidak dipakai`,
      );
  };
  lewat(m.bulanan, 'realisasi', 'realisasi.yaml', `${kode}.bulanan`);
  lewat(m.keteranganBulanan, 'keterangan', 'realisasi.yaml', `${kode}.keteranganBulanan`);
  lewat(ind.input.target.bulanan, 'target bulanan', 'kinerja.yaml', `${ind.jalur}.target.bulanan`);
  TRIWULAN.slice(sampaiTriwulan).forEach((k, i) => {
    if (m[k] !== undefined)
      warn(
        'realisasi.yaml',
        `${kode}.${k}`,
        `realisasi triwulan ${romawi(sampaiTriwulan + i + 1)} indikator ${kode} diisi (${fmt(m[k]!)}), tetapi laporan ini hanya sampai triwulan ${romawi(sampaiTriwulan)}: nilainya tidak dipakai`,
      );
  });
}

/**
 * Every warning of one report. `dibandingkan` receives "file:path" of each typed figure that was compared
 * (agreeing or not); a typed figure that cannot be compared gets a warning instead, so none is skipped silently.
 */
export function periksaLaporan(r: LaporanTerhitung, dibandingkan: string[] = []): Masalah[] {
  const out: Masalah[] = [];
  const { id, laporan } = r.data;
  const p = laporan.pembulatan;
  const warn = (file: string, jalur: string, pesan: string) =>
    out.push({ tingkat: 'peringatan', berkas: berkasLaporan(id, file), jalur, pesan });
  const banding = (file: string, jalur: string) => dibandingkan.push(`${file}:${jalur}`);
  const fmt = (x: number) => angka(x, { cara: p.cara, desimal: Math.max(p.desimal, 2) });

  for (const ind of r.indikator) {
    const nama = `indikator ${ind.input.kode}`;
    for (const [i, t] of ind.input.tertulis.entries()) {
      const h = nilaiBesaran(ind, t.besaran);
      if (!h.ok) {
        warn(
          'kinerja.yaml',
          `${ind.jalur}.tertulis[${i}]`,
          `${t.sumber} mencetak ${t.besaran} ${nama} ${fmt(t.nilai)}, tetapi tidak dapat dibandingkan: ${h.alasan}`,
        );
        continue;
      }
      const dihitung = h.nilai;
      banding('kinerja.yaml', `${ind.jalur}.tertulis[${i}]`);
      const rp = t.besaran === 'pagu' || t.besaran === 'paguAwal';
      if (rp ? Math.abs(t.nilai - dihitung) >= 0.5 : !sesuai(t.nilai, dihitung))
        warn(
          'kinerja.yaml',
          `${ind.jalur}.tertulis[${i}]`,
          `${t.sumber} mencetak ${t.besaran} ${nama} ${rp ? rupiah(t.nilai) : fmt(t.nilai)}, sedangkan data menghasilkan ${rp ? rupiah(dihitung) : fmt(dihitung)}`,
        );
    }
    const m = ind.masukanRealisasi;
    periksaBulanan(ind, r.sampaiTriwulan, warn, fmt);
    const adaTriwulan = TRIWULAN.some((k) => ind.nilaiTriwulan[k] !== undefined);
    if (adaTriwulan && m.tahunan !== undefined) {
      const dariTw = realisasiSampai(ind.nilaiTriwulan, ind.input.agregasi, 4);
      if (!dariTw.ok)
        warn(
          'realisasi.yaml',
          `${ind.input.kode}.tahunan`,
          `realisasi tahunan ${nama} tertulis ${fmt(m.tahunan)}, tetapi tidak dapat dibandingkan dengan triwulannya: ${dariTw.alasan}`,
        );
      else banding('realisasi.yaml', `${ind.input.kode}.tahunan`);
      if (dariTw.ok && !sesuai(m.tahunan, dariTw.nilai))
        warn(
          'realisasi.yaml',
          `${ind.input.kode}.tahunan`,
          `realisasi tahunan ${nama} tertulis ${fmt(m.tahunan)}, tetapi dari triwulan (${ind.input.agregasi}) hasilnya ${fmt(dariTw.nilai)}`,
        );
    }
    if (m.perhitungan) {
      const dari = realisasiDariPerhitungan(
        m.perhitungan.pembilang.map((k) => k.nilai),
        m.perhitungan.penyebut.nilai,
      );
      const sebab = !dari.ok ? dari.alasan : !ind.realisasi.ok ? ind.realisasi.alasan : undefined;
      if (sebab)
        warn(
          'realisasi.yaml',
          `${ind.input.kode}.perhitungan`,
          `perhitungan ${nama} tidak dapat dibandingkan dengan realisasinya: ${sebab}`,
        );
      else banding('realisasi.yaml', `${ind.input.kode}.perhitungan`);
      if (dari.ok && ind.realisasi.ok && !sesuai(ind.realisasi.nilai, dari.nilai))
        warn(
          'realisasi.yaml',
          `${ind.input.kode}.perhitungan`,
          `perhitungan ${nama} menghasilkan ${fmt(dari.nilai)}, tetapi realisasi tertulis ${fmt(ind.realisasi.nilai)}`,
        );
    }
    ind.riwayat.forEach((h, i) => {
      const typed = ind.input.riwayat.find((x) => x.tahun === h.tahun)?.capaianTertulis;
      const idx = ind.input.riwayat.findIndex((x) => x.tahun === h.tahun);
      const jalur = `${ind.jalur}.riwayat[${idx >= 0 ? idx : i}].capaianTertulis`;
      if (typed === undefined) return;
      if (!h.capaian.ok)
        return warn(
          'kinerja.yaml',
          jalur,
          `capaian ${h.tahun} ${nama} tertulis ${fmt(typed)}, tetapi tidak dapat dibandingkan: ${h.capaian.alasan}`,
        );
      banding('kinerja.yaml', jalur);
      if (!sesuai(typed, h.capaian.nilai))
        warn(
          'kinerja.yaml',
          jalur,
          `capaian ${h.tahun} ${nama} tertulis ${fmt(typed)}, tetapi target dan realisasinya menghasilkan ${fmt(h.capaian.nilai)}`,
        );
    });
  }

  periksaAnggaran(r, { banding, warn, fmt, sesuai });

  r.data.lainnya?.aktivitas.forEach((d, i) => {
    if (!d.indikator) return;
    const ind = r.indikator.find((x) => x.input.kode === d.indikator);
    const pembilang = ind?.masukanRealisasi.perhitungan?.pembilang;
    const count = d.kelompok.reduce((a, k) => a + k.aktivitas.length, 0);
    // Without a perhitungan nothing typed counts the list; with several pembilang, which one does is unknown.
    if (!pembilang) return;
    if (pembilang.length !== 1)
      return warn(
        'lainnya.yaml',
        `aktivitas[${i}]`,
        `daftar "${d.judul}" (${count} aktivitas) tidak dapat dibandingkan dengan indikator ${d.indikator}: perhitungannya memiliki ${pembilang.length} pembilang, bukan 1`,
      );
    if (pembilang[0].nilai !== count)
      warn(
        'lainnya.yaml',
        `aktivitas[${i}]`,
        `daftar "${d.judul}" berisi ${count} aktivitas, tetapi pembilang indikator ${d.indikator} tertulis ${pembilang[0].nilai}`,
      );
  });

  const sdm = r.data.sdm;
  if (sdm?.jumlahTertulis) {
    const j = jumlahSdm(sdm);
    const t = sdm.jumlahTertulis;
    for (const key of ['lakiLaki', 'perempuan'] as const)
      if (t[key] !== undefined && (banding('sdm.yaml', `jumlahTertulis.${key}`), t[key] !== j[key]))
        warn(
          'sdm.yaml',
          `jumlahTertulis.${key}`,
          `baris Jumlah mencetak ${key} ${t[key]} orang, tetapi baris-barisnya berjumlah ${j[key]}`,
        );
    for (const grup of ['status', 'pendidikan', 'eselon'] as const)
      for (const [k, v] of Object.entries(t[grup] ?? {}))
        if ((banding('sdm.yaml', `jumlahTertulis.${grup}.${k}`), v !== (j[grup][k] ?? 0)))
          warn(
            'sdm.yaml',
            `jumlahTertulis.${grup}.${k}`,
            `baris Jumlah mencetak ${grup} ${k} ${v} orang, tetapi baris-barisnya berjumlah ${j[grup][k] ?? 0}`,
          );
  }
  sdm?.baris.forEach((b, i) => {
    const orang = b.lakiLaki + b.perempuan;
    for (const key of ['status', 'pendidikan'] as const) {
      const values = Object.values(b[key]);
      const total = values.reduce((a, x) => a + x, 0);
      if (values.length > 0 && total !== orang)
        warn(
          'sdm.yaml',
          `baris[${i}].${key}`,
          `baris "${b.jabatan}": jumlah menurut ${key} ${total} orang, tetapi laki-laki + perempuan ${orang} orang`,
        );
    }
  });
  return out;
}
