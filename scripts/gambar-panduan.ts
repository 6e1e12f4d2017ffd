/**
 * npm run gambar-panduan: the screenshots of docs/panduan.md, taken from the real tools so the guide
 * shows what a user sees: a new report made with `npm run baru`, filled through the workbook
 * (`npm run templat`, cells filled as a user would, `npm run impor`), then the live preview
 * (`npm run dev`): website, print view, and the error list after a typing mistake.
 * Runs in a scratch copy; writes docs/gambar/*.png only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { salinKodeProyek } from './lib/proyek.ts';
import { folderLaporan } from '../src/data/folder.ts';
import { bukaPeramban } from './lib/peramban.ts';
import { bacaArgumen } from './lib/argumen.ts';

bacaArgumen({
  pakai: 'npm run gambar-panduan',
  keterangan:
    'Mengambil ulang gambar layar panduan (docs/gambar/*.png) dari alat yang sebenarnya: laporan baru, lembar kerja,\n' +
    'impor, pratinjau situs dan halaman cetak, daftar galat. Bekerja di salinan sementara; hanya menulis docs/gambar/.',
  pilihan: {},
});

const keluar = resolve('docs/gambar');
mkdirSync(keluar, { recursive: true });
const dir = salinKodeProyek();
const jalankan = (...args: string[]) => {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stdout}${r.stderr}`);
  return r.stdout;
};
const ID = 'sukodono-2025-tw2';

try {
  jalankan(
    'scripts/baru.ts',
    '--id',
    ID,
    '--instansi',
    'Sukodono',
    '--kabupaten',
    'Lumajang',
    '--provinsi',
    'Jawa Timur',
    '--tahun',
    '2025',
    '--periode',
    'tw2',
    '--tempat',
    'Lumajang',
    '--camat',
    'Drs. BUDI SANTOSO, M.Si',
    '--nip',
    '19700101 199503 1 001',
    '--skala',
    'lumajang-5',
  );
  const buku = join(dir, `${ID}.xlsx`);
  jalankan('scripts/templat.ts', ID, '--keluar', buku);

  // What a staff member types into the workbook in Excel.
  const lembar = (await readXlsxFile(buku)) as { sheet: string; data: Row[] }[];
  const isi: Record<string, Row[]> = {
    Indikator: [
      [
        'T1',
        'Meningkatnya kualitas pelayanan publik',
        'S1',
        'Meningkatnya kepuasan masyarakat atas layanan kecamatan',
        'IKU-1',
        'Indeks Kepuasan Masyarakat',
        'indeks',
        'positif',
        'terakhir',
        '82,50',
        null,
        '82,50',
        '85,00',
        '80,10',
        '84,15',
      ],
      [
        'T1',
        'Meningkatnya kualitas pelayanan publik',
        'S2',
        'Meningkatnya kualitas pembinaan pemerintahan desa',
        'IKU-2',
        'Persentase desa yang menyusun APBDes tepat waktu',
        'persen',
        'positif',
        'terakhir',
        90,
        null,
        90,
        100,
        null,
        '72,00',
      ],
    ],
    Anggaran: [
      ['program', '7.01.01', 'Program Penunjang Urusan Pemerintahan Daerah', null, 'DAU', 'S1', null, null, null],
      ['kegiatan', '7.01.01.2.01', 'Perencanaan, Penganggaran dan Evaluasi Kinerja', null, null, null, null, null, null],
      [
        'sub kegiatan',
        '7.01.01.2.01.01',
        'Penyusunan Dokumen Perencanaan Perangkat Daerah',
        null,
        null,
        null,
        null,
        '12.500.000',
        '6.250.000',
      ],
      [
        'sub kegiatan',
        '7.01.01.2.01.06',
        'Koordinasi dan Penyusunan Laporan Capaian Kinerja',
        null,
        null,
        null,
        null,
        '7.500.000',
        '1.500.000',
      ],
      ['program', '7.01.02', 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik', null, 'DAU', 'S2', null, null, null],
      ['kegiatan', '7.01.02.2.01', 'Fasilitasi Pembinaan Pemerintahan Desa', null, null, null, null, null, null],
      ['sub kegiatan', '7.01.02.2.01.01', 'Fasilitasi Penyusunan APBDes', null, null, null, null, '25.000.000', '11.000.000'],
    ],
  };
  await writeXlsxFile(lembar.map((s) => ({ sheet: s.sheet, data: isi[s.sheet] ? [s.data[0], ...isi[s.sheet]] : s.data })) as never).toFile(
    buku,
  );
  jalankan('scripts/impor.ts', ID, buku, '--tulis');

  const port = 4891;
  const dev = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  dev.stdout.on('data', (d) => (log += d));
  for (let i = 0; i < 120 && !/watching for file changes/.test(log); i++) await new Promise((ok) => setTimeout(ok, 250));
  const browser = await bukaPeramban();
  try {
    const ambil = async (path: string, nama: string, lebar = 1100, tinggi = 760, tunggu = 1500, cetak = false) => {
      const page = await browser.newPage({ viewport: { width: lebar, height: tinggi } });
      // The dev server may reload the page once while it prepares dependencies: ask until it settles.
      for (let i = 0; i < 40; i++) {
        try {
          await page.goto(`http://localhost:${port}${path}`, { waitUntil: 'networkidle' });
          if ((await page.content()).includes('lang="id"')) break;
        } catch {
          // navigating again
        }
        await page.waitForTimeout(500);
      }
      await page.waitForTimeout(tunggu);
      if (cetak) {
        // The print view is ready when Paged.js has laid out every page.
        await page.waitForFunction(() => (window as unknown as { __lkjip?: { selesai: boolean } }).__lkjip?.selesai, undefined, {
          timeout: 60_000,
        });
        const galat = await page.evaluate(() => (window as unknown as { __lkjip?: { galat?: string } }).__lkjip?.galat);
        if (galat) throw new Error(`tampilan cetak gagal: ${galat}`);
        // The page holding the first chart, as a sheet of paper on a grey desk.
        await page.addStyleTag({
          content:
            'html, body { background: #9aa0a6 !important; } .pagedjs_page { background: #fff; box-shadow: 0 2px 8px #0006; margin: 12px auto; }',
        });
        const lembar = page.locator('.pagedjs_page', { has: page.locator('img.grafik-cetak') }).first();
        await lembar.screenshot({ path: join(keluar, `${nama}.png`) });
        await page.close();
        return;
      }
      await page.screenshot({ path: join(keluar, `${nama}.png`) });
      await page.close();
    };
    await ambil(`/${ID}/`, 'pratinjau-ringkasan');
    await ambil(`/${ID}/bab-3/`, 'pratinjau-bab');
    await ambil(`/${ID}/cetak/`, 'pratinjau-cetak', 1100, 900, 500, true);
    // A typing mistake: a pagu with letters. The preview lists it instead of failing.
    const f = join(folderLaporan(dir, ID), 'anggaran.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('pagu: 12500000', 'pagu: 12.500.000,-'));
    await new Promise((ok) => setTimeout(ok, 1500));
    await ambil('/', 'pratinjau-galat', 1100, 620);
  } finally {
    await browser.close();
    dev.kill();
  }
  console.log(`Gambar panduan ditulis ke ${keluar}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
