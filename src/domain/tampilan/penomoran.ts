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

/**
 * Components whose name starts with Tabel (tables) or Grafik/Gambar/Bagan (figures) and that carry
 * label="..." are numbered. nomor="3.1" gives one its number explicitly (to keep an original's numbers
 * or a daerah's habit); the following ones continue from it.
 */
const POLA = /<(Tabel|Grafik|Gambar|Bagan)\w*\b([^>]*?)\/?>/g;
const ATRIBUT = /(\w+)=(?:"([^"]*)"|'([^']*)')/g;
/** "3.4" or "7": the part after the last dot is the counter to continue from. */
const NOMOR_LANJUT = /^(?:\d+\.)*(\d+)$/;

/** Numbers of every table and figure caption over all chapters, by label, in reading order. */
export function nomoriKeterangan(bab: BabSumber[], aturan: AturanPenomoran): Map<string, Nomor> {
  const out = new Map<string, Nomor>();
  const pemilik = new Map<string, string>();
  const hitung: Record<JenisKeterangan, number> = { Tabel: 0, Gambar: 0 };
  let babSebelumnya: number | undefined;
  for (const b of bab) {
    if (b.bab !== babSebelumnya && b.bab !== undefined) {
      if (aturan.tabel === 'per-bab') hitung.Tabel = 0;
      if (aturan.gambar === 'per-bab') hitung.Gambar = 0;
      babSebelumnya = b.bab;
    }
    for (const m of b.isi.matchAll(POLA)) {
      const atribut = Object.fromEntries([...m[2].matchAll(ATRIBUT)].map((a) => [a[1], a[2] ?? a[3]]));
      const label = atribut.label;
      if (label === undefined) continue;
      const jenis: JenisKeterangan = m[1] === 'Tabel' ? 'Tabel' : 'Gambar';
      if (out.has(label)) throw new Error(`label "${label}" dipakai dua kali; setiap tabel dan gambar harus memiliki label yang unik`);
      let nomor: string;
      const tetap = atribut.nomor?.trim();
      if (tetap) {
        nomor = tetap;
        const lanjut = NOMOR_LANJUT.exec(tetap);
        if (lanjut) hitung[jenis] = Number(lanjut[1]);
      } else {
        hitung[jenis]++;
        const perBab = (jenis === 'Tabel' ? aturan.tabel : aturan.gambar) === 'per-bab' && b.bab !== undefined;
        nomor = perBab ? `${b.bab}.${hitung[jenis]}` : String(hitung[jenis]);
      }
      const teks = `${jenis} ${nomor}`;
      const lain = pemilik.get(teks);
      if (lain)
        throw new Error(
          `${teks} dipakai dua kali (label "${lain}" dan "${label}"); ubah nomor="..." agar setiap nomor hanya sekali, atau hapus nomor="..." agar dinomori otomatis`,
        );
      pemilik.set(teks, label);
      out.set(label, { jenis, nomor, teks, ...(b.kunci ? { kunci: b.kunci } : {}) });
    }
  }
  return out;
}
