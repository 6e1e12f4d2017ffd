/**
 * The workbook staff fill in Excel: an instructions sheet, then the sheets of the generated model (kolom.ts), each
 * with a header row, a row explaining every column, and the report's current data (a new report gets its
 * placeholders). Written with write-excel-file; read back by baca.ts, applied by terapkan.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import { muatLaporan, kodeSebagaiTeks, BERKAS } from '../../../src/data/muat.ts';
import { namaPeriode } from '../../../src/domain/laporan.ts';
import {
  LEMBAR,
  IDENTITAS,
  ISIAN,
  BERKAS_LEMBAR,
  INDUK,
  KUNCI,
  TINGKAT,
  TANDA_KETERANGAN,
  hurufKolom,
  type Kolom,
  type Lembar,
} from './kolom.ts';
import { LEMBAR_SIDIK, barisSidik, sembunyikanLembar } from './sidik.ts';
import { hiasBuku } from './hias.ts';
import { keBaris, type DataBerkas, type Nilai } from './datar.ts';
import { folderLaporan } from '../baru.ts';

/** Files the workbook fills; their fingerprint at template time tells the import whether they were edited since. */
export const BERKAS_DATA = BERKAS_LEMBAR.map((b) => b.berkas);

export function sidikData(dir: string): string {
  const h = createHash('sha256');
  for (const f of BERKAS_DATA) h.update(f).update(existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : '-');
  return h.digest('hex').slice(0, 16);
}

/** Rows a drop-down covers: far more than any report has. */
const BARIS_PILIHAN = 5000;

/** The report's data files as parsed YAML (what the author wrote, defaults not filled in). */
export function bacaDataBerkas(dir: string): DataBerkas {
  const data: DataBerkas = new Map();
  for (const f of BERKAS_DATA) {
    if (!existsSync(join(dir, f))) continue;
    // Codes as typed (kode 1.10 is not 1.1), as the loader reads them.
    const doc = parseDocument(readFileSync(join(dir, f), 'utf8'));
    kodeSebagaiTeks(doc, f === BERKAS.realisasi);
    data.set(f, doc.toJS() ?? {});
  }
  return data;
}

const sel = (x: Nilai, k?: Kolom): Cell => {
  if (x === undefined || x === '') return null;
  if (typeof x === 'number')
    return { value: x, type: Number, format: Number.isInteger(x) ? (k?.kunci.startsWith('(') ? '0' : '#,##0') : '#,##0.00##' };
  if (typeof x === 'boolean') return { value: x ? 'ya' : 'tidak', type: String };
  return { value: x, type: String };
};

/** A column's explanation: its field's text, whether it must be filled, and its allowed values. */
export function uraianKolom(k: Kolom): string {
  const bagian = [k.petunjuk];
  if (k.pilihan) bagian.push(`pilihan: ${k.pilihan.join(', ')}`);
  if (k.jenis === 'ya-tidak') bagian.push('isi "ya" atau "tidak"');
  if (k.jenis === 'tanggal') bagian.push('tulis sebagai teks YYYY-MM-DD');
  if (k.wajib && !k.kunci.startsWith('(')) bagian.push('wajib diisi');
  return bagian.filter(Boolean).join('; ');
}

function petunjukLembar(l: Lembar): string {
  if (l === IDENTITAS) return 'isian tingkat atas setiap berkas data: satu baris per isian; isi kolom Nilai';
  const letak = l.asal.map((a) => (a.induk ? `${a.rel} setiap baris lembar ${a.induk.nama}` : a.rel || 'seluruh berkas')).join(' atau ');
  const apa =
    l.jenis === 'kamus'
      ? 'satu baris per kunci'
      : l.tingkat.length
        ? 'satu baris per entri, anak di bawah induknya (kolom Tingkat)'
        : 'satu baris per entri';
  return `${l.berkas}: ${letak}; ${apa}`;
}

export async function tulisTemplat(root: string, id: string, keluar: string): Promise<void> {
  const dir = folderLaporan(root, id);
  const m = muatLaporan(root, id);
  if (!m.data) throw new Error(`laporan ${id} belum valid; jalankan "npm run check -- ${id}" dan perbaiki dulu`);
  const baris = keBaris(bacaDataBerkas(dir));
  const kepala = (l: Lembar): Row[] => [
    l.kolom.map((k) => ({ value: k.judul, fontWeight: 'bold', backgroundColor: '#DCE6F1', wrap: true }) as Cell),
    l.kolom.map(
      (k) =>
        ({
          value: `${TANDA_KETERANGAN}${uraianKolom(k) || k.judul}`,
          textColor: '#555555',
          fontStyle: 'italic',
          wrap: true,
          alignVertical: 'top',
        }) as Cell,
    ),
  ];

  // Identitas: every top-level field of every file, filled or not, so an empty one can be filled in.
  const ada = new Map((baris.get(IDENTITAS) ?? []).map((b) => [`${b.nilai['(berkas)']}:${b.nilai['(isian)']}`, b.nilai['(nilai)']]));
  const identitas: Row[] = [...ISIAN.values()].flatMap((akar) =>
    akar.kolom.map((k): Row => [sel(akar.berkas), sel(k.kunci), sel(ada.get(`${akar.berkas}:${k.kunci}`), k), sel(uraianKolom(k))]),
  );

  const petunjuk: Row[] = [
    [{ value: `Lembar kerja ${m.data.laporan.instansi}, ${namaPeriode(m.data.laporan)}`, fontWeight: 'bold', fontSize: 14 }],
    ['1. Satu lembar per jenis data; lembar Identitas berisi identitas laporan dan isian tingkat atas berkas lain (satu baris per isian).'],
    [
      '2. Baris 1 adalah judul kolom (nama isian seperti di docs/referensi.md), baris 2 artinya. Isi mulai baris 3. Jangan ubah judul kolom; urutan kolom boleh diubah.',
    ],
    [
      '3. Baris di lembar "anak" menyebut baris induknya di kolom Induk: No (atau Kunci) baris induk, mis. "1.2" = sasaran ke-2 tujuan ke-1, "IKU-1" = realisasi indikator IKU-1. No boleh kosong untuk baris baru (diberi nomor berikutnya).',
    ],
    [
      '4. Lembar dengan kolom Tingkat (Tujuan dan sasaran, Anggaran): setiap baris berada di bawah baris tingkat di atasnya yang terdekat di atasnya.',
    ],
    [
      '5. Angka boleh ditulis sebagai angka Excel atau sebagai teks cara Indonesia (1.234.567,89). Angka yang dapat dibaca dua cara (mis. 1.234) ditolak: tulis tanpa pemisah ribuan.',
    ],
    ['6. Sel kosong berarti belum ada data (bukan nol). Capaian, predikat, jumlah dan persentase tidak diisi: semuanya dihitung.'],
    [
      `7. Simpan, lalu jalankan: npm run impor -- ${id} <nama berkas ini>. Perubahan ditampilkan dulu; data lama disimpan sebagai cadangan.`,
    ],
    [null],
    ...LEMBAR.flatMap((l) => [
      [{ value: `Lembar ${l.nama}`, fontWeight: 'bold' } as Cell, { value: petunjukLembar(l), fontWeight: 'bold' } as Cell] as Row,
      ...l.kolom.map((k): Row => [
        { value: k.judul, fontWeight: k.kunci.startsWith('(') ? 'normal' : 'bold' } as Cell,
        uraianKolom(k) || k.judul,
      ]),
      [null] as Row,
    ]),
    [
      { value: 'Sidik data (jangan diubah)', textColor: '#777777' },
      { value: `${id}:${sidikData(dir)}`, textColor: '#777777' },
    ],
  ];

  const lembar = (l: Lembar): Sheet<never> => ({
    sheet: l.nama,
    data: [
      ...kepala(l),
      ...(l === IDENTITAS ? identitas : (baris.get(l) ?? []).map((b): Row => l.kolom.map((k) => sel(b.nilai[k.kunci], k)))),
    ],
    columns: l.kolom.map((k) => ({ width: k.kunci === INDUK || k.kunci === KUNCI || k.kunci === TINGKAT ? 12 : (k.lebar ?? 14) })),
    stickyRowsCount: 2,
  });
  await writeXlsxFile(
    [
      { sheet: 'Petunjuk', data: petunjuk, columns: [{ width: 34 }, { width: 120 }] },
      ...LEMBAR.map(lembar),
      { sheet: LEMBAR_SIDIK, data: barisSidik(dir, id, BERKAS_DATA).map((r) => r.map((value) => ({ value, type: String }))) },
    ] as Sheet<never>[],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toFile(keluar);
  sembunyikanLembar(keluar, LEMBAR_SIDIK);
  // A note on every header with the column's explanation; a drop-down on every column (or Identitas cell) with a list.
  const isianIdentitas = [...ISIAN.values()].flatMap((akar) => akar.kolom);
  hiasBuku(
    keluar,
    LEMBAR.map((l) => {
      const di = (kunci: string) => hurufKolom(l.kolom.findIndex((k) => k.kunci === kunci));
      return {
        nama: l.nama,
        catatan: l.kolom.map((k, i) => ({ sel: `${hurufKolom(i)}1`, teks: uraianKolom(k) || k.judul })),
        pilihan:
          l === IDENTITAS
            ? isianIdentitas.flatMap((k, i) => (k.pilihan ? [{ rentang: `${di('(nilai)')}${i + 3}`, nilai: k.pilihan }] : []))
            : l.kolom.flatMap((k) => (k.pilihan ? [{ rentang: `${di(k.kunci)}3:${di(k.kunci)}${BARIS_PILIHAN}`, nilai: k.pilihan }] : [])),
      };
    }),
  );
}
