/**
 * A stale workbook: made before the report's data files were edited by hand. The import says so
 * first, lists each field edited since that it would put back, and writes nothing without --timpa.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tulisTemplat } from '../scripts/lib/lembar/templat.ts';
import { bacaBuku } from '../scripts/lib/lembar/baca.ts';
import { bacaSidik, LEMBAR_SIDIK, pesanBasi } from '../scripts/lib/lembar/sidik.ts';
import { bacaXlsx } from '../scripts/lib/lembar/xlsx.ts';
import { bacaZip, tulisZip } from '../scripts/lib/lembar/zip.ts';
import { folderLaporan } from '../src/data/folder.ts';
import { salinData, hapusSalinan } from './salinan.ts';
import { jalankan } from './komando.ts';

afterAll(hapusSalinan);

// A sample that goes out to the workbook and back in unchanged (tests/penulisan.test.ts).
const ID = 'candipuro-2023-tw2';

async function siapkan() {
  const root = salinData();
  cpSync('content/skala', join(root, 'content/skala'), { recursive: true });
  cpSync(folderLaporan('.', ID), folderLaporan(root, ID), { recursive: true });
  const buku = join(root, 'lama.xlsx');
  await tulisTemplat(root, ID, buku);
  const real = join(folderLaporan(root, ID), 'realisasi.yaml');
  return { root, buku, real, impor: (...a: string[]) => jalankan('impor', [ID, buku, '--root', root, ...a]) };
}

describe('the workbook remembers the data it was made from', () => {
  it('in a hidden sheet: each data file with its hash and text', async () => {
    const { root, buku } = await siapkan();
    const lembar = bacaXlsx(readFileSync(buku));
    expect(lembar.find((l) => l.nama === LEMBAR_SIDIK)?.tersembunyi).toBe('hidden');
    const s = bacaSidik((await bacaBuku(buku)).lembarXlsx)!;
    expect(s.id).toBe(ID);
    expect(s.berkas.get('realisasi.yaml')?.teks).toBe(readFileSync(join(folderLaporan(root, ID), 'realisasi.yaml'), 'utf8'));
  });
});

describe('importing a workbook older than the data', () => {
  it('says so first, lists the hand edit it would revert field by field, writes nothing; --timpa goes on', async () => {
    const { real, impor } = await siapkan();
    const diubah = readFileSync(real, 'utf8').replace('tw2: 54.90', 'tw2: 56.10').replace('tw2: 33.33', 'tw2: 35');
    writeFileSync(real, diubah);
    const r = await impor('--tulis');
    expect(r.status).toBe(1);
    const baris = r.keluaran.trim().split('\n');
    expect(baris[0]).toBe(
      'Lembar kerja ini dibuat dari data yang lebih lama: sejak lembar kerja dibuat, realisasi.yaml diubah. Impor akan mengembalikan 2 isian yang diubah sejak itu ke nilai di lembar kerja:',
    );
    expect(baris.slice(1, 3)).toEqual(['  realisasi.yaml IKU-S1.tw2: 56.1 → 54.9', '  realisasi.yaml IKU-S2.tw2: 35 → 33.33']);
    expect(r.keluaran).toMatch(
      /Tidak ada yang ditulis\. Sebaiknya buat lembar kerja baru dari data sekarang \(npm run templat -- candipuro-2023-tw2\)/,
    );
    expect(r.keluaran).not.toMatch(/Ditulis:/);
    expect(readFileSync(real, 'utf8')).toBe(diubah);

    const t = await impor('--tulis', '--timpa');
    expect(t.status, t.keluaran).toBe(0);
    expect(t.keluaran.split('\n')[0]).toMatch(/^Lembar kerja ini dibuat dari data yang lebih lama/);
    expect(t.keluaran).toMatch(/Diteruskan karena --timpa/);
    expect(readFileSync(real, 'utf8')).toMatch(/IKU-S1:\n  tw2: 54.9/);
  });

  it('an edit the workbook does not hold (a comment, a field it has no column for) is kept: said, not refused', async () => {
    const { real, impor } = await siapkan();
    writeFileSync(real, '# diperiksa ulang\n' + readFileSync(real, 'utf8'));
    const r = await impor();
    expect(r.status, r.keluaran).toBe(0);
    expect(r.keluaran.split('\n')[0]).toBe(
      'Lembar kerja ini dibuat dari data yang lebih lama: sejak lembar kerja dibuat, realisasi.yaml diubah, tetapi impor tidak mengembalikan satu pun isian yang diubah itu (perubahan tersebut tetap).',
    );
    expect(r.keluaran).toMatch(/Tidak ada perubahan/);
  });

  it('a workbook made before the hidden sheet existed (only the hash on Petunjuk): said first, every change listed, refused', async () => {
    const { buku, real, impor } = await siapkan();
    const isi = bacaZip(readFileSync(buku));
    isi.set(
      'xl/workbook.xml',
      Buffer.from(
        isi
          .get('xl/workbook.xml')!
          .toString()
          .replace(/<sheet [^>]*name="Sidik"[^>]*\/>/, ''),
      ),
    );
    writeFileSync(buku, tulisZip(isi));
    expect(bacaXlsx(readFileSync(buku)).map((l) => l.nama)).not.toContain(LEMBAR_SIDIK);
    writeFileSync(real, readFileSync(real, 'utf8').replace('tw2: 54.90', 'tw2: 56.10'));
    const r = await impor();
    expect(r.status).toBe(1);
    expect(r.keluaran.split('\n')[0]).toBe(
      'Lembar kerja ini dibuat dari data yang lebih lama: data laporan ini sudah diubah sejak lembar kerja dibuat. Impor akan mengembalikan 1 isian (mungkin; isian yang diubah sejak itu tidak dapat dibedakan di lembar kerja lama ini) ke nilai di lembar kerja:',
    );
    expect(r.keluaran).toMatch(/realisasi\.yaml ~ IKU-S1\.tw2: 56\.1 → 54\.9/);
  });

  it('with problems in the workbook too, the age is still said first, as their likely cause', () => {
    const p = pesanBasi(ID, { berubah: ['kinerja.yaml'], kembali: [] }, true, false);
    expect(p).toEqual({
      teks: [
        'Lembar kerja ini dibuat dari data yang lebih lama: sejak lembar kerja dibuat, kinerja.yaml diubah. Masalah di bawah bisa jadi karena itu; buat lembar kerja baru dari data sekarang (npm run templat -- candipuro-2023-tw2) lalu isi lagi.',
      ],
      blokir: false, // the problems refuse the import anyway
    });
  });

  it('a workbook of the current data raises nothing', async () => {
    const { impor } = await siapkan();
    const r = await impor();
    expect(r.status, r.keluaran).toBe(0);
    expect(r.keluaran).not.toMatch(/lebih lama/);
    expect(r.keluaran).toMatch(/Tidak ada perubahan/);
  });
});
