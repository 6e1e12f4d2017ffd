/**
 * A report's data as the workbook's rows and back, by the generated sheet model (kolom.ts): `keBaris` gives every
 * sheet's rows for the data files as parsed YAML, `dariBaris` rebuilds the files' data from rows. The two are
 * inverse: the rows of a report rebuild exactly its data (tests/lembar-model.test.ts).
 */
import { LEMBAR, ISIAN, IDENTITAS, INDUK, NO, KUNCI, TINGKAT, type Kolom, type Lembar } from './kolom.ts';
import { bacaAngka } from '../../../src/domain/isian.ts';

export type Nilai = string | number | boolean | undefined;

export interface BarisLembar {
  /** Row number as Excel shows it, when read from a workbook. */
  nomor?: number;
  /** Values by column key (Kolom.kunci); a key absent means the column was absent. */
  nilai: Record<string, Nilai>;
  /** Read from a CSV file, where every cell is text: how it was written (for angkaDariTeks). */
  csv?: AsalCsv;
}

/** A CSV row's number style (its sheet's, when only one is used) and each text cell as written, with its place. */
export interface AsalCsv {
  cara?: 'id' | 'en';
  sel: Record<string, { mentah: string; tempat: string }>;
}

export type DataBerkas = Map<string, unknown>;

const objekBiasa = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const skalar = (x: unknown): x is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof x);

/** The value at a dotted path through plain objects ('' is the value itself). */
function ambil(x: unknown, kunci: string): unknown {
  if (kunci === '') return x;
  let cur = x;
  for (const k of kunci.split('.')) {
    if (!objekBiasa(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

const kolomIsian = (l: Lembar) => l.kolom.filter((k) => !k.kunci.startsWith('('));

/** Every sheet's rows for the given files' data (parsed YAML, by file name). */
export function keBaris(data: DataBerkas): Map<Lembar, BarisLembar[]> {
  const out = new Map<Lembar, BarisLembar[]>(LEMBAR.map((l) => [l, []]));
  const tambah = (l: Lembar, nilai: Record<string, Nilai>) => out.get(l)!.push({ nilai });

  const isiKolom = (l: Lembar, unsur: unknown, nilai: Record<string, Nilai>) => {
    for (const k of kolomIsian(l)) {
      const v = ambil(unsur, k.kunci);
      if (skalar(v)) nilai[k.kunci] = v;
    }
  };
  const anak = (l: Lembar, unsur: unknown, id: string | undefined) => {
    for (const a of l.anak) turun(a.lembar, ambil(unsur, a.rel), id, a.lembar.asal.find((x) => x.rel === a.rel)?.daftar ?? true);
  };
  const baris = (l: Lembar, unsur: unknown, induk: string | undefined, tempat: Record<string, Nilai>, id: string, tingkat = 0) => {
    const nilai: Record<string, Nilai> = { ...(induk !== undefined ? { [INDUK]: induk } : {}), ...tempat };
    if (l.bentuk === 'nilai') {
      if (skalar(unsur)) nilai[''] = unsur;
    } else isiKolom(l, unsur, nilai);
    tambah(l, nilai);
    anak(l, unsur, id);
    // The levels of a tree (program → kegiatan → subKegiatan) follow their parent on the same sheet.
    const rel = l.tingkat[tingkat];
    const bawah = rel ? ambil(unsur, rel) : undefined;
    if (Array.isArray(bawah))
      bawah.forEach((u, i) =>
        baris(
          l,
          u,
          induk,
          { [TINGKAT]: namaTingkat(l, tingkat + 1), [NO]: `${id.slice(induk ? induk.length + 1 : 0)}.${i + 1}` },
          `${id}.${i + 1}`,
          tingkat + 1,
        ),
      );
  };
  const turun = (l: Lembar, isi: unknown, induk: string | undefined, daftar: boolean) => {
    const di = (x: string) => (induk !== undefined ? `${induk}.${x}` : x);
    if (l.jenis === 'daftar' && Array.isArray(isi))
      isi.forEach((u, i) =>
        baris(l, u, induk, { ...(l.tingkat.length ? { [TINGKAT]: namaTingkat(l, 0) } : {}), [NO]: String(i + 1) }, di(String(i + 1))),
      );
    else if (l.jenis === 'kamus' && objekBiasa(isi) && daftar)
      for (const [k, u] of Object.entries(isi)) baris(l, u, induk, { [KUNCI]: k }, di(k));
  };

  for (const [berkas, isi] of data) {
    const akar = ISIAN.get(berkas);
    if (!akar || isi === undefined) continue;
    for (const k of kolomIsian(akar)) {
      const v = ambil(isi, k.kunci);
      if (skalar(v)) tambah(IDENTITAS, { '(berkas)': berkas, '(isian)': k.kunci, '(nilai)': v });
    }
    anak(akar, isi, undefined);
  }
  return out;
}

export const namaTingkat = (l: Lembar, i: number): string =>
  (i === 0 ? l.asal[0].rel : l.tingkat[i - 1]).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
const sebutTingkat = (x: string) => x.replace(/\s+/g, '').toLowerCase();

/** A cell's value as its field's type, for the Identitas sheet whose Nilai column holds every type. */
function sesuaikan(v: Nilai, k: Kolom, tempat: string, galat: string[]): Nilai {
  if (v === undefined) return undefined;
  if (k.jenis === 'angka' && typeof v === 'string') {
    const r = bacaAngka(v);
    if (r.ok) return r.nilai;
    galat.push(`${tempat}: ${r.alasan}`);
    return undefined;
  }
  if (k.jenis === 'ya-tidak' && typeof v !== 'boolean') {
    const t = String(v).trim().toLowerCase();
    if (['ya', 'true', 'benar', '1'].includes(t)) return true;
    if (['tidak', 'false', 'salah', '0'].includes(t)) return false;
    galat.push(`${tempat}: tulis "ya" atau "tidak" (tertulis "${v}")`);
    return undefined;
  }
  if ((k.jenis === 'teks' || k.jenis === 'tanggal' || k.jenis === 'kode') && typeof v !== 'string') return String(v);
  return v;
}

/** Sets a dotted path, creating objects; a plain value where an object is needed (or the reverse) is an error. */
function setel(o: Record<string, unknown>, kunci: string, v: unknown): string | undefined {
  const ruas = kunci.split('.');
  let cur = o;
  for (const r of ruas.slice(0, -1)) {
    if (cur[r] === undefined) cur[r] = {};
    if (!objekBiasa(cur[r])) return ruas.slice(0, ruas.indexOf(r) + 1).join('.');
    cur = cur[r] as Record<string, unknown>;
  }
  const akhir = ruas[ruas.length - 1];
  if (objekBiasa(cur[akhir])) return kunci;
  cur[akhir] = v;
  return undefined;
}

interface Simpul {
  lembar: Lembar;
  baris: BarisLembar;
  id: string;
  induk?: string;
  tingkat: number;
  nilai: unknown;
  tempat: string;
}

/** Each row's place: its id (how children name it), its parent's id and its tree level; rows without a valid place are reported. */
function tandai(l: Lembar, semua: BarisLembar[], galat: string[]): Simpul[] {
  const out: Simpul[] = [];
  const saudara = new Map<string, Set<string>>();
  const jejak: Simpul[] = []; // the tree's last row per level
  const tingkatan = [0, ...l.tingkat.map((_, i) => i + 1)];
  for (const b of semua) {
    const tempat = `${l.nama} baris ${b.nomor ?? '?'}`;
    const teks = (k: string) => (b.nilai[k] === undefined ? undefined : String(b.nilai[k]).trim() || undefined);
    let induk = teks(INDUK);
    const tingkatTeks = teks(TINGKAT);
    const tingkat = l.tingkat.length
      ? (tingkatan.find((i) => sebutTingkat(namaTingkat(l, i)) === sebutTingkat(tingkatTeks ?? '')) ?? -1)
      : 0;
    if (tingkat < 0) {
      galat.push(
        `${tempat}: kolom "Tingkat" harus ${tingkatan.map((i) => `"${namaTingkat(l, i)}"`).join(', ')} (tertulis "${tingkatTeks ?? ''}")`,
      );
      continue;
    }
    const atas = tingkat > 0 ? jejak[tingkat - 1] : undefined;
    if (tingkat > 0 && !atas) {
      galat.push(
        `${tempat}: ${tingkatTeks} tidak berada di bawah ${namaTingkat(l, tingkat - 1)} mana pun; letakkan di bawah baris ${namaTingkat(l, tingkat - 1)}-nya`,
      );
      continue;
    }
    if (atas) induk = atas.induk;
    else if (l.asal.every((a) => a.induk) && induk === undefined) {
      galat.push(
        `${tempat}: kolom "Induk" kosong; tulis No baris induknya (lembar ${[...new Set(l.asal.map((a) => a.induk!.nama))].join(' atau ')})`,
      );
      continue;
    }
    const kelompok = atas ? atas.id : (induk ?? '');
    const s0 = saudara.get(`${tingkat}:${kelompok}`) ?? new Set<string>();
    saudara.set(`${tingkat}:${kelompok}`, s0);
    const awalan = (x: Simpul) => x.id.slice(x.induk !== undefined ? x.induk.length + 1 : 0);
    let sendiri: string | undefined;
    if (l.tingkat.length) {
      // In a tree the place follows from Tingkat and the order of rows; a No that says otherwise would misplace children.
      sendiri = atas ? `${awalan(atas)}.${s0.size + 1}` : String(s0.size + 1);
      const tertulis = teks(NO);
      if (tertulis !== undefined && tertulis !== sendiri) {
        galat.push(
          `${tempat}: No "${tertulis}" tidak sesuai urutan baris (menurut Tingkat dan urutan: ${sendiri}); perbaiki No, juga Induk di lembar lain yang merujuknya`,
        );
        continue;
      }
    } else sendiri = l.jenis === 'kamus' ? teks(KUNCI) : (teks(NO) ?? String(s0.size + 1));
    if (sendiri === undefined) {
      galat.push(`${tempat}: kolom "Kunci" kosong`);
      continue;
    }
    if (s0.has(sendiri)) {
      galat.push(
        `${tempat}: ${l.jenis === 'kamus' ? 'Kunci' : 'No'} "${sendiri}" sudah dipakai baris lain${induk ? ` dengan Induk "${induk}"` : ''}`,
      );
      continue;
    }
    s0.add(sendiri);
    const id = induk !== undefined ? `${induk}.${sendiri}` : sendiri;
    const s: Simpul = { lembar: l, baris: b, id, induk, tingkat, nilai: undefined, tempat };
    if (l.tingkat.length) {
      jejak.length = tingkat;
      jejak[tingkat] = s;
    }
    out.push(s);
  }
  return out;
}

/** A decimal typed the Indonesian way as text ("87,90"). */
const POLA_DESIMAL_ID = /^-?[\d.]+,\d+$/;

/**
 * The one rule for a text that may be a number, in a field that takes a number or a text (angka-teks: an output
 * target "30" or "2 dokumen") or a number or a code (bebas: an indicator value 87,9 or a grade "B"):
 * - a CSV cell (every cell of a CSV is text): a number-or-text cell that reads as a number is one, and one that reads
 *   two ways is refused with its cell; a number-or-code cell that is an Indonesian decimal is a number when the
 *   sheet's number style reads it;
 * - a workbook's text cell (and a CSV cell the first rule left as text): an Indonesian decimal is a number, unless the
 *   data held that very text before (a figure kept as printed, "4,1" on another scale, round-trips unchanged);
 *   `sebelum` absent (the Identitas sheet) skips this rule.
 */
function angkaDariTeks(
  jenis: Kolom['jenis'],
  v: Nilai,
  csv: { asal: AsalCsv; kunci: string } | undefined,
  galat: string[],
  sebelum?: { nilai: Nilai },
): Nilai {
  if ((jenis !== 'angka-teks' && jenis !== 'bebas') || typeof v !== 'string') return v;
  const sel = csv?.asal.sel[csv.kunci];
  if (csv && sel) {
    if (jenis === 'angka-teks') {
      if (!/^[-+(]?\s*[\d.,\s]+\)?$/.test(v)) return v;
      const r = bacaAngka(v, csv.asal.cara);
      if (r.ok) return r.nilai;
      galat.push(`${sel.tempat}: ${r.alasan}`);
      return undefined;
    }
    if (POLA_DESIMAL_ID.test(sel.mentah.trim())) {
      const r = bacaAngka(sel.mentah, csv.asal.cara);
      if (r.ok) return r.nilai;
    }
  }
  if (!sebelum || v === sebelum.nilai || !POLA_DESIMAL_ID.test(v.trim())) return v;
  const r = bacaAngka(v);
  return r.ok ? r.nilai : v;
}

/** An entry's own value from its row; a column absent from the sheet takes the value of the same entry before (`lama`). */
function nilaiBaris(s: Simpul, lama: BarisLembar | undefined, galat: string[]): unknown {
  const l = s.lembar;
  const ambilNilai = (k: string) => (k in s.baris.nilai ? s.baris.nilai[k] : lama?.nilai[k]);
  if (l.bentuk === 'nilai') return ambilNilai('');
  let nilai: unknown;
  const o: Record<string, unknown> = {};
  for (const k of kolomIsian(l)) {
    const dariLembar = k.kunci in s.baris.nilai;
    const csv = dariLembar && s.baris.csv ? { asal: s.baris.csv, kunci: k.kunci } : undefined;
    const v = angkaDariTeks(k.jenis, ambilNilai(k.kunci), csv, galat, { nilai: lama?.nilai[k.kunci] });
    if (v === undefined) continue;
    if (k.kunci === '') {
      nilai = v;
      continue;
    }
    const salah = setel(o, k.kunci, v);
    if (salah) galat.push(`${s.tempat}: kolom ${k.kunci} dan ${salah} tidak dapat diisi bersama`);
  }
  if (nilai !== undefined && Object.keys(o).length) galat.push(`${s.tempat}: isi kolom "Nilai" atau kolom lainnya, tidak keduanya`);
  if (nilai === undefined) galat.push(...wajibKosong(l, o).map((k) => `${s.tempat}: kolom "${k.judul}" wajib diisi (${k.petunjuk})`));
  return nilai ?? o;
}

/** Required fields left empty in an entry: a field is required only where its enclosing object is given. */
function wajibKosong(l: Lembar, o: Record<string, unknown>): Kolom[] {
  return kolomIsian(l).filter((k) => {
    if (!k.wajib || k.kunci === '' || ambil(o, k.kunci) !== undefined) return false;
    const atas = k.kunci.split('.').slice(0, -1).join('.');
    return atas === '' || objekBiasa(ambil(o, atas));
  });
}

/**
 * Rebuilds the data files from every sheet's rows. Returns the files that hold anything, and the problems found,
 * each naming sheet and row. `lama`: the rows of the data before, for columns (and Identitas rows) the sheets lack.
 */
export function dariBaris(semua: Map<Lembar, BarisLembar[]>, lama?: Map<Lembar, BarisLembar[]>): { data: DataBerkas; galat: string[] } {
  const galat: string[] = [];
  const data: DataBerkas = new Map();
  const akarDari = (berkas: string) => {
    if (!data.has(berkas)) data.set(berkas, {});
    return data.get(berkas) as Record<string, unknown>;
  };

  // The top-level fields, from the Identitas sheet; a field without a row keeps its value.
  const kunciIsian = (b: BarisLembar) => `${String(b.nilai['(berkas)'] ?? '').trim()}\u0000${String(b.nilai['(isian)'] ?? '').trim()}`;
  const adaIsian = new Set((semua.get(IDENTITAS) ?? []).map(kunciIsian));
  const isian = [...(semua.get(IDENTITAS) ?? []), ...(lama?.get(IDENTITAS) ?? []).filter((b) => !adaIsian.has(kunciIsian(b)))];
  for (const b of isian) {
    const tempat = `${IDENTITAS.nama} baris ${b.nomor ?? '?'}`;
    const berkas = String(b.nilai['(berkas)'] ?? '').trim();
    const nama = String(b.nilai['(isian)'] ?? '').trim();
    const akar = ISIAN.get(berkas);
    if (!akar) {
      galat.push(
        `${tempat}: berkas "${berkas}" tidak dikenal; yang ada: ${[...ISIAN.keys()].filter((f) => kolomIsian(ISIAN.get(f)!).length).join(', ')}`,
      );
      continue;
    }
    const k = kolomIsian(akar).find((x) => x.kunci === nama);
    if (!k) {
      galat.push(`${tempat}: isian "${nama}" tidak dikenal di ${berkas}`);
      continue;
    }
    const dibaca = b.csv ? angkaDariTeks('bebas', b.nilai['(nilai)'], { asal: b.csv, kunci: '(nilai)' }, galat) : b.nilai['(nilai)'];
    const v = sesuaikan(dibaca, k, `${tempat} (${berkas}: ${nama})`, galat);
    if (v === undefined) continue;
    const salah = setel(akarDari(berkas), nama, v);
    if (salah) galat.push(`${tempat}: ${nama} dan ${salah} tidak dapat diisi bersama`);
  }

  const simpul = new Map<Lembar, Simpul[]>();
  for (const l of LEMBAR) {
    if (l === IDENTITAS) continue;
    const sebelum =
      lama?.get(l) && lama.get(l) !== semua.get(l) ? new Map(tandai(l, lama.get(l)!, []).map((x) => [x.id, x.baris])) : undefined;
    const xs = tandai(l, semua.get(l) ?? [], galat);
    for (const x of xs) x.nilai = nilaiBaris(x, sebelum?.get(x.id), galat);
    simpul.set(l, xs);
  }

  // Attach every entry to its parent, in the order of the rows.
  const perId = new Map<Lembar, Map<string, Simpul>>();
  for (const [l, xs] of simpul) perId.set(l, new Map(xs.map((s) => [s.id, s])));
  const tempel = (wadah: Record<string, unknown>, rel: string, s: Simpul) => {
    const sekarang = ambil(wadah, rel);
    if (s.lembar.jenis === 'daftar') {
      if (sekarang === undefined) setel(wadah, rel, [s.nilai]);
      else if (Array.isArray(sekarang)) sekarang.push(s.nilai);
      else galat.push(`${s.tempat}: ${rel} sudah diisi di kolom baris induknya; isi di salah satu tempat saja`);
      return;
    }
    const kunci = String(s.baris.nilai[KUNCI]).trim();
    if (rel === '') wadah[kunci] = s.nilai;
    else if (sekarang === undefined) setel(wadah, rel, { [kunci]: s.nilai });
    else if (objekBiasa(sekarang)) sekarang[kunci] = s.nilai;
  };
  for (const l of LEMBAR) {
    if (l === IDENTITAS) continue;
    const atas: Simpul[] = [];
    for (const s of simpul.get(l) ?? []) {
      atas.length = s.tingkat;
      atas[s.tingkat] = s;
      if (s.tingkat > 0) {
        tempel(atas[s.tingkat - 1].nilai as Record<string, unknown>, l.tingkat[s.tingkat - 1], s);
        continue;
      }
      if (s.induk === undefined) {
        const a = l.asal.find((x) => !x.induk);
        if (a) tempel(akarDari(l.berkas), a.rel, s);
        continue;
      }
      const calon = l.asal
        .filter((a) => a.induk)
        .flatMap((a) => {
          const p = perId.get(a.induk!)?.get(s.induk!);
          return p ? [{ a, p }] : [];
        });
      if (calon.length !== 1) {
        galat.push(
          calon.length
            ? `${s.tempat}: Induk "${s.induk}" ada di beberapa lembar (${calon.map((c) => c.p.lembar.nama).join(', ')})`
            : `${s.tempat}: Induk "${s.induk}" tidak ada di lembar ${[...new Set(l.asal.filter((a) => a.induk).map((a) => a.induk!.nama))].join(' atau ')}`,
        );
        continue;
      }
      const { a, p } = calon[0];
      if (!objekBiasa(p.nilai)) galat.push(`${s.tempat}: induk "${s.induk}" (${p.tempat}) tidak dapat memiliki ${l.nama}`);
      else tempel(p.nilai, a.rel, s);
    }
  }
  for (const [berkas, isi] of data)
    for (const k of wajibKosong(ISIAN.get(berkas)!, isi as Record<string, unknown>))
      galat.push(`${IDENTITAS.nama}: isian "${k.kunci}" (${berkas}) wajib diisi: ${k.petunjuk}`);
  return { data, galat };
}
