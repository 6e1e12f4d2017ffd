/**
 * Draws every chart of the page with Chart.js. On the print page (html[data-media="cetak"]) charts
 * are drawn without animation at print resolution and replaced by images, because Paged.js copies
 * the DOM and would lose canvas pixels. The legend is HTML beside the canvas (Grafik.astro), so it
 * wraps and is read as text; category names are wrapped to the width the chart has, never cut.
 */
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import { bungkusLabel, type DataGrafik } from '../../domain/tampilan/grafik.ts';
import { gayaSeri, HURUF_MIN } from './gaya.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const angkaId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
// Millions on an axis read as "10 M" (miliar), "500 jt": ticks stay short at 360 px; tooltips and the table keep every digit.
const angkaRingkas = new Intl.NumberFormat('id-ID', { notation: 'compact', maximumFractionDigits: 1 });
const angkaSumbu = (v: number) => (Math.abs(v) >= 1e6 ? angkaRingkas.format(v) : angkaId.format(v));
/** Average width of a character relative to the type size (sans and serif body text). */
const LEBAR_HURUF = 0.55;
const TINGGI_BARIS = 1.25;

/** Category labels as lines that fit the chart's width: a third of it beside horizontal bars, a share of it under each vertical category. */
export function labelKategori(d: DataGrafik, lebar: number): string[][] {
  const ruang = d.arah === 'horizontal' ? lebar * 0.38 : (lebar * 0.85) / Math.max(1, d.kategori.length);
  const huruf = Math.max(8, Math.floor(ruang / (HURUF_MIN * LEBAR_HURUF)));
  return d.kategori.map((k) => bungkusLabel(k, huruf));
}

/** Height a horizontal bar chart needs so that every wrapped category name has its room. */
export function tinggiPerlu(d: DataGrafik, label: string[][]): number {
  if (d.arah !== 'horizontal') return 0;
  return 80 + label.reduce((n, l) => n + Math.max(36, l.length * HURUF_MIN * TINGGI_BARIS + 8), 0);
}

export function konfigurasi(d: DataGrafik, cetak: boolean, lebar: number) {
  const horizontal = d.arah === 'horizontal';
  const reduce = cetak || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    type: d.jenis,
    data: {
      labels: labelKategori(d, lebar),
      datasets: d.seri.map((s, i) => {
        const g = gayaSeri(d, i);
        return {
          label: s.nama,
          data: s.nilai,
          backgroundColor: g.isi,
          borderColor: g.warna,
          borderWidth: g.tebal,
          borderDash: g.putus.length ? g.putus : undefined,
          pointStyle: g.titik,
          pointRadius: d.jenis === 'line' ? 4 : undefined,
          pointBackgroundColor: g.warna,
          spanGaps: true,
        };
      }),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: reduce ? false : undefined,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: cetak ? 3 : undefined,
      font: { size: HURUF_MIN },
      plugins: {
        legend: { display: false },
        tooltip: {
          bodyFont: { size: HURUF_MIN },
          titleFont: { size: HURUF_MIN },
          callbacks: {
            // The full name, whatever the axis had room for.
            title: (c: { dataIndex: number }[]) => d.kategori[c[0]?.dataIndex ?? 0] ?? '',
            label: (c: { dataset: { label?: string }; dataIndex: number; datasetIndex: number }) =>
              `${c.dataset.label}: ${d.seri[c.datasetIndex].teks[c.dataIndex]}`,
          },
        },
      },
      scales: {
        [horizontal ? 'y' : 'x']: { ticks: { autoSkip: !horizontal, maxRotation: 0, color: '#111', font: { size: HURUF_MIN } } },
        [horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          title: {
            display: true,
            text: d.seri.some((x) => x.nilai.some((v) => v !== null && Math.abs(v) >= 1e6))
              ? `${d.satuan} (jt = juta, M = miliar)`
              : d.satuan,
            color: '#111',
            font: { size: HURUF_MIN },
          },
          ticks: { color: '#111', font: { size: HURUF_MIN }, callback: (v: number | string) => angkaSumbu(Number(v)) },
        },
      },
    },
  } as const;
}

export function gambarSemua(): void {
  const cetak = document.documentElement.dataset.media === 'cetak';
  // Print charts use the document's bundled serif so figures and text match.
  if (cetak) Chart.defaults.font.family = 'Tinos, serif';
  Chart.defaults.font.size = HURUF_MIN;
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-grafik]')) {
    if (canvas.dataset.digambar) continue;
    canvas.dataset.digambar = '1';
    const d = JSON.parse(canvas.dataset.grafik!) as DataGrafik;
    const kotak = canvas.parentElement!;
    const sesuaikan = (lebar: number) => {
      const label = labelKategori(d, lebar);
      const perlu = tinggiPerlu(d, label);
      const awal = Number(
        kotak.dataset.tinggi ?? (kotak.dataset.tinggi = getComputedStyle(kotak).getPropertyValue('--tinggi').replace('px', '')),
      );
      kotak.style.setProperty('--tinggi', `${Math.max(awal, perlu)}px`);
      return label;
    };
    sesuaikan(kotak.clientWidth);
    // Chart.js' config types are stricter than this shared builder; the shape is checked by the tests that render it.
    const chart = new Chart(canvas, konfigurasi(d, cetak, kotak.clientWidth) as never);
    if (cetak) {
      const img = document.createElement('img');
      img.src = chart.toBase64Image('image/png', 1);
      img.alt = canvas.getAttribute('aria-label') ?? '';
      img.className = 'grafik-cetak';
      chart.destroy();
      canvas.replaceWith(img);
    } else {
      // A wider or narrower window: the names are wrapped again for the new width.
      let lebarKini = kotak.clientWidth;
      new ResizeObserver(() => {
        if (Math.abs(kotak.clientWidth - lebarKini) < 8) return;
        lebarKini = kotak.clientWidth;
        chart.data.labels = sesuaikan(lebarKini);
        chart.update('none');
      }).observe(kotak);
    }
  }
}
