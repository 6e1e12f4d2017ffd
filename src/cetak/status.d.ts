/** What the print page tells the PDF script (src/cetak/halaman.ts sets it, scripts/lib/pdf.ts waits for it). */
interface Window {
  __lkjip?: {
    selesai: boolean;
    halaman?: number;
    galat?: string;
    masalah?: import('./masalah.ts').MasalahCetak[];
    catatan?: import('./masalah.ts').CatatanCetak[];
    /** milliseconds per phase of the print page */
    waktu?: Record<string, number>;
    /** milliseconds Paged.js took to lay out each page, in order */
    perHalaman?: number[];
    /** overflow measurements Paged.js made (each a forced layout): src/cetak/ukur-bertahap.ts */
    ukurLuap?: number;
  };
}
interface Window {
  /** the lint's label for an element ("Tabel 3.2"), used by scripts/lib/pdf.ts to name where a blocked request came from */
  __lkjipLabel?: (el: Element) => string;
  /** the print page's current phase (huruf, grafik, daftar, tabelLebar, paged, lint, selesai) and pages laid out so far */
  __lkjipKemajuan?: () => { tahap: string; halaman: number };
}
