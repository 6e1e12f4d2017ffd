/**
 * The print at its hard cases, through the real `npm run build` in scratch projects (issue 18):
 * - the stress set of `npm run sintetis --stres` (long names, deep hierarchies, many kelurahan,
 *   wide tables, every kind of chart) prints with zero print-lint problems;
 * - a signatory's long name with academic titles wraps only between the name's words;
 * - a table too wide for any page (tests/fixtures/cetak/) makes the whole build fail, naming it;
 * - an organisation chart taller than a landscape page with its heading is scaled down whole and prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpawnSyncReturns } from 'node:child_process';
import { bangun, hapusSalinan, salinProyek } from '../salinan.ts';
import { tulisLaporanSintetis } from '../../scripts/lib/sintetis.ts';
import { catatanBuild } from '../../scripts/lib/dist-baru.ts';
import { folderLaporan } from '../../src/data/folder.ts';
import { FOLDER_LAPORAN } from '../../src/domain/masalah.ts';
import { halamanTeks } from './pdf.ts';

interface Rekam {
  laporan: { id: string; halaman: number; masalah: { jenis: string; label: string; pesan: string }[]; catatan: { tindakan: string }[] }[];
}

afterAll(hapusSalinan);

describe('the stress set of npm run sintetis --stres', () => {
  let root: string;
  let hasil: SpawnSyncReturns<string>;
  let ids: string[];
  beforeAll(() => {
    root = salinProyek([]);
    ids = tulisLaporanSintetis(join(root, FOLDER_LAPORAN), { n: 2, seed: 1, stres: true });
    hasil = bangun(root);
  }, 1_200_000);

  it('builds site and PDFs, and the print lint finds no problem of any kind in any PDF', () => {
    expect(hasil.status, hasil.stdout + hasil.stderr).toBe(0);
    const rekam = JSON.parse(readFileSync(catatanBuild(root, join(root, 'dist')), 'utf8')) as Rekam;
    expect(rekam.laporan.map((l) => l.id).sort()).toEqual(ids);
    for (const l of rekam.laporan) {
      expect(l.halaman).toBeGreaterThan(40);
      expect(l.masalah, l.id).toEqual([]);
      // The stress is real: a table too wide for a portrait page went to landscape pages by itself.
      expect(l.catatan.map((c) => c.tindakan)).toContain('lanskap');
    }
  });

  it('a long signatory name with academic titles wraps between its words, never inside the titles', () => {
    for (const id of ids) {
      const baris = halamanTeks(join(root, 'dist', id, `${id}.pdf`))
        .flatMap((h) => h.split('\n'))
        .map((b) => b.trim());
      const awal = baris.filter((b) => b.includes('RADEN'));
      const akhir = baris.filter((b) => b.includes('S.STP.,'));
      // Kata pengantar and penutup each sign once.
      expect(awal.length, id).toBeGreaterThanOrEqual(2);
      expect(akhir.length).toBe(awal.length);
      for (const b of awal) expect(b).toMatch(/^Dr\. H\. RADEN\b/);
      for (const b of akhir) expect(b).toMatch(/\bHADININGRAT, S\.STP\., M\.Si\., M\.Kn\.$/);
      // The name is longer than the line, so it did wrap: the titles are not on the first line.
      for (const b of awal) expect(b).not.toContain('S.STP.');
    }
  });
});

describe('a table too wide for any page', () => {
  it('makes the full build fail, naming the table, its page and what to do', () => {
    const root = salinProyek([{ dari: 'candipuro-2023-tw2', id: 'lebar' }]);
    copyFileSync(
      'tests/fixtures/cetak/05-lampiran-terlalu-lebar.mdx',
      join(folderLaporan(root, 'lebar'), 'bab', '05-lampiran-terlalu-lebar.mdx'),
    );
    const r = bangun(root);
    const keluaran = r.stdout + r.stderr;
    expect(r.status, keluaran).not.toBe(0);
    expect(keluaran).toMatch(/Build gagal: PDF lebar tidak dibuat/);
    expect(keluaran).toMatch(
      /lebar, halaman \d+, Tabel 5\.9: lebih lebar dari bidang cetak halaman .*\(label "tabel-terlalu-lebar", bab\/05-lampiran-terlalu-lebar\.mdx\)\. Saran: halaman sudah mendatar/,
    );
  }, 900_000);
});

describe('an organisation chart too tall for a landscape page with its heading, caption and source', () => {
  it('is scaled down whole: the build succeeds and the print lint finds nothing (before: "809 mm" and a failed build)', () => {
    const root = salinProyek([{ dari: 'candipuro-2023-tw2', id: 'bagan' }]);
    const dir = folderLaporan(root, 'bagan');
    copyFileSync('tests/fixtures/cetak/struktur-bagan-tinggi.yaml', join(dir, 'struktur.yaml'));
    copyFileSync('tests/fixtures/cetak/05-bagan-tinggi.mdx', join(dir, 'bab', '05-bagan-tinggi.mdx'));
    const r = bangun(root);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const rekam = JSON.parse(readFileSync(catatanBuild(root, join(root, 'dist')), 'utf8')) as Rekam;
    expect(rekam.laporan.find((l) => l.id === 'bagan')!.masalah).toEqual([]);
    const halaman = halamanTeks(join(root, 'dist', 'bagan', 'bagan.pdf'));
    // The fixture's chart (Candipuro's own chapter 1 draws the same structure): heading, caption and chart on one page.
    const bagan = halaman.filter((h) => h.includes('Talang Empat') && h.includes('KEPALA DESA'));
    expect(bagan).toHaveLength(1);
    expect(bagan[0]).toContain('B. Struktur Organisasi');
  }, 900_000);
});
