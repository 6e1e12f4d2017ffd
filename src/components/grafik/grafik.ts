/**
 * Draws every chart of the page with Chart.js. On the print page (html[data-media="cetak"]) charts
 * are drawn without animation at print resolution and replaced by images, because Paged.js copies
 * the DOM and would lose canvas pixels.
 */
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import type { DataGrafik } from '../../domain/grafik.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const WARNA = ['#1d4e89', '#b35c00', '#2e7d32', '#6a1b9a'];
const angkaId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

export function konfigurasi(d: DataGrafik, cetak: boolean) {
  const horizontal = d.arah === 'horizontal';
  const reduce = cetak || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    type: d.jenis,
    data: {
      labels: d.kategori.map((k) => (k.length > 38 ? k.slice(0, 36) + '…' : k)),
      datasets: d.seri.map((s, i) => ({
        label: s.nama,
        data: s.nilai,
        backgroundColor: s.gaya === 'garis' ? '#ffffff' : WARNA[i % WARNA.length],
        borderColor: WARNA[i % WARNA.length],
        // Lines always need a stroke; point shapes and dashes tell series apart without colour.
        borderWidth: d.jenis === 'line' || s.gaya === 'garis' ? 2 : 0,
        borderDash: s.gaya === 'garis' ? [5, 3] : d.jenis === 'line' ? [[], [6, 3], [2, 2], [8, 3, 2, 3]][i % 4] : undefined,
        pointStyle: ['circle', 'rect', 'triangle', 'rectRot'][i % 4],
        pointRadius: d.jenis === 'line' ? 4 : undefined,
        spanGaps: true,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: reduce ? false : undefined,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: cetak ? 3 : undefined,
      plugins: {
        legend: { position: 'bottom', labels: { color: '#111' } },
        tooltip: { callbacks: { label: (c: { dataset: { label?: string }; dataIndex: number; datasetIndex: number }) => `${c.dataset.label}: ${d.seri[c.datasetIndex].teks[c.dataIndex]}` } },
      },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, title: { display: true, text: d.satuan }, ticks: { callback: (v: number | string) => angkaId.format(Number(v)) } },
      },
    },
  } as const;
}

export function gambarSemua(): void {
  const cetak = document.documentElement.dataset.media === 'cetak';
  // Print charts use the document's bundled serif so figures and text match.
  if (cetak) Chart.defaults.font.family = 'Tinos, serif';
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-grafik]')) {
    if (canvas.dataset.digambar) continue;
    canvas.dataset.digambar = '1';
    const d = JSON.parse(canvas.dataset.grafik!) as DataGrafik;
    // Chart.js' config types are stricter than this shared builder; the shape is checked by the tests that render it.
    const chart = new Chart(canvas, konfigurasi(d, cetak) as never);
    if (cetak) {
      const img = document.createElement('img');
      img.src = chart.toBase64Image('image/png', 1);
      img.alt = canvas.getAttribute('aria-label') ?? '';
      img.className = 'grafik-cetak';
      chart.destroy();
      canvas.replaceWith(img);
    }
  }
}
