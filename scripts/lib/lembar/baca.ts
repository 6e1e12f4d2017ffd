/**
 * Reading a filled workbook (xlsx, with xlsx.ts) or one sheet as CSV (csv-parse), into rows
 * keyed by column, every cell checked: numbers the Indonesian or the English way, ambiguous ones
 * refused with sheet, row, column and the cell's text. Cells as Excel and LibreOffice write them:
 * dates, percentages, formulas (their stored result), error values, booleans, merged ranges,
 * hidden and extra sheets: each read as the author sees it or refused with the reason.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { bacaAngka, caraAngka, normalkanKode, POLA_KODE } from '../../../src/domain/isian.ts';
import { pulihkan } from '../../../src/domain/tampilan/csv.ts';
import { LEMBAR, INDUK, KUNCI, TINGKAT, TANDA_KETERANGAN, hurufKolom, type JenisKolom, type Lembar } from './kolom.ts';
import type { AsalCsv, BarisLembar, Nilai } from './datar.ts';
import { bacaXlsx, GalatSel, XlsxRusak, type LembarXlsx } from './xlsx.ts';
import { LEMBAR_SIDIK } from './sidik.ts';
import { ZipRusak } from './zip.ts';
import { bacaTeks } from '../../../src/data/muat.ts';

export type { BarisLembar, Nilai };

export interface HasilBaca {
  lembar: Map<Lembar, BarisLembar[]>;
  galat: string[];
  /** What was read differently from the plain case, or not read at all, and why (an extra sheet, title rows). */
  catatan: string[];
  /** The fingerprint written into the template's instructions sheet, when present. */
  sidik?: string;
  /** The sheets of the file as read, for the stale-workbook check (sidik.ts). */
  lembarXlsx?: LembarXlsx[];
}

type Sel = string | number | boolean | Date | GalatSel | null | undefined;

/** Excel's error values in plain words. */
const ARTI_GALAT: Record<string, string> = {
  '#DIV/0!': 'pembagian dengan nol',
  '#N/A': 'nilai tidak tersedia',
  '#VALUE!': 'jenis nilai yang salah dalam rumus',
  '#REF!': 'rujukan ke sel yang sudah tidak ada',
  '#NAME?': 'nama fungsi atau rentang yang tidak dikenal',
  '#NUM!': 'angka yang tidak sah',
  '#NULL!': 'rentang yang tidak bersinggungan',
  '#SPILL!': 'hasil rumus tidak muat',
  '#CALC!': 'rumus tidak dapat dihitung',
};

const tglId = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const BULAN = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** "2024-12-31", "31/12/2024", "31-12-2024", "31.12.2024", "31 Desember 2024" to a date that exists, or undefined. */
function bacaTanggal(teks: string): string | undefined {
  const t = teks.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let [y, b, h] = m ? [+m[1], +m[2], +m[3]] : [0, 0, 0];
  if (!m && (m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [h, b, y] = [+m[1], +m[2], +m[3]];
  if (!m && (m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(t)) && BULAN.includes(m[2])) [h, b, y] = [+m[1], BULAN.indexOf(m[2]) + 1, +m[3]];
  if (!y) return undefined;
  const d = new Date(Date.UTC(y, b - 1, h));
  return d.getUTCFullYear() === y && d.getUTCMonth() === b - 1 && d.getUTCDate() === h ? iso(d) : undefined;
}

function bacaSel(sel: Sel, jenis: JenisKolom, tempat: string, galat: string[], cara?: 'id' | 'en'): Nilai {
  if (sel === null || sel === undefined || (typeof sel === 'string' && sel.trim() === '')) return undefined;
  const apa = jenis === 'angka' ? 'angka' : jenis === 'tanggal' ? 'tanggal' : 'teks';
  if (sel instanceof GalatSel) {
    const rumus = sel.rumus ? `rumus =${sel.rumus}` : 'rumus';
    if (sel.kode === 'tanpa-nilai')
      galat.push(
        `${tempat}: ${rumus} belum punya hasil tersimpan (berkas disimpan oleh program yang tidak menghitung rumus); buka berkas di Excel lalu simpan lagi, atau ketik nilainya`,
      );
    else
      galat.push(
        `${tempat}: ${sel.rumus === undefined ? 'berisi' : `${rumus} menghasilkan`} ${sel.kode}${ARTI_GALAT[sel.kode] ? ` (${ARTI_GALAT[sel.kode]})` : ''}, bukan ${apa}; perbaiki ${sel.rumus === undefined ? 'selnya' : 'rumusnya'} atau ketik nilainya`,
      );
    return undefined;
  }
  // Any type (the Identitas sheet's Nilai, number-or-text and number-or-code fields): a number cell stays one, a text
  // cell stays text as written; whether that text is a number is decided when applied (datar.ts angkaDariTeks).
  if (jenis === 'angka-teks' || jenis === 'bebas')
    return sel instanceof Date ? iso(sel) : typeof sel === 'string' ? pulihkan(sel.trim()).trim() : sel;
  if (jenis === 'ya-tidak') {
    const t = String(sel).trim().toLowerCase();
    if (typeof sel === 'boolean' || ['ya', 'tidak', 'true', 'false'].includes(t)) return sel === true || t === 'ya' || t === 'true';
    galat.push(`${tempat}: tulis "ya" atau "tidak" (tertulis "${String(sel).trim()}")`);
    return undefined;
  }
  if (typeof sel === 'boolean') {
    galat.push(`${tempat}: berisi nilai benar/salah (${sel ? 'TRUE' : 'FALSE'}), bukan ${apa}; ketik isinya sebagai ${apa}`);
    return undefined;
  }
  if (jenis === 'tanggal') {
    if (sel instanceof Date) return iso(sel);
    const t = typeof sel === 'string' ? bacaTanggal(sel) : undefined;
    if (t) return t;
    galat.push(`${tempat}: "${String(sel).trim()}" bukan tanggal; tulis mis. 31/12/2024 atau format sel sebagai Tanggal`);
    return undefined;
  }
  if (sel instanceof Date) {
    galat.push(
      `${tempat}: sel berformat tanggal (${tglId(sel)}), bukan ${apa}; Excel mengubah isian seperti 1-2 atau 1/2 menjadi tanggal: format sel sebagai ${apa === 'angka' ? 'Angka' : 'Teks'} lalu ketik ulang`,
    );
    return undefined;
  }
  if (jenis === 'angka') {
    if (typeof sel === 'number') return sel;
    const r = bacaAngka(sel, cara);
    if (r.ok) return r.nilai;
    galat.push(`${tempat}: ${r.alasan}`);
    return undefined;
  }
  if (jenis === 'kode') {
    if (typeof sel === 'number' && !Number.isInteger(sel)) {
      galat.push(
        `${tempat}: kode ${sel} tersimpan sebagai angka, sehingga nol di belakangnya bisa hilang; format sel sebagai Teks lalu ketik ulang kodenya`,
      );
      return undefined;
    }
    const kode = normalkanKode(String(sel));
    if (!POLA_KODE.test(kode))
      galat.push(`${tempat}: kode "${String(sel).trim()}" harus berupa angka/huruf yang dipisah titik, mis. 7.01.01.2.01`);
    return kode;
  }
  // Our data downloads prefix "=…" text with an apostrophe so spreadsheets do not run it; imported back, it goes.
  return pulihkan(String(sel).trim()).trim();
}

function lembarDariNama(nama: string, daftar: Lembar[]): Lembar | undefined {
  const n = nama.trim().toLowerCase();
  return daftar.find((l) => l.nama.toLowerCase() === n);
}

const kosong = (x: Sel) => x === null || x === undefined || (typeof x === 'string' && x.trim() === '');
const rentang = (g: LembarXlsx['gabungan'][number]) => `${hurufKolom(g.c1)}${g.r1 + 1}:${hurufKolom(g.c2)}${g.r2 + 1}`;
/** The header may sit below a title the author typed above it: the first of these rows holding the key columns. */
const BARIS_JUDUL_MAKS = 10;

function bacaLembar(
  l: Lembar,
  nama: string,
  asli: Sel[][],
  galat: string[],
  catatan: string[],
  gabungan: LembarXlsx['gabungan'] = [],
  dariCsv = false,
): BarisLembar[] {
  const data = asli.map((r) => [...r]);
  const judulBaris = (r: Sel[] = []) => r.map((j) => (typeof j === 'string' ? j.trim().toLowerCase() : ''));
  // The columns a sheet cannot do without: its place columns, and a name or code the entries must have.
  const tempat = [KUNCI, TINGKAT, '(berkas)', '(isian)', '(nilai)', ...(l.asal?.every((a) => a.induk) ? [INDUK] : [])];
  const wajib = l.kolom.filter((c) => tempat.includes(c.kunci) || (['kode', 'nama', 'jabatan'].includes(c.kunci) && c.wajib !== false));
  const h = Math.max(
    0,
    data.slice(0, BARIS_JUDUL_MAKS).findIndex((r) => wajib.every((c) => judulBaris(r).includes(c.judul.toLowerCase()))),
  );
  const kepala = data[h] ?? [];
  const judul = judulBaris(kepala);
  const posisi = new Map(l.kolom.map((c) => [c.kunci, judul.indexOf(c.judul.toLowerCase())]));
  const hilang = wajib.filter((c) => posisi.get(c.kunci)! < 0);
  if (hilang.length) {
    galat.push(
      `lembar ${nama}: kolom ${hilang.map((c) => `"${c.judul}"`).join(', ')} tidak ditemukan di baris 1 (judul kolom jangan diubah)`,
    );
    return [];
  }
  if (h > 0) catatan.push(`lembar ${nama}: baris 1${h > 1 ? `–${h}` : ''} dianggap judul lembar; judul kolom dibaca dari baris ${h + 1}`);
  const jenisDi = new Map<number, JenisKolom>(
    l.kolom.filter((c) => posisi.get(c.kunci)! >= 0).map((c) => [posisi.get(c.kunci)!, c.jenis] as const),
  );
  const judulDi = (i: number) => (typeof kepala[i] === 'string' ? String(kepala[i]).trim() : '');

  // Merged ranges: what the author sees is one value for the whole range.
  const tanpaJudul = new Set<number>(); // columns under a merged header cell: refused already, not named again
  for (const g of gabungan) {
    if (g.r2 < h) continue; // a title above the header
    const tertutup = Array.from({ length: g.c2 - g.c1 }, (_, k) => g.c1 + 1 + k);
    if (g.r1 <= h) {
      // A header cell spread over several columns: the columns after the first have no header of their own.
      const berisi = tertutup.filter((c) => data.slice(g.r2 + 1).some((r) => !kosong(r[c])));
      berisi.forEach((c) => tanpaJudul.add(c));
      if (berisi.length)
        galat.push(
          `${nama}!${rentang(g)}: judul kolom digabung, sehingga kolom ${berisi.map(hurufKolom).join(', ')} berisi data tanpa judul; batalkan penggabungan sel (Merge & Center) dan beri setiap kolom judulnya`,
        );
      continue;
    }
    const dikenal = tertutup.filter((c) => jenisDi.has(c));
    if (dikenal.length) {
      galat.push(
        `${nama}!${rentang(g)}: sel digabung melintasi kolom ${[g.c1, ...dikenal].map((c) => `"${judulDi(c)}"`).join(', ')}; batalkan penggabungan supaya setiap kolom berisi nilainya sendiri`,
      );
      continue;
    }
    if (g.r2 > g.r1 && jenisDi.get(g.c1) === 'angka') {
      // One figure shown over several rows would be counted once per row.
      galat.push(
        `${nama}!${rentang(g)}: sel angka kolom "${judulDi(g.c1)}" digabung untuk ${g.r2 - g.r1 + 1} baris; batalkan penggabungan dan isi angka setiap baris`,
      );
      continue;
    }
    for (let r = g.r1 + 1; r <= g.r2; r++) (data[r] ??= [])[g.c1] = data[g.r1]?.[g.c1] ?? null;
  }

  const isi = data.slice(h + 1);
  const lain = [...new Set(isi.flatMap((r) => r.flatMap((x, i) => (!kosong(x) && !jenisDi.has(i) && !tanpaJudul.has(i) ? [i] : []))))].sort(
    (a, b) => a - b,
  );
  if (lain.length)
    catatan.push(
      `lembar ${nama}: kolom ${lain.map((i) => `${hurufKolom(i)}${judulDi(i) ? ` ("${judulDi(i)}")` : ' (tanpa judul)'}`).join(', ')} bukan kolom lembar kerja ini; isinya tidak dibaca`,
    );
  // How this sheet writes numbers, from the cells that can only be read one way; a sheet mixing both decides nothing.
  // Number-or-text columns count too (a Realisasi sheet's quarters: numbers or grade codes; a code reads neither way).
  const kolomAngka = [...jenisDi].filter(([, j]) => j === 'angka' || j === 'angka-teks').map(([i]) => i);
  const caraDipakai = new Set(
    isi.flatMap((sel) => kolomAngka.map((i) => (typeof sel[i] === 'string' ? caraAngka(sel[i] as string) : undefined)).filter(Boolean)),
  );
  const cara = caraDipakai.size === 1 ? ([...caraDipakai][0] as 'id' | 'en') : undefined;
  const out: BarisLembar[] = [];
  isi.forEach((sel = [], r) => {
    if (sel.every(kosong)) return;
    // The template's row explaining each column, under the headers.
    if (sel.every((x) => kosong(x) || (typeof x === 'string' && x.startsWith(TANDA_KETERANGAN)))) return;
    const nomor = h + r + 2;
    const nilai: Record<string, Nilai> = {};
    const csv: AsalCsv = { cara, sel: {} };
    for (const c of l.kolom) {
      const i = posisi.get(c.kunci)!;
      if (i < 0) continue;
      const tempat = `${nama}!${hurufKolom(i)}${nomor} (kolom "${c.judul}")`;
      nilai[c.kunci] = bacaSel(sel[i], c.jenis, tempat, galat, cara);
      if (typeof sel[i] === 'string' && typeof nilai[c.kunci] === 'string') csv.sel[c.kunci] = { mentah: sel[i] as string, tempat };
    }
    out.push({ nomor, nilai, ...(dariCsv ? { csv } : {}) });
  });
  return out;
}

/** A workbook (.xlsx) with any of the sheets of `daftar`; or one of them as CSV named after it (anggaran.csv). */
export async function bacaBuku(berkas: string, daftar: Lembar[] = LEMBAR): Promise<HasilBaca> {
  const galat: string[] = [];
  const lembar = new Map<Lembar, BarisLembar[]>();
  const ext = extname(berkas).toLowerCase();
  let sidik: string | undefined;
  let lembarXlsx: LembarXlsx[] | undefined;
  const catatan: string[] = [];
  if (ext === '.xlsx') {
    let sheets: LembarXlsx[];
    try {
      sheets = bacaXlsx(readFileSync(berkas));
    } catch (e) {
      const sebab = e instanceof ZipRusak || e instanceof XlsxRusak ? e.message : 'isinya tidak dikenali';
      return { lembar, catatan, galat: [`${basename(berkas)} tidak dapat dibaca sebagai berkas Excel (.xlsx): ${sebab}`] };
    }
    const lain: string[] = [];
    for (const s of sheets) {
      if (s.nama.trim().toLowerCase() === 'petunjuk') {
        const baris = s.data.find((r) => typeof r[0] === 'string' && r[0].startsWith('Sidik data'));
        if (baris && typeof baris[1] === 'string') sidik = baris[1];
        continue;
      }
      if (s.nama === LEMBAR_SIDIK) continue;
      const l = lembarDariNama(s.nama, daftar);
      if (!l) {
        if (s.data.some((r) => r.some((x) => !kosong(x)))) lain.push(`"${s.nama}"${s.tersembunyi ? ' (tersembunyi)' : ''}`);
        continue;
      }
      if (s.tersembunyi) catatan.push(`lembar ${s.nama} disembunyikan (hidden) di berkas ini, tetapi tetap dibaca`);
      // A hidden row is out of the author's sight but in the data: named, so a forgotten old row is found.
      if (s.barisTersembunyi?.length)
        catatan.push(
          `baris ${s.barisTersembunyi.map((i) => `${s.nama}!${i + 1}`).join(', ')} disembunyikan (hidden) di berkas ini, tetapi tetap dibaca; tampilkan (Unhide) untuk memeriksanya, atau hapus barisnya bila tidak dipakai`,
        );
      lembar.set(l, bacaLembar(l, s.nama, s.data, galat, catatan, s.gabungan));
    }
    if (lain.length)
      catatan.push(
        `lembar ${lain.join(', ')} bukan bagian lembar kerja (yang dibaca: ${daftar.map((l) => l.nama).join(', ')}); isinya tidak dibaca`,
      );
    lembarXlsx = sheets;
  } else if (ext === '.csv') {
    const nama = basename(berkas, ext);
    const l = lembarDariNama(nama, daftar);
    if (!l)
      return {
        lembar,
        catatan,
        galat: [
          `${basename(berkas)}: nama berkas CSV harus salah satu dari ${daftar.map((x) => `${x.nama.toLowerCase()}.csv`).join(', ')}`,
        ],
      };
    // UTF-8 only (Excel's "CSV (dipisahkan koma)" is Windows-1252: "é" would silently become "�"), no hidden characters.
    const dibaca = bacaTeks(berkas);
    if (!dibaca.ok)
      return {
        lembar,
        catatan,
        galat: [
          `${basename(berkas)}${dibaca.baris ? ` baris ${dibaca.baris}` : ''}: ${dibaca.pesan}; di Excel pilih "CSV UTF-8 (dipisahkan koma)"`,
        ],
      };
    const teks = dibaca.teks;
    const barisPertama = teks.split(/\r?\n/, 1)[0];
    // Excel with Indonesian regional settings saves CSV with semicolons.
    const pemisah = (barisPertama.match(/;/g)?.length ?? 0) > (barisPertama.match(/,/g)?.length ?? 0) ? ';' : ',';
    let data: string[][];
    try {
      data = parse(teks, { delimiter: pemisah, relax_column_count: true, skip_empty_lines: false });
    } catch (e) {
      const baris = (e as { lines?: number }).lines;
      return {
        lembar,
        catatan,
        galat: [
          `${basename(berkas)}${baris ? ` baris ${baris}` : ''}: bukan CSV yang utuh (tanda kutip atau pemisah kolom tidak pada tempatnya); simpan ulang dari Excel sebagai CSV`,
        ],
      };
    }
    lembar.set(l, bacaLembar(l, nama, data, galat, catatan, [], true));
  } else {
    const simpan = ['.xls', '.ods', '.xlsm', '.xlsb'].includes(ext) ? ': simpan dulu sebagai "Excel Workbook (.xlsx)"' : '';
    galat.push(`${basename(berkas)}: hanya berkas .xlsx atau .csv yang dapat diimpor${simpan}`);
  }
  return { lembar, galat, catatan, sidik, lembarXlsx };
}
