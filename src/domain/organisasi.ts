/** Totals of the staff and facility tables, computed once for tables, text and the checker. */
import type { Sdm, Sarana } from '../schemas/organisasi.ts';
import { hasil, tidakDapat, type Hasil } from './hasil.ts';

export interface JumlahSdm {
  lakiLaki: number;
  perempuan: number;
  orang: number;
  status: Record<string, number>;
  pendidikan: Record<string, number>;
  eselon: Record<string, number>;
}

const URUT_PENDIDIKAN = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'];

/** Keys of a count group in the usual order (education from SD to S3; others as first met). */
export function kunci(baris: Sdm['baris'], grup: 'status' | 'pendidikan' | 'eselon'): string[] {
  const seen: string[] = [];
  for (const b of baris) for (const k of Object.keys(b[grup])) if (!seen.includes(k)) seen.push(k);
  if (grup !== 'pendidikan') return seen;
  const rank = (k: string) => (URUT_PENDIDIKAN.includes(k) ? URUT_PENDIDIKAN.indexOf(k) : 100);
  return seen.sort((a, b) => rank(a) - rank(b));
}

/** Staff totals over every row: by sex, and per status, education and eselon key. */
export function jumlahSdm(sdm: Sdm): JumlahSdm {
  const tambah = (grup: 'status' | 'pendidikan' | 'eselon') =>
    Object.fromEntries(kunci(sdm.baris, grup).map((k) => [k, sdm.baris.reduce((a, b) => a + (b[grup][k] ?? 0), 0)]));
  const lakiLaki = sdm.baris.reduce((a, b) => a + b.lakiLaki, 0);
  const perempuan = sdm.baris.reduce((a, b) => a + b.perempuan, 0);
  return {
    lakiLaki,
    perempuan,
    orang: lakiLaki + perempuan,
    status: tambah('status'),
    pendidikan: tambah('pendidikan'),
    eselon: tambah('eselon'),
  };
}

/** Share of the positions the job analysis needs that civil servants fill (Jatiroto: 12 of 23 = 52,17%). */
export function pemenuhanJabatan(sdm: Sdm, statusAsn: string[] = ['PNS', 'PPPK', 'P3K']): Hasil {
  if (!sdm.kebutuhanJabatan) return tidakDapat('kebutuhan jabatan belum diisi');
  const asn = jumlahSdm(sdm);
  const n = statusAsn.reduce((a, k) => a + (asn.status[k] ?? 0), 0);
  return hasil((n / sdm.kebutuhanJabatan) * 100);
}

/** Items per condition, counted in units (jumlah), with their share of all units. */
export function rekapSarana(sarana: Sarana): { kondisi: string; jumlah: number; persen: Hasil }[] {
  const total = sarana.barang.reduce((a, b) => a + b.jumlah, 0);
  const per = new Map<string, number>();
  for (const b of sarana.barang) per.set(b.kondisi, (per.get(b.kondisi) ?? 0) + b.jumlah);
  return ['baik', 'kurang baik', 'rusak ringan', 'rusak berat']
    .filter((k) => per.has(k))
    .map((k) => ({ kondisi: k, jumlah: per.get(k)!, persen: total ? hasil((per.get(k)! / total) * 100) : tidakDapat('tidak ada barang') }));
}

/** The staff and facility figures of a report, computed once with it (tables, <Nilai> and the checker read these). */
export interface OrganisasiTerhitung {
  sdm?: {
    jumlah: JumlahSdm;
    /** The count groups the table shows (status, pendidikan, eselon), each with its keys in order; empty ones left out. */
    kelompok: { grup: 'status' | 'pendidikan' | 'eselon'; kunci: string[] }[];
    pemenuhanJabatan: Hasil;
  };
  sarana?: { rekap: ReturnType<typeof rekapSarana> };
}

/** Staff totals, groups and post fill rate, and the facility recap, of the files a report has. */
export function hitungOrganisasi(sdm: Sdm | undefined, sarana: Sarana | undefined): OrganisasiTerhitung {
  return {
    sdm: sdm && {
      jumlah: jumlahSdm(sdm),
      kelompok: (['status', 'pendidikan', 'eselon'] as const)
        .map((grup) => ({ grup, kunci: kunci(sdm.baris, grup) }))
        .filter((x) => x.kunci.length > 0),
      pemenuhanJabatan: pemenuhanJabatan(sdm),
    },
    sarana: sarana && { rekap: rekapSarana(sarana) },
  };
}
