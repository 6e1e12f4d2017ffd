/**
 * The cover and the letterhead (kop surat) as lines of text, from laporan.yaml; the print page only
 * lays them out. Real covers print the title in capitals but keep an acronym's own capitalisation:
 * "Laporan Kinerja Instansi Pemerintah (LKjIP)" -> "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)".
 */
import type { Laporan } from '../../schemas/laporan.ts';

/** Capitals, except words already written with a capital inside them (LKjIP, LKj, SAKIP stays SAKIP). */
export function hurufBesarJudul(s: string): string {
  return s
    .split(/(\s+)/)
    .map((kata) => (/^[^A-Za-z]*[A-Za-z][^A-Z]*[A-Z]/.test(kata) && /[a-z]/.test(kata) ? kata : kata.toLocaleUpperCase('id-ID')))
    .join('');
}

export interface KopSurat {
  /** "PEMERINTAH KABUPATEN LUMAJANG". */
  pemerintah: string;
  /** "KECAMATAN JATIROTO". */
  instansi: string;
  /** Address, phone, fax and postcode on one line; website and e-mail on the next. */
  baris: string[];
}

/** The letterhead's lines (government, instansi, address, contacts) from laporan.yaml. */
export function kopSurat(l: Laporan, namaPemerintah: string): KopSurat {
  const k = l.kop;
  const alamat = [
    l.alamat,
    k?.telepon && `Telp. ${k.telepon}`,
    k?.faksimile && `Faks. ${k.faksimile}`,
    k?.kodePos && `Kode Pos ${k.kodePos}`,
  ]
    .filter(Boolean)
    .join(', ');
  const kontak = [k?.laman && `Laman: ${k.laman}`, k?.surel && `Surel: ${k.surel}`].filter(Boolean).join(' · ');
  return {
    pemerintah: `PEMERINTAH ${namaPemerintah.toLocaleUpperCase('id-ID')}`,
    instansi: l.instansi.toLocaleUpperCase('id-ID'),
    baris: [alamat, kontak].filter(Boolean),
  };
}

/** Whether the letterhead is printed on a part of the report ("sampul", "perjanjian-kinerja"). */
export function adaKop(l: Laporan, bagian: 'sampul' | 'perjanjian-kinerja'): boolean {
  return !!l.kop && l.kop.pada.includes(bagian);
}
