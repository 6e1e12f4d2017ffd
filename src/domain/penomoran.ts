/**
 * Caption numbering ("Tabel 3.1", "Gambar 2") in one pass over the chapters, before rendering,
 * so a chapter can refer to a table of another chapter by its label. Authors never type a number.
 */
export type JenisKeterangan = 'Tabel' | 'Gambar';
export interface Nomor {
  jenis: JenisKeterangan;
  /** "3.1" or "7". */
  nomor: string;
  /** "Tabel 3.1". */
  teks: string;
  /** Key of the chapter holding it (its web page), when the chapter has one. */
  kunci?: string;
}
export interface BabSumber {
  /** BAB number when the chapter is a BAB. */
  bab?: number;
  /** Raw MDX text. */
  isi: string;
  /** Key of the chapter (its anchor and web page), so a reference can link across pages. */
  kunci?: string;
}
export interface AturanPenomoran {
  tabel: 'per-bab' | 'berurutan';
  gambar: 'per-bab' | 'berurutan';
}

/** Components whose name starts with Tabel/Grafik/Gambar and that carry label="..." are numbered. */
const POLA = /<(Tabel|Grafik|Gambar)\w*\b[^>]*?\blabel=["']([^"']+)["']/g;

export function nomoriKeterangan(bab: BabSumber[], aturan: AturanPenomoran): Map<string, Nomor> {
  const out = new Map<string, Nomor>();
  const hitung: Record<JenisKeterangan, number> = { Tabel: 0, Gambar: 0 };
  let babSebelumnya: number | undefined;
  for (const b of bab) {
    if (b.bab !== babSebelumnya && b.bab !== undefined) {
      if (aturan.tabel === 'per-bab') hitung.Tabel = 0;
      if (aturan.gambar === 'per-bab') hitung.Gambar = 0;
      babSebelumnya = b.bab;
    }
    for (const m of b.isi.matchAll(POLA)) {
      const jenis: JenisKeterangan = m[1] === 'Tabel' ? 'Tabel' : 'Gambar';
      const label = m[2];
      if (out.has(label)) throw new Error(`label "${label}" dipakai dua kali; setiap tabel dan gambar harus memiliki label yang unik`);
      hitung[jenis]++;
      const perBab = (jenis === 'Tabel' ? aturan.tabel : aturan.gambar) === 'per-bab' && b.bab !== undefined;
      const nomor = perBab ? `${b.bab}.${hitung[jenis]}` : String(hitung[jenis]);
      out.set(label, { jenis, nomor, teks: `${jenis} ${nomor}`, ...(b.kunci ? { kunci: b.kunci } : {}) });
    }
  }
  return out;
}
