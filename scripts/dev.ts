/**
 * npm run dev: live preview of the website and, at /<id>/cetak/, of the paginated print view
 * (drafts included, no telemetry). Bad data does not stop it: every report is checked at start and
 * after each save in content/, problems are printed here and shown on the pages. `-- --port N` to
 * use another port than 4321.
 */
import { watch } from 'node:fs';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/domain/masalah.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.LKJIP_DRAF ??= '1';
process.env.LKJIP_PRATINJAU = '1';

let terakhir = '';
function periksa(): void {
  const hasil = periksaSemua(process.cwd());
  const galat = hasil.flatMap((r) => r.masalah.filter((m) => m.tingkat === 'galat'));
  const teks = galat.length
    ? `\n${galat.map(formatMasalah).join('\n')}\n${galat.length} galat: laporan yang bergalat tidak ditampilkan sampai diperbaiki (daftar yang sama ada di halaman).\n`
    : `Data ${hasil.length} laporan valid (${hasil.reduce((a, r) => a + r.masalah.length, 0)} peringatan; lihat npm run check).`;
  if (teks !== terakhir) console.log(teks);
  terakhir = teks;
}
periksa();
let tunda: NodeJS.Timeout | undefined;
watch('content', { recursive: true }, () => {
  clearTimeout(tunda);
  tunda = setTimeout(periksa, 300);
});

const port = process.argv.includes('--port') ? Number(process.argv[process.argv.indexOf('--port') + 1]) : undefined;
const { dev } = await import('astro');
await dev({ root: process.cwd(), ...(port ? { server: { port } } : {}) });
