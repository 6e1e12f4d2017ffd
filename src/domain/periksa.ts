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
import { angka, rupiah } from './format.ts';
import { ratakan, namaBaris, capaianIndikatorAnggaran } from './anggaran.ts';
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
  return (['potong', 'setengah-ke-atas'] as const).some((cara) => bulatkan(dihitung, { cara, desimal }) === bulatkan(tertulis, { cara, desimal }));
}

function nilaiBesaran(ind: IndikatorTerhitung, besaran: IndikatorTerhitung['input']['tertulis'][number]['besaran']): number | undefined {
  const h = (x: Hasil | undefined) => (x?.ok ? x.nilai : undefined);
  switch (besaran) {
    case 'target': return ind.target;
    case 'realisasi': return h(ind.realisasi);
    case 'capaian': return h(ind.capaian);
    case 'capaianTargetAkhir': return h(ind.capaianTargetAkhir);
    case 'penyerapan': return h(ind.anggaran?.penyerapan);
    case 'efisiensi': return h(ind.efisiensi);
    case 'pagu': return ind.anggaran?.pagu;
    case 'paguAwal': return ind.anggaran ? (ind.anggaran.paguAwal ?? ind.anggaran.pagu) : undefined;
  }
}

export function periksaLaporan(r: LaporanTerhitung): Masalah[] {
  const out: Masalah[] = [];
  const { id, laporan } = r.data;
  const p = laporan.pembulatan;
  const warn = (file: string, jalur: string, pesan: string) => out.push({ tingkat: 'peringatan', berkas: berkasLaporan(id, file), jalur, pesan });
  const fmt = (x: number) => angka(x, { cara: p.cara, desimal: Math.max(p.desimal, 2) });

  for (const ind of r.indikator) {
    const nama = `indikator ${ind.input.kode}`;
    for (const [i, t] of ind.input.tertulis.entries()) {
      const dihitung = nilaiBesaran(ind, t.besaran);
      if (dihitung === undefined) continue;
      const rp = t.besaran === 'pagu' || t.besaran === 'paguAwal';
      if (rp ? Math.abs(t.nilai - dihitung) >= 0.5 : !sesuai(t.nilai, dihitung))
        warn('kinerja.yaml', `${ind.jalur}.tertulis[${i}]`, `${t.sumber} mencetak ${t.besaran} ${nama} ${rp ? rupiah(t.nilai) : fmt(t.nilai)}, sedangkan data menghasilkan ${rp ? rupiah(dihitung) : fmt(dihitung)}`);
    }
    const m = ind.masukanRealisasi;
    const adaTriwulan = TRIWULAN.some((k) => m[k] !== undefined);
    if (adaTriwulan && m.tahunan !== undefined) {
      const dariTw = realisasiSampai(m, ind.input.agregasi, 4);
      if (dariTw.ok && !sesuai(m.tahunan, dariTw.nilai))
        warn('realisasi.yaml', `${ind.input.kode}.tahunan`, `realisasi tahunan ${nama} tertulis ${fmt(m.tahunan)}, tetapi dari triwulan (${ind.input.agregasi}) hasilnya ${fmt(dariTw.nilai)}`);
    }
    if (m.perhitungan && ind.realisasi.ok) {
      const dari = realisasiDariPerhitungan(m.perhitungan.pembilang.map((k) => k.nilai), m.perhitungan.penyebut.nilai);
      if (dari.ok && !sesuai(ind.realisasi.nilai, dari.nilai))
        warn('realisasi.yaml', `${ind.input.kode}.perhitungan`, `perhitungan ${nama} menghasilkan ${fmt(dari.nilai)}, tetapi realisasi tertulis ${fmt(ind.realisasi.nilai)}`);
    }
    ind.riwayat.forEach((h, i) => {
      const typed = ind.input.riwayat.find((x) => x.tahun === h.tahun)?.capaianTertulis;
      const idx = ind.input.riwayat.findIndex((x) => x.tahun === h.tahun);
      if (typed !== undefined && h.capaian.ok && !sesuai(typed, h.capaian.nilai))
        warn('kinerja.yaml', `${ind.jalur}.riwayat[${idx >= 0 ? idx : i}].capaianTertulis`, `capaian ${h.tahun} ${nama} tertulis ${fmt(typed)}, tetapi target dan realisasinya menghasilkan ${fmt(h.capaian.nilai)}`);
    });
  }

  for (const b of ratakan(r.program)) {
    const induk = b.anak.length > 0;
    const di = b.tertulis.sumber ? ` di ${b.tertulis.sumber}` : '';
    for (const key of ['pagu', 'paguAwal', 'realisasi'] as const) {
      const typed = b.tertulis[key];
      // Without a perubahan, the original budget is the budget in force.
      const computed = key === 'paguAwal' ? (b.paguAwal ?? b.pagu) : b[key];
      if (typed !== undefined && Math.abs(typed - computed) >= 0.5)
        warn(
          'anggaran.yaml',
          induk ? `${b.jalur}.${key}` : `${b.jalur}.tertulis.${key}`,
          `${key} ${namaBaris(b)} tertulis ${rupiah(typed)}${di}, tetapi ${induk ? 'jumlah rinciannya' : 'datanya'} ${rupiah(computed)} (selisih ${rupiah(typed - computed)})`,
        );
    }
    if (b.tertulis.sisa !== undefined && Math.abs(b.tertulis.sisa - b.sisa) >= 0.5)
      warn('anggaran.yaml', `${b.jalur}.tertulis.sisa`, `sisa ${namaBaris(b)} tertulis ${rupiah(b.tertulis.sisa)}, tetapi pagu − realisasi = ${rupiah(b.sisa)}`);
    if (b.tertulis.persen !== undefined && b.penyerapan.ok && !sesuai(b.tertulis.persen, b.penyerapan.nilai))
      warn('anggaran.yaml', `${b.jalur}.tertulis.persen`, `persentase ${namaBaris(b)} tertulis ${fmt(b.tertulis.persen)}, tetapi realisasi ÷ pagu = ${fmt(b.penyerapan.nilai)}`);
    b.indikator.forEach((ind, i) => {
      if (ind.capaianTertulis === undefined) return;
      const c = capaianIndikatorAnggaran(ind);
      const jalur = `${b.jalur}.indikator[${i}].capaianTertulis`;
      if (c.ok && !sesuai(ind.capaianTertulis, c.nilai))
        warn('anggaran.yaml', jalur, `capaian "${ind.nama}" (${namaBaris(b)}) tertulis ${fmt(ind.capaianTertulis)}, tetapi realisasi ÷ target = ${fmt(c.nilai)}`);
      // A typed capaian that cannot be compared (text target or realisasi, target 0) is said so, never skipped.
      else if (!c.ok)
        warn('anggaran.yaml', jalur, `capaian "${ind.nama}" (${namaBaris(b)}) tertulis ${fmt(ind.capaianTertulis)}, tetapi tidak dapat dibandingkan: ${c.alasan}`);
    });
  }

  const jt = r.data.anggaran?.jumlahTertulis;
  const j = r.jumlahAnggaran;
  if (jt && j) {
    for (const key of ['pagu', 'realisasi'] as const) {
      const typed = jt[key];
      if (typed !== undefined && Math.abs(typed - j[key]) >= 0.5)
        warn('anggaran.yaml', `jumlahTertulis.${key}`, `jumlah ${key} tertulis ${rupiah(typed)}, tetapi jumlah seluruh program ${rupiah(j[key])} (selisih ${rupiah(typed - j[key])})`);
    }
    if (jt.persen !== undefined && j.penyerapan.ok && !sesuai(jt.persen, j.penyerapan.nilai))
      warn('anggaran.yaml', 'jumlahTertulis.persen', `persentase penyerapan total tertulis ${fmt(jt.persen)}, tetapi realisasi ÷ pagu = ${fmt(j.penyerapan.nilai)}`);
  }

  r.data.lainnya?.aktivitas.forEach((d, i) => {
    if (!d.indikator) return;
    const ind = r.indikator.find((x) => x.input.kode === d.indikator);
    const pembilang = ind?.masukanRealisasi.perhitungan?.pembilang;
    const count = d.kelompok.reduce((a, k) => a + k.aktivitas.length, 0);
    if (pembilang && pembilang.length === 1 && pembilang[0].nilai !== count)
      warn('lainnya.yaml', `aktivitas[${i}]`, `daftar "${d.judul}" berisi ${count} aktivitas, tetapi pembilang indikator ${d.indikator} tertulis ${pembilang[0].nilai}`);
  });

  const sdm = r.data.sdm;
  if (sdm?.jumlahTertulis) {
    const j = jumlahSdm(sdm);
    const t = sdm.jumlahTertulis;
    for (const key of ['lakiLaki', 'perempuan'] as const)
      if (t[key] !== undefined && t[key] !== j[key]) warn('sdm.yaml', `jumlahTertulis.${key}`, `baris Jumlah mencetak ${key} ${t[key]} orang, tetapi baris-barisnya berjumlah ${j[key]}`);
    for (const grup of ['status', 'pendidikan', 'eselon'] as const)
      for (const [k, v] of Object.entries(t[grup] ?? {}))
        if (v !== (j[grup][k] ?? 0)) warn('sdm.yaml', `jumlahTertulis.${grup}.${k}`, `baris Jumlah mencetak ${grup} ${k} ${v} orang, tetapi baris-barisnya berjumlah ${j[grup][k] ?? 0}`);
  }
  sdm?.baris.forEach((b, i) => {
    const orang = b.lakiLaki + b.perempuan;
    for (const key of ['status', 'pendidikan'] as const) {
      const values = Object.values(b[key]);
      const total = values.reduce((a, x) => a + x, 0);
      if (values.length > 0 && total !== orang)
        warn('sdm.yaml', `baris[${i}].${key}`, `baris "${b.jabatan}": jumlah menurut ${key} ${total} orang, tetapi laki-laki + perempuan ${orang} orang`);
    }
  });
  return out;
}
