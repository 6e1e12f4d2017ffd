/**
 * From nothing (issue 17 item 2): for every sample report and the kitchen-sink fixture, its workbook is written
 * (npm run templat), a fresh report is scaffolded (npm run baru), the chapters and images are copied (they are
 * written, not entered), the workbook is imported (npm run impor --tulis), and no YAML is touched by hand. The two
 * reports must be the same: the computed report (muatTerhitung), the checker's findings, the data downloads, and
 * every table of the built website.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, hapusSalinan } from './salinan.ts';
import { folderLaporan } from '../src/data/folder.ts';
import { muatTerhitung, periksaSatu } from '../src/data/periksaSemua.ts';
import { berkasData } from '../src/domain/tampilan/unduhan.ts';
import { bangunProyek } from '../scripts/lib/proyek.ts';
import { BERKAS_DATA } from '../scripts/lib/lembar/templat.ts';

afterAll(hapusSalinan);

const KITCHEN = 'tests/fixtures/kitchen-sink/content';
const SAMPEL = readdirSync('content/laporan').filter((id) => statSync(join('content/laporan', id)).isDirectory());
const SEMUA = [...SAMPEL, 'lengkap'];
const baru = (id: string) => `dari-nol-${SEMUA.indexOf(id) + 1}`;

let dir = '';
const keluaran = new Map<string, string>();

function jalankan(skrip: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [`scripts/${skrip}.ts`, ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, keluaran: r.stdout + r.stderr };
}

/** The same text with the report's id (as a whole word: "lengkap", not "Dapurlengkap") written as <id>, so two reports can be compared. */
const tanpaId = (teks: string, id: string) =>
  teks.replace(new RegExp(`(?<![A-Za-z0-9])${id.replace(/[.-]/g, '\\$&')}(?![A-Za-z0-9])`, 'g'), '<id>');

beforeAll(() => {
  dir = salinProyek(SAMPEL.map((id) => ({ dari: id, id })));
  // The kitchen sink with its own scales.
  cpSync(join(KITCHEN, 'laporan/lengkap'), folderLaporan(dir, 'lengkap'), { recursive: true });
  for (const d of ['skala', 'skala-efisiensi']) cpSync(join(KITCHEN, d), join(dir, 'content', d), { recursive: true });
  for (const id of SEMUA) {
    const buku = join(dir, `${id}.xlsx`);
    const t = jalankan('templat', id, '--keluar', buku);
    if (t.status !== 0) throw new Error(`templat ${id}: ${t.keluaran}`);
    const b = jalankan(
      'baru',
      ...['--id', baru(id), '--instansi', 'Contoh Baru', '--kabupaten', 'Lumajang', '--provinsi', 'Jawa Timur', '--tahun', '2025'],
      ...['--periode', 'tahunan', '--tempat', 'Lumajang', '--camat', 'Drs. CONTOH', '--skala', 'lumajang-5', '--tanpa-tanya'],
    );
    if (b.status !== 0) throw new Error(`baru ${id}: ${b.keluaran}`);
    // Chapters and images are written by the author, not entered in the workbook: the sample's replace the skeletons.
    const asal = folderLaporan(dir, id);
    const tujuan = folderLaporan(dir, baru(id));
    rmSync(join(tujuan, 'bab'), { recursive: true });
    for (const f of readdirSync(asal))
      if (!BERKAS_DATA.includes(f) && f !== 'CATATAN.md') cpSync(join(asal, f), join(tujuan, f), { recursive: true, force: true });
    const i = jalankan('impor', baru(id), buku, '--tulis');
    keluaran.set(id, i.keluaran);
    if (i.status !== 0) throw new Error(`impor ${id}: ${i.keluaran}`);
  }
  const bangun = bangunProyek(dir, ['--tanpa-pdf'], { LKJIP_DRAF: '1' });
  if (bangun.status !== 0) throw new Error(`build: ${bangun.stdout}\n${bangun.stderr}`);
}, 1_200_000);

/** Every table of a report's web pages, by page, its id written as <id>. */
function tabelSitus(id: string): Record<string, string[]> {
  const akar = join(dir, 'dist', id);
  const out: Record<string, string[]> = {};
  for (const bab of readdirSync(akar)) {
    const f = join(akar, bab, 'index.html');
    try {
      out[bab] = [...readFileSync(f, 'utf8').matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => tanpaId(m[0], id));
    } catch {
      // not a page folder (data/, the PDF)
    }
  }
  return out;
}

describe.each(SEMUA)('%s from nothing: npm run baru, then npm run impor of its workbook', (id) => {
  it('imports with no YAML edited by hand, and the report is valid', () => {
    expect(keluaran.get(id)).toMatch(/Ditulis: /);
    expect(periksaSatu(dir, baru(id)).masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
  });

  it('the computed report is identical', () => {
    const a = muatTerhitung(dir, id).laporan!;
    const b = muatTerhitung(dir, baru(id)).laporan!;
    expect(a).toBeDefined();
    expect(JSON.parse(tanpaId(JSON.stringify(b), baru(id)))).toEqual(JSON.parse(tanpaId(JSON.stringify(a), id)));
  });

  it('the checker says the same (warnings on typed figures included)', () => {
    const pesan = (x: string) => periksaSatu(dir, x).masalah.map((m) => tanpaId(`${m.tingkat} ${m.berkas}:${m.jalur} ${m.pesan}`, x));
    expect(pesan(baru(id))).toEqual(pesan(id));
  });

  it('the data downloads are identical', () => {
    const unduh = (x: string) => berkasData(muatTerhitung(dir, x).laporan!).map((f) => ({ ...f, isi: tanpaId(f.isi, x) }));
    const a = unduh(id);
    expect(a.length).toBeGreaterThanOrEqual(2);
    expect(unduh(baru(id))).toEqual(a);
  });

  it('every table of the built website is identical', () => {
    const a = tabelSitus(id);
    expect(Object.values(a).flat().length).toBeGreaterThan(3);
    expect(tabelSitus(baru(id))).toEqual(a);
  });
});
