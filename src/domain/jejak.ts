/**
 * An indicator across reports and years: the page a reader lands on from a search. The same
 * indicator of the same kecamatan in several reports (years, quarters) is one page; the history typed
 * in `riwayat` fills the years no published report covers.
 */
import type { LaporanTerhitung, IndikatorTerhitung } from './laporan.ts';
import type { Pita } from '../schemas/skala.ts';
import type { Pembulatan } from './pembulatan.ts';
import type { SkalaNilai } from '../schemas/kinerja.ts';
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import { slug } from './tampilan/slug.ts';

export interface TitikJejak {
  tahun: number;
  /** "Tahun 2024", "Triwulan II Tahun 2023". */
  periode: string;
  /** Sort key within a year: quarter reached (yearly = 4, history = 4). */
  urutan: number;
  target?: number;
  realisasi?: number;
  capaian: Hasil;
  predikat?: Pita;
  /** The published report this point comes from, or the document named in the history. */
  laporanId?: string;
  dokumen?: string;
  /** Name of the indicator at that time when it differed (a Renstra change). */
  namaIndikator?: string;
}

export interface JejakIndikator {
  /** URL key: kecamatan and indicator name. */
  kunci: string;
  nama: string;
  instansi: string;
  pemerintah: string;
  /** The definition as written in the newest report. */
  terbaru: IndikatorTerhitung;
  laporanTerbaru: LaporanTerhitung;
  /** The newest report's rounding, with the indicator's grade scale (values printed as codes). */
  pembulatan: Pembulatan & { skalaNilai?: SkalaNilai };
  titik: TitikJejak[];
  /** How capaian moved over the points on record (the trend the indicator page's chart states). */
  tren: TrenCapaian;
}

/** A point whose capaian was computed. */
export type TitikTerhitung = TitikJejak & { capaian: { ok: true; nilai: number } };

export interface TrenCapaian {
  /** The points whose capaian was computed, oldest first. */
  titik: TitikTerhitung[];
  /** Capaian of the newest of them minus the oldest, in points; not computed with fewer than two. */
  selisih: Hasil;
}

/** The trend of capaian over points in order: first and last computed capaian, and the change between them. */
export function trenCapaian(titik: TitikJejak[]): TrenCapaian {
  const ada = titik.filter((t): t is TitikTerhitung => t.capaian.ok);
  const selisih =
    ada.length >= 2
      ? hasil(ada[ada.length - 1].capaian.nilai - ada[0].capaian.nilai)
      : tidakDapat('capaian terhitung kurang dari dua periode');
  return { titik: ada, selisih };
}

/** The page key of an indicator across reports: instansi, pemerintah and indicator name. */
export function kunciIndikator(r: LaporanTerhitung, i: IndikatorTerhitung): string {
  return slug(r.data.laporan.instansi, r.namaPemerintah, i.input.nama);
}

/** Every indicator across the given reports, one entry per key, with its figures per report and year in order. */
export function jejakIndikator(daftar: LaporanTerhitung[]): JejakIndikator[] {
  const urut = [...daftar].sort((a, b) => a.data.laporan.tahun - b.data.laporan.tahun || a.sampaiTriwulan - b.sampaiTriwulan);
  const peta = new Map<string, JejakIndikator>();
  for (const r of urut) {
    for (const i of r.indikator) {
      const kunci = kunciIndikator(r, i);
      const j = peta.get(kunci) ?? {
        kunci,
        nama: i.input.nama,
        instansi: r.data.laporan.instansi,
        pemerintah: r.namaPemerintah,
        terbaru: i,
        laporanTerbaru: r,
        pembulatan: { ...r.data.laporan.pembulatan, skalaNilai: i.pembulatan.skalaNilai },
        titik: [],
        tren: trenCapaian([]),
      };
      // Reports are visited oldest first: the newest definition wins.
      Object.assign(j, {
        terbaru: i,
        laporanTerbaru: r,
        pembulatan: { ...r.data.laporan.pembulatan, skalaNilai: i.pembulatan.skalaNilai },
      });
      if (r.sampaiTriwulan === 4) j.titik = j.titik.filter((t) => !(t.tahun === r.data.laporan.tahun && !t.laporanId));
      j.titik.push({
        tahun: r.data.laporan.tahun,
        periode: r.namaPeriode,
        urutan: r.sampaiTriwulan,
        target: i.target,
        realisasi: i.realisasi.ok ? i.realisasi.nilai : undefined,
        capaian: i.capaian,
        predikat: i.predikat,
        laporanId: r.data.id,
      });
      for (const h of i.riwayat) {
        // A published yearly report of that year is the source; the newest report's history wins over older ones.
        if (j.titik.some((t) => t.tahun === h.tahun && t.laporanId && t.urutan === 4)) continue;
        j.titik = j.titik.filter((t) => !(t.tahun === h.tahun && !t.laporanId));
        j.titik.push({
          tahun: h.tahun,
          periode: `Tahun ${h.tahun}`,
          urutan: 4,
          target: h.target,
          realisasi: h.realisasi,
          capaian: h.capaian,
          dokumen: h.dokumen,
          namaIndikator: h.namaIndikator,
        });
      }
      peta.set(kunci, j);
    }
  }
  for (const j of peta.values()) {
    j.titik.sort((a, b) => a.tahun - b.tahun || a.urutan - b.urutan || Number(!a.laporanId) - Number(!b.laporanId));
    j.tren = trenCapaian(j.titik);
  }
  return [...peta.values()].sort((a, b) => a.instansi.localeCompare(b.instansi, 'id') || a.nama.localeCompare(b.nama, 'id'));
}
