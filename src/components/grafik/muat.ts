/**
 * Loads Chart.js only when a chart is about to scroll into view, so a reader who never reaches a
 * chart never downloads it. The print page draws its charts itself (src/cetak/halaman.ts).
 */
export function muatSaatTerlihat(): void {
  if (document.documentElement.dataset.media === 'cetak') return;
  const kanvas = document.querySelectorAll('canvas[data-grafik]');
  if (!kanvas.length) return;
  const gambar = () => void import('./grafik.ts').then((m) => m.gambarSemua());
  if (!('IntersectionObserver' in window)) return gambar();
  const pengamat = new IntersectionObserver(
    (entri) => {
      if (!entri.some((e) => e.isIntersecting)) return;
      pengamat.disconnect();
      gambar();
    },
    { rootMargin: '300px' },
  );
  kanvas.forEach((k) => pengamat.observe(k));
}
