/**
 * npm run dev: live preview of the website and, at /<id>/cetak/, of the paginated print view
 * (drafts included, no telemetry). Bad data does not stop it: every report is checked at start and
 * after each save in content/, problems are printed here and shown on the pages. `-- --port N` to
 * use another port than 4321.
 */
import { watch } from 'node:fs';
import { periksaSemua } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/data/masalah.ts';
import { bacaArgumen, bilanganBulat } from './lib/argumen.ts';

const PERINTAH = {
  pakai: 'npm run dev [-- --port N]',
  keterangan:
    'Pratinjau langsung situs web di http://localhost:4321 (halaman cetak di /<id>/cetak/), draf ikut ditampilkan.\n' +
    'Data yang bergalat tidak menghentikannya: galat ditulis di sini dan di halaman, dan diperiksa lagi setiap kali berkas disimpan.',
  pilihan: { port: { type: 'string', nilai: 'N', keterangan: 'nomor port selain 4321' } },
} as const;
const { nilai: opsi } = bacaArgumen(PERINTAH);
const port = opsi.port === undefined ? undefined : bilanganBulat(PERINTAH, 'port', opsi.port, 4321, 1);

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

const { dev } = await import('astro');
await dev({ root: process.cwd(), ...(port ? { server: { port } } : {}) });
