/**
 * The workbook's memory of the data it was made from: a hidden sheet holding, for each data file,
 * its SHA-256 and its text at the time the template was written. On import, a file whose hash
 * differs was edited since; comparing the three versions (then, now, after the import) names each
 * field edited since that the import would put back to the workbook's older value.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LembarXlsx } from './xlsx.ts';
import { bacaZip, tulisZip } from './zip.ts';
import { nilaiPerJalur } from './beda.ts';

/** The hidden sheet's name; Excel keeps a hidden sheet when the workbook is saved again, and so does LibreOffice. */
export const LEMBAR_SIDIK = 'Sidik';
/** A cell holds at most 32 767 characters: a longer file is split over the cells of its row. */
const PANJANG_SEL = 30000;

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

export interface Sidik {
  id: string;
  berkas: Map<string, { hash: string; teks: string | undefined }>;
}

/** The rows of the hidden sheet: ["laporan", id], then [file, hash, text…] per data file ("-" for a file that does not exist). */
export function barisSidik(dir: string, id: string, berkasData: string[]): string[][] {
  return [
    ['laporan', id],
    ...berkasData.map((f) => {
      if (!existsSync(join(dir, f))) return [f, '-'];
      const data = readFileSync(join(dir, f));
      const teks = data.toString('utf8');
      const potong: string[] = [];
      for (let i = 0; i < teks.length;) {
        let j = Math.min(teks.length, i + PANJANG_SEL);
        if (j < teks.length && /[\uD800-\uDBFF]/.test(teks[j - 1])) j--; // never split a surrogate pair
        potong.push(teks.slice(i, j));
        i = j;
      }
      return [f, hash(data), ...potong];
    }),
  ];
}

/** Marks the sheet hidden in a written workbook (write-excel-file has no option for it). */
export function sembunyikanLembar(berkas: string, nama: string): void {
  const isi = bacaZip(readFileSync(berkas));
  const wb = isi.get('xl/workbook.xml')!.toString('utf8');
  const baru = wb.replace(/<sheet\b([^>]*?)\bname="([^"]*)"([^>]*?)\/>/g, (m, a: string, n: string, b: string) =>
    n === nama ? `<sheet${a}name="${n}"${b.replace(/\sstate="[^"]*"/, '')} state="hidden"/>` : m,
  );
  isi.set('xl/workbook.xml', Buffer.from(baru, 'utf8'));
  writeFileSync(berkas, tulisZip(isi));
}

/** The fingerprint in a workbook as read, if it has one. */
export function bacaSidik(lembar: LembarXlsx[] | undefined): Sidik | undefined {
  const s = lembar?.find((l) => l.nama === LEMBAR_SIDIK);
  if (!s || s.data[0]?.[0] !== 'laporan') return undefined;
  const berkas = new Map<string, { hash: string; teks: string | undefined }>();
  for (const [f, h, ...teks] of s.data.slice(1))
    if (typeof f === 'string' && typeof h === 'string') berkas.set(f, { hash: h, teks: h === '-' ? undefined : teks.map(String).join('') });
  return { id: String(s.data[0][1]), berkas };
}

/** Leaf values of a YAML text by path; a file that no longer parses has none (the checker names it). */
function daun(teks: string | undefined): Map<string, string> {
  try {
    return nilaiPerJalur(teks === undefined ? {} : parse(teks));
  } catch {
    return new Map();
  }
}

export interface Basi {
  /** Files edited since the workbook was made. */
  berubah: string[];
  /** "realisasi.yaml IKU-S1.tw2: 56.1 → 54.9": each field edited since that the import would change back. */
  kembali: string[];
  /** The workbook holds only the combined hash (made before the texts were kept): the fields cannot be told apart. */
  tanpaRincian?: boolean;
}

/**
 * Whether the report's files changed since the workbook was made, and what the import would revert.
 * `hasil`: the text of each file the import would write, undefined for one it would remove (files it leaves alone are absent).
 */
export function periksaBasi(dir: string, sidik: Sidik, hasil: Map<string, string | undefined>): Basi | undefined {
  const berubah = [...sidik.berkas].filter(([f, s]) => {
    const ada = existsSync(join(dir, f));
    return s.hash === '-' ? ada : !ada || hash(readFileSync(join(dir, f))) !== s.hash;
  });
  if (!berubah.length) return undefined;
  const kembali = berubah.flatMap(([f, s]) => {
    const sekarang = existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined;
    // A file the import leaves alone is absent from `hasil`; one it removes is there with no text.
    const [dulu, kini, nanti] = [daun(s.teks), daun(sekarang), daun(hasil.has(f) ? hasil.get(f) : sekarang)];
    return [...new Set([...dulu.keys(), ...kini.keys()])]
      .filter((k) => dulu.get(k) !== kini.get(k) && nanti.get(k) !== kini.get(k))
      .map((k) => `${f} ${k}: ${kini.get(k) ?? '(kosong)'} → ${nanti.get(k) ?? '(dihapus)'}`);
  });
  return { berubah: berubah.map(([f]) => f), kembali };
}

/**
 * What the import says first about the workbook's age. `blokir`: fields edited since would be put
 * back, so nothing is written without --timpa.
 */
export function pesanBasi(id: string, b: Basi, adaGalat: boolean, timpa: boolean): { teks: string[]; blokir: boolean } {
  const sejak = b.tanpaRincian
    ? 'data laporan ini sudah diubah sejak lembar kerja dibuat'
    : `sejak lembar kerja dibuat, ${b.berubah.join(', ')} diubah`;
  const baru = `buat lembar kerja baru dari data sekarang (npm run templat -- ${id}) lalu isi lagi`;
  if (adaGalat)
    return {
      teks: [`Lembar kerja ini dibuat dari data yang lebih lama: ${sejak}. Masalah di bawah bisa jadi karena itu; ${baru}.`],
      blokir: false,
    };
  if (!b.kembali.length)
    return {
      teks: [
        `Lembar kerja ini dibuat dari data yang lebih lama: ${sejak}, tetapi impor tidak mengembalikan satu pun isian yang diubah itu (perubahan tersebut tetap).`,
      ],
      blokir: false,
    };
  const BATAS = 40;
  return {
    teks: [
      `Lembar kerja ini dibuat dari data yang lebih lama: ${sejak}. Impor akan mengembalikan ${b.kembali.length} isian ${b.tanpaRincian ? '(mungkin; isian yang diubah sejak itu tidak dapat dibedakan di lembar kerja lama ini)' : 'yang diubah sejak itu'} ke nilai di lembar kerja:`,
      ...b.kembali.slice(0, BATAS).map((k) => `  ${k}`),
      ...(b.kembali.length > BATAS ? [`  … dan ${b.kembali.length - BATAS} isian lain`] : []),
      timpa
        ? 'Diteruskan karena --timpa: nilai dari lembar kerja menggantikan nilai di atas.'
        : `Tidak ada yang ditulis. Sebaiknya ${baru}; bila nilai di lembar kerja memang yang benar, jalankan lagi dengan --timpa.`,
    ],
    blokir: !timpa,
  };
}
