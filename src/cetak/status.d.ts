/** What the print page tells the PDF script (src/cetak/halaman.ts sets it, scripts/lib/pdf.ts waits for it). */
interface Window {
  __lkjip?: { selesai: boolean; halaman?: number; galat?: string };
}
