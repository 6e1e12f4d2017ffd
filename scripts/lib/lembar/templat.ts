/**
 * The workbook staff fill in Excel: an instructions sheet, then one sheet per kind of data, with the
 * report's current data already in it (a new report gets its placeholders). Written with
 * write-excel-file; read back by impor.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import { muatLaporan } from '../../../src/data/muat.ts';
import { namaPeriode } from '../../../src/domain/laporan.ts';
import type { Anggaran } from '../../../src/schemas/anggaran.ts';
import type { Indikator } from '../../../src/schemas/kinerja.ts';
import { INDIKATOR, ANGGARAN, SDM, SARANA, GRUP_SDM, GRUP_SDM_BAWAAN, LEMBAR, type Lembar } from './kolom.ts';
import { folderLaporan } from '../baru.ts';
import { LEMBAR_SIDIK, barisSidik, sembunyikanLembar } from './sidik.ts';

/** Files the workbook fills; their fingerprint at template time tells the import whether they were edited since. */
export const BERKAS_DATA = ['kinerja.yaml', 'realisasi.yaml', 'anggaran.yaml', 'sdm.yaml', 'sarana.yaml'];

export function sidikData(dir: string): string {
  const h = createHash('sha256');
  for (const f of BERKAS_DATA) h.update(f).update(existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : '-');
  return h.digest('hex').slice(0, 16);
}

const kepala = (l: Lembar, tambahan: string[] = []): Row =>
  [...l.kolom.map((c) => c.judul), ...tambahan].map(
    (j) => ({ value: j, fontWeight: 'bold', backgroundColor: '#DCE6F1', wrap: true }) as Cell,
  );
const angka = (x: number | undefined): Cell =>
  x === undefined ? null : { value: x, type: Number, format: Number.isInteger(x) ? '#,##0' : '#,##0.00##' };
const teks = (x: string | undefined): Cell => (x === undefined || x === '' ? null : { value: x, type: String });

export async function tulisTemplat(root: string, id: string, keluar: string): Promise<void> {
  const dir = folderLaporan(root, id);
  const m = muatLaporan(root, id);
  if (!m.data) throw new Error(`laporan ${id} belum valid; jalankan "npm run check -- ${id}" dan perbaiki dulu`);
  const d = m.data;
  const tahun = String(d.laporan.tahun);

  const baris = (ind: Indikator, tj: { kode: string; nama: string }, s?: { kode: string; nama: string }): Row => {
    const r = d.realisasi[ind.kode] ?? {};
    const nilai: Record<string, Cell> = {
      kodeTujuan: teks(tj.kode),
      tujuan: teks(tj.nama),
      kodeSasaran: teks(s?.kode),
      sasaran: teks(s?.nama),
      kode: teks(ind.kode),
      nama: teks(ind.nama),
      satuan: teks(ind.satuan),
      polaritas: teks(ind.polaritas),
      agregasi: teks(ind.agregasi),
      pkAwal: angka(ind.target.pkAwal),
      pkPerubahan: angka(ind.target.pkPerubahan),
      renstra: angka(ind.target.renstra?.[tahun]),
      akhir: angka(ind.target.akhir),
      tw1: angka(r.tw1),
      tw2: angka(r.tw2),
      tw3: angka(r.tw3),
      tw4: angka(r.tw4),
      tahunan: angka(r.tahunan),
      rumus: teks(ind.rumus),
      sumberData: teks(ind.sumberData),
      penanggungJawab: teks(ind.penanggungJawab),
    };
    return INDIKATOR.kolom.map((c) => nilai[c.kunci] ?? null);
  };
  const indikator: Row[] = d.kinerja.tujuan.flatMap((tj) => [
    ...tj.indikator.map((i) => baris(i, tj)),
    ...tj.sasaran.flatMap((s) => s.indikator.map((i) => baris(i, tj, s))),
  ]);

  type Baris =
    | Anggaran['program'][number]
    | NonNullable<Anggaran['program'][number]['kegiatan']>[number]
    | NonNullable<NonNullable<Anggaran['program'][number]['kegiatan']>[number]['subKegiatan']>[number];
  const anggaran: Row[] = [];
  const tambahAnggaran = (b: Baris, tingkat: string) => {
    const nilai: Record<string, Cell> = {
      tingkat: teks(tingkat),
      kode: teks(b.kode),
      nama: teks(b.nama),
      unit: teks(b.unit),
      sumberDana: teks(b.sumberDana),
      sasaran: teks(b.sasaran?.map((x) => (typeof x === 'string' ? x : x.kode)).join(', ')),
      paguAwal: angka(b.paguAwal),
      pagu: angka(b.pagu),
      realisasi: angka(b.realisasi),
    };
    anggaran.push(ANGGARAN.kolom.map((c) => nilai[c.kunci] ?? null));
    if ('kegiatan' in b) b.kegiatan?.forEach((x) => tambahAnggaran(x, 'kegiatan'));
    if ('subKegiatan' in b) b.subKegiatan?.forEach((x) => tambahAnggaran(x, 'sub kegiatan'));
  };
  d.anggaran?.program.forEach((p) => tambahAnggaran(p, 'program'));

  // Staff counts per status/education/eselon: one column per key in use (or the usual ones).
  const grup = (Object.keys(GRUP_SDM) as (keyof typeof GRUP_SDM)[]).flatMap((g) => {
    const ada = [...new Set(d.sdm?.baris.flatMap((b) => Object.keys(b[g])) ?? [])];
    return (ada.length ? ada : GRUP_SDM_BAWAAN[g]).map((kunci) => ({ g, kunci, judul: `${GRUP_SDM[g]}: ${kunci}` }));
  });
  const sdm: Row[] = (d.sdm?.baris ?? []).map((b) => [
    ...SDM.kolom.map((c) => (c.jenis === 'angka' ? angka(b[c.kunci as 'lakiLaki']) : teks(b[c.kunci as 'jabatan']))),
    ...grup.map((x) => angka(b[x.g][x.kunci])),
  ]);
  const sarana: Row[] = (d.sarana?.barang ?? []).map((b) =>
    SARANA.kolom.map((c) => (c.jenis === 'angka' ? angka(b.jumlah) : teks(b[c.kunci as 'nama']))),
  );

  const petunjuk: Row[] = [
    [{ value: `Lembar kerja ${d.laporan.instansi}, ${namaPeriode(d.laporan)}`, fontWeight: 'bold', fontSize: 14 }],
    [
      '1. Isi lembar Indikator, Anggaran, SDM dan Sarana. Satu baris = satu indikator / satu program, kegiatan atau sub kegiatan / satu jabatan / satu barang.',
    ],
    [
      '2. Angka boleh ditulis sebagai angka Excel atau sebagai teks cara Indonesia (1.234.567,89). Angka yang dapat dibaca dua cara (mis. 1.234) ditolak: tulis tanpa pemisah ribuan.',
    ],
    ['3. Jangan ubah judul kolom. Urutan kolom boleh diubah; kolom tambahan diabaikan.'],
    [
      `4. Simpan, lalu jalankan: npm run impor -- ${id} <nama berkas ini>. Perubahan ditampilkan dulu; data lama disimpan sebagai cadangan.`,
    ],
    ['5. Sel kosong berarti belum ada data (bukan nol). Angka capaian, predikat, jumlah dan persentase tidak diisi: semuanya dihitung.'],
    [null],
    ...LEMBAR.flatMap((l) => [
      [{ value: `Lembar ${l.nama} (mengisi ${l.berkas})`, fontWeight: 'bold' } as Cell],
      ...l.kolom.map((c): Row => [{ value: c.judul, fontWeight: 'bold' }, c.petunjuk]),
      ...(l === SDM
        ? [
            [
              'Status: …, Pendidikan: …, Eselon: …',
              'Satu kolom per status, pendidikan atau eselon (mis. "Pendidikan: S1"); tambah kolom dengan judul berpola sama bila perlu.',
            ] as Row,
          ]
        : []),
      [null],
    ]),
    [
      { value: 'Sidik data (jangan diubah)', textColor: '#777777' },
      { value: `${id}:${sidikData(dir)}`, textColor: '#777777' },
    ],
  ];

  const lembar = (l: Lembar, data: Row[], tambahan: string[] = []): Sheet<never> => ({
    sheet: l.nama,
    data: [kepala(l, tambahan), ...data],
    columns: [...l.kolom.map((c) => ({ width: c.lebar ?? 14 })), ...tambahan.map(() => ({ width: 12 }))],
    stickyRowsCount: 1,
  });
  await writeXlsxFile(
    [
      { sheet: 'Petunjuk', data: petunjuk, columns: [{ width: 34 }, { width: 110 }] },
      lembar(INDIKATOR, indikator),
      lembar(ANGGARAN, anggaran),
      lembar(
        SDM,
        sdm,
        grup.map((x) => x.judul),
      ),
      lembar(SARANA, sarana),
      { sheet: LEMBAR_SIDIK, data: barisSidik(dir, id, BERKAS_DATA).map((r) => r.map((value) => ({ value, type: String }))) },
    ] as Sheet<never>[],
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toFile(keluar);
  sembunyikanLembar(keluar, LEMBAR_SIDIK);
}
