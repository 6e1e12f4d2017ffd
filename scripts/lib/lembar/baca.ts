/**
 * Reading a filled workbook (xlsx, with read-excel-file) or one sheet as CSV (csv-parse), into rows
 * keyed by column, every cell checked: numbers the Indonesian or the English way, ambiguous ones
 * refused with sheet, row, column and the cell's text.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { parse } from 'csv-parse/sync';
import { bacaAngka, caraAngka, normalkanKode, POLA_KODE } from '../../../src/domain/isian.ts';
import { LEMBAR, SDM, GRUP_SDM, hurufKolom, type Lembar } from './kolom.ts';

export type Nilai = string | number | undefined;

export interface BarisLembar {
  /** Row number as Excel shows it (the header is row 1). */
  nomor: number;
  nilai: Record<string, Nilai>;
  /** SDM counts from "Status: PNS"-style columns. */
  grup?: { grup: keyof typeof GRUP_SDM; kunci: string; nilai: number }[];
}

export interface HasilBaca {
  lembar: Map<Lembar, BarisLembar[]>;
  galat: string[];
  /** The fingerprint written into the template's instructions sheet, when present. */
  sidik?: string;
}

type Sel = string | number | boolean | Date | null | undefined;

function bacaSel(sel: Sel, jenis: 'teks' | 'angka' | 'kode', tempat: string, galat: string[], cara?: 'id' | 'en'): Nilai {
  if (sel === null || sel === undefined || (typeof sel === 'string' && sel.trim() === '')) return undefined;
  if (sel instanceof Date || typeof sel === 'boolean') {
    galat.push(
      `${tempat}: "${String(sel)}" bukan ${jenis === 'angka' ? 'angka' : 'teks'} (sel berformat tanggal/benar-salah); ubah format selnya`,
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
  return String(sel).trim();
}

function lembarDariNama(nama: string): Lembar | undefined {
  const n = nama.trim().toLowerCase();
  return LEMBAR.find((l) => l.nama.toLowerCase() === n);
}

function bacaLembar(l: Lembar, nama: string, data: Sel[][], galat: string[]): BarisLembar[] {
  const [kepala = [], ...isi] = data;
  const judul = kepala.map((j) => (typeof j === 'string' ? j.trim().toLowerCase() : ''));
  const posisi = new Map(l.kolom.map((c) => [c.kunci, judul.indexOf(c.judul.toLowerCase())]));
  const hilang = l.kolom.filter((c) => posisi.get(c.kunci)! < 0 && ['kode', 'nama', 'jabatan', 'tingkat'].includes(c.kunci));
  if (hilang.length) {
    galat.push(
      `lembar ${nama}: kolom ${hilang.map((c) => `"${c.judul}"`).join(', ')} tidak ditemukan di baris 1 (judul kolom jangan diubah)`,
    );
    return [];
  }
  const grupKolom =
    l === SDM
      ? judul.flatMap((j, i) => {
          const m = /^(status|pendidikan|eselon)\s*:\s*(.+)$/.exec(j);
          return m ? [{ i, grup: m[1] as keyof typeof GRUP_SDM, kunci: String(kepala[i]).split(':').slice(1).join(':').trim() }] : [];
        })
      : [];
  // How this sheet writes numbers, from the cells that can only be read one way; a sheet mixing both decides nothing.
  const kolomAngka = [...l.kolom.filter((c) => c.jenis === 'angka').map((c) => posisi.get(c.kunci)!), ...grupKolom.map((g) => g.i)].filter(
    (i) => i >= 0,
  );
  const caraDipakai = new Set(
    isi.flatMap((sel) => kolomAngka.map((i) => (typeof sel[i] === 'string' ? caraAngka(sel[i] as string) : undefined)).filter(Boolean)),
  );
  const cara = caraDipakai.size === 1 ? ([...caraDipakai][0] as 'id' | 'en') : undefined;
  const out: BarisLembar[] = [];
  isi.forEach((sel, r) => {
    if (sel.every((x) => x === null || x === undefined || String(x).trim() === '')) return;
    const nomor = r + 2;
    const nilai: Record<string, Nilai> = {};
    for (const c of l.kolom) {
      const i = posisi.get(c.kunci)!;
      if (i >= 0) nilai[c.kunci] = bacaSel(sel[i], c.jenis, `${nama}!${hurufKolom(i)}${nomor} (kolom "${c.judul}")`, galat, cara);
    }
    const grup = grupKolom.flatMap((g) => {
      const v = bacaSel(sel[g.i], 'angka', `${nama}!${hurufKolom(g.i)}${nomor} (kolom "${kepala[g.i]}")`, galat, cara);
      return typeof v === 'number' && v !== 0 ? [{ grup: g.grup, kunci: g.kunci, nilai: v }] : [];
    });
    out.push({ nomor, nilai, ...(l === SDM ? { grup } : {}) });
  });
  return out;
}

/** A workbook (.xlsx) with any of the sheets Indikator, Anggaran, SDM, Sarana; or one of them as CSV named after it (anggaran.csv). */
export async function bacaBuku(berkas: string): Promise<HasilBaca> {
  const galat: string[] = [];
  const lembar = new Map<Lembar, BarisLembar[]>();
  const ext = extname(berkas).toLowerCase();
  let sidik: string | undefined;
  if (ext === '.xlsx') {
    let sheets: { sheet: string; data: Sel[][] }[];
    try {
      sheets = (await readXlsxFile(berkas)) as { sheet: string; data: Sel[][] }[];
    } catch (e) {
      return { lembar, galat: [`${basename(berkas)} tidak dapat dibaca sebagai berkas Excel (.xlsx): ${(e as Error).message}`] };
    }
    for (const s of sheets) {
      if (s.sheet.toLowerCase() === 'petunjuk') {
        const baris = s.data.find((r) => typeof r[0] === 'string' && r[0].startsWith('Sidik data'));
        if (baris && typeof baris[1] === 'string') sidik = baris[1];
        continue;
      }
      const l = lembarDariNama(s.sheet);
      if (l) lembar.set(l, bacaLembar(l, s.sheet, s.data, galat));
    }
  } else if (ext === '.csv') {
    const nama = basename(berkas, ext);
    const l = lembarDariNama(nama);
    if (!l)
      return {
        lembar,
        galat: [
          `${basename(berkas)}: nama berkas CSV harus salah satu dari ${LEMBAR.map((x) => `${x.nama.toLowerCase()}.csv`).join(', ')}`,
        ],
      };
    const teks = readFileSync(berkas, 'utf8').replace(/^\uFEFF/, '');
    const barisPertama = teks.split(/\r?\n/, 1)[0];
    // Excel with Indonesian regional settings saves CSV with semicolons.
    const pemisah = (barisPertama.match(/;/g)?.length ?? 0) > (barisPertama.match(/,/g)?.length ?? 0) ? ';' : ',';
    let data: string[][];
    try {
      data = parse(teks, { delimiter: pemisah, relax_column_count: true, skip_empty_lines: false });
    } catch (e) {
      return { lembar, galat: [`${basename(berkas)}: bukan CSV yang utuh (${(e as Error).message})`] };
    }
    lembar.set(l, bacaLembar(l, nama, data, galat));
  } else {
    galat.push(`${basename(berkas)}: hanya berkas .xlsx atau .csv yang dapat diimpor`);
  }
  return { lembar, galat, sidik };
}
