/**
 * The PDF's metadata and reproducibility step (pdf-tetap.ts) done on Chromium's own file, without
 * loading it into pdf-lib and saving it again (0.4–1.1 s of Node CPU per PDF, plus a second parse
 * to count the pages). Chromium's PDF writer (Skia) writes every object plainly, one after the other,
 * with a classic cross-reference table; only a few objects change: the document info, the catalog's
 * language, the structure elements' ids and the table cells' /Headers that point at them, the
 * IDTree's leaves (re-sorted under the new ids) and the bookmark titles. Everything else is copied as
 * it is. The objects that are not streams are then packed into compressed object streams (as pdf-lib
 * did, fflate: pure JavaScript, so the bytes are the same on every machine) with a cross-reference
 * stream. A file not in that shape gives undefined, and the caller takes the pdf-lib path.
 */
import { zlibSync } from 'fflate';

export interface MetadataPdf {
  judul: string;
  penulis: string;
  subjek: string;
  tanggal: Date;
  /** the headings' rendered text, for the bookmarks */ penanda?: string[];
}

/** One indirect object of the file: its number, its text (latin1, bytes kept) and whether it is a stream. */
interface Objek {
  nomor: number;
  /** "N 0 obj … endobj" as in the file (streams are copied whole) */ mentah: string;
  /** the object's value without "N 0 obj"/"endobj" (not for streams) */ isi: string;
  aliran: boolean;
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Index just after the PDF value starting at i (a dictionary, array, string, name or number token). */
function akhirNilai(s: string, i: number): number {
  let kedalaman = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '(') {
      // a literal string: balanced parentheses, backslash escapes
      let d = 1;
      for (j++; j < s.length && d > 0; j++) {
        if (s[j] === '\\') j++;
        else if (s[j] === '(') d++;
        else if (s[j] === ')') d--;
      }
      j--;
      if (kedalaman === 0) return j + 1;
    } else if ((c === '<' && s[j + 1] === '<') || c === '[') {
      kedalaman++;
      if (c === '<') j++;
    } else if (c === ']') {
      kedalaman--;
      if (kedalaman === 0) return j + 1;
    } else if (c === '>' && s[j + 1] === '>') {
      kedalaman--;
      j++;
      if (kedalaman === 0) return j + 1;
    } else if (c === '<') {
      j = s.indexOf('>', j);
      if (kedalaman === 0) return j + 1;
    } else if (kedalaman === 0 && /\s/.test(c) && j > i) return j;
  }
  return s.length;
}

/** The objects of a Skia PDF by number, or undefined when the file is not in the expected shape. */
function bacaObjek(s: string): { objek: Map<number, Objek>; akar: number; info: number; kepala: string } | undefined {
  const akhir = s.lastIndexOf('startxref');
  const trailer = s.lastIndexOf('trailer', akhir);
  if (akhir < 0 || trailer < 0) return undefined;
  const xref = Number(/startxref\s+(\d+)/.exec(s.slice(akhir))?.[1]);
  const t = s.slice(trailer, akhir);
  const akar = Number(/\/Root (\d+) 0 R/.exec(t)?.[1]);
  const info = Number(/\/Info (\d+) 0 R/.exec(t)?.[1]);
  if (!akar || !info || /\/(Prev|Encrypt|XRefStm)\b/.test(t) || !s.startsWith('xref', xref)) return undefined;
  // The cross-reference table: subsections "first count", then 20-byte entries.
  const posisi: [number, number][] = [];
  const re = /(\d+) (\d+)\r?\n/y;
  let i = s.indexOf('\n', xref) + 1;
  while (i < trailer) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) return undefined;
    const [awal, n] = [Number(m[1]), Number(m[2])];
    i = re.lastIndex;
    for (let k = 0; k < n; k++, i += 20) if (s[i + 17] === 'n') posisi.push([awal + k, Number(s.slice(i, i + 10))]);
    while (s[i] === '\n' || s[i] === '\r' || s[i] === ' ') i++;
    if (s.startsWith('trailer', i)) break;
  }
  if (!posisi.length) return undefined;
  posisi.sort((a, b) => a[1] - b[1]);
  const objek = new Map<number, Objek>();
  for (let k = 0; k < posisi.length; k++) {
    const [nomor, dari] = posisi[k];
    const mentah = s.slice(dari, k + 1 < posisi.length ? posisi[k + 1][1] : xref).trimEnd();
    const kepala = new RegExp(`^${nomor} 0 obj\\s*`).exec(mentah);
    if (!kepala || !mentah.endsWith('endobj')) return undefined;
    const mulai = kepala[0].length;
    const selesai = akhirNilai(mentah, mulai);
    const sisa = mentah.slice(selesai, -'endobj'.length).trim();
    const aliran = sisa.startsWith('stream');
    if (!aliran && sisa) return undefined;
    objek.set(nomor, { nomor, mentah: mentah + '\n', isi: mentah.slice(mulai, selesai), aliran });
  }
  return { objek, akar, info, kepala: s.slice(0, posisi[0][1]) };
}

/** The text of a PDF string token: a literal "(…)" (PDFDocEncoding, ASCII here) or a hex "<FEFF…>" (UTF-16BE). */
export function teksString(tok: string): string {
  if (tok.startsWith('<')) {
    const hex = tok.slice(1, -1).replace(/\s/g, '');
    const b = Buffer.from(hex.length % 2 ? hex + '0' : hex, 'hex');
    if (b[0] === 0xfe && b[1] === 0xff) return b.subarray(2).swap16().toString('utf16le');
    return b.toString('latin1');
  }
  const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return tok
    .slice(1, -1)
    .replace(/\\(?:([0-7]{1,3})|\r?\n|(.))/g, (_, okt: string | undefined, c: string | undefined) =>
      okt ? String.fromCharCode(parseInt(okt, 8)) : c === undefined ? '' : (esc[c] ?? c),
    );
}

/** A text as a hex string in UTF-16BE with its byte order mark (as pdf-lib's PDFHexString.fromText). */
export function stringHex(teks: string): string {
  const b = Buffer.from(teks, 'utf16le').swap16();
  return `<FEFF${b.toString('hex').toUpperCase()}>`;
}

/** A PDF date (D:YYYYMMDDHHmmSSZ, UTC), as pdf-lib writes it. */
function tanggalPdf(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

const rapat = (s: string) => s.replace(/\s+/g, '').toLocaleLowerCase('id');
const ref = (isi: string, kunci: string) => Number(new RegExp(`/${kunci} (\\d+) 0 R`).exec(isi)?.[1]);

/**
 * The finished PDF and its page count from Chromium's PDF (see the module comment), or undefined when
 * the file is not the shape this code knows (another PDF writer): then pdf-lib does the same work.
 */
export function tulisUlangPdf(pdf: Uint8Array, m: MetadataPdf): { bytes: Uint8Array; halaman: number } | undefined {
  const baca = bacaObjek(latin1(pdf));
  if (!baca) return undefined;
  const { objek, akar, info } = baca;
  const katalog = objek.get(akar);
  if (!katalog || katalog.aliran || !objek.has(info) || !/\/Type \/Catalog\b/.test(katalog.isi)) return undefined;
  const halaman = Number(/\/Count (\d+)/.exec(objek.get(ref(katalog.isi, 'Pages'))?.isi ?? '')?.[1]);
  if (!Number.isInteger(halaman)) return undefined;
  const ganti = (o: Objek, isi: string) => objek.set(o.nomor, { ...o, isi });

  // The document info, whole (Chromium writes title, creator, producer and the time of printing).
  const tanggal = `(${tanggalPdf(m.tanggal)})`;
  ganti(
    objek.get(info)!,
    [
      `<</Title ${stringHex(m.judul)}`,
      `/Author ${stringHex(m.penulis)}`,
      `/Subject ${stringHex(m.subjek)}`,
      `/Keywords ${stringHex(['LKjIP', 'Laporan Kinerja', m.penulis].join(' '))}`,
      `/Creator ${stringHex('LKjIP Builder (Paged.js, Chromium)')}`,
      `/Producer ${stringHex('LKjIP Builder')}`,
      `/CreationDate ${tanggal}`,
      `/ModDate ${tanggal}>>`,
    ].join('\n'),
  );

  // The catalog: the language as a locale, the title shown in the viewer's title bar.
  let k = katalog.isi;
  k = /\/Lang \([^)]*\)/.test(k) ? k.replace(/\/Lang \([^)]*\)/, '/Lang (id-ID)') : k.replace(/>>$/, '\n/Lang (id-ID)>>');
  if (!/\/DisplayDocTitle true/.test(k)) {
    if (/\/ViewerPreferences/.test(k)) return undefined;
    k = k.replace(/>>$/, '\n/ViewerPreferences <</DisplayDocTitle true>>>>');
  }
  ganti(katalog, k);

  // Structure element ids in the order of the objects' numbers, then every reference to them.
  const urut = [...objek.values()].filter((o) => !o.aliran).sort((a, b) => a.nomor - b.nomor);
  const baru = new Map<string, string>();
  for (const o of urut) {
    if (!/\/Type \/StructElem\b/.test(o.isi)) continue;
    const id = /\/ID (\([^()\\]*\)|<[0-9A-Fa-f\s]*>)/.exec(o.isi);
    if (!id) continue;
    const lama = teksString(id[1]);
    if (!baru.has(lama)) baru.set(lama, `e${String(baru.size + 1).padStart(6, '0')}`);
  }
  const idBaru = (tok: string) => {
    const b = baru.get(teksString(tok));
    return b ? `(${b})` : tok;
  };
  const STRING = /\([^()\\]*\)|<(?!<)[0-9A-Fa-f\s]*>/g;
  for (const o of urut) {
    if (!o.isi.includes('/ID ') && !o.isi.includes('/Headers')) continue;
    const isi = o.isi
      .replace(/\/ID (\([^()\\]*\)|<(?!<)[0-9A-Fa-f\s]*>)/g, (_, tok: string) => `/ID ${idBaru(tok)}`)
      .replace(/\/Headers \[([^\]]*)\]/g, (_, isi: string) => `/Headers [${isi.replace(STRING, idBaru)}]`);
    if (isi !== o.isi) ganti(o, isi);
  }
  if (!gantiPohonId(objek, ref(objek.get(ref(katalog.isi, 'StructTreeRoot'))?.isi ?? '', 'IDTree'), baru)) return undefined;

  // Bookmarks: each title whose letters are a heading's, ignoring spaces, becomes the heading's rendered text.
  const judulAsli = new Map((m.penanda ?? []).map((j) => [rapat(j), j.replace(/\s+/g, ' ').trim()]));
  const dilihat = new Set<number>();
  const jalan = (n: number) => {
    for (let x = n; x && !dilihat.has(x);) {
      dilihat.add(x);
      const o = objek.get(x);
      if (!o || o.aliran) return;
      const t = /\/Title (\((?:[^()\\]|\\.)*\)|<(?!<)[0-9A-Fa-f\s]*>)/.exec(o.isi);
      const benar = t && judulAsli.get(rapat(teksString(t[1])));
      if (t && benar && benar !== teksString(t[1])) ganti(o, o.isi.replace(t[0], `/Title ${stringHex(benar)}`));
      jalan(ref(o.isi, 'First'));
      x = ref(o.isi, 'Next');
    }
  };
  jalan(ref(objek.get(ref(katalog.isi, 'Outlines'))?.isi ?? '', 'First'));

  return { bytes: tulis(baca.kepala, objek, akar, info), halaman };
}

/** The IDTree (leaves /Names [key ref …], nodes /Kids) under the new ids, leaves re-sorted, limits recomputed. */
function gantiPohonId(objek: Map<number, Objek>, akar: number, baru: Map<string, string>): boolean {
  if (!akar) return baru.size === 0;
  const batas = (n: number, d = 0): [string, string] | undefined => {
    const o = objek.get(n);
    if (!o || o.aliran || d > 32) return undefined;
    const names = /\/Names \[([^\]]*)\]/.exec(o.isi);
    let b: [string, string] | undefined;
    if (names) {
      const tok = [...names[1].matchAll(/(\([^()\\]*\)|<(?!<)[0-9A-Fa-f\s]*>)\s+(\d+ \d+ R)/g)];
      const pasangan = tok.map((t) => [baru.get(teksString(t[1])) ?? teksString(t[1]), t[2]] as [string, string]);
      pasangan.sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0));
      if (!pasangan.length) return undefined;
      const isi = o.isi.replace(names[0], `/Names [${pasangan.map(([k, v]) => `(${k}) ${v}`).join(' ')}]`);
      objek.set(n, { ...o, isi });
      b = [pasangan[0][0], pasangan.at(-1)![0]];
    } else {
      const kids = /\/Kids \[([^\]]*)\]/.exec(o.isi);
      if (!kids) return undefined;
      const anak = [...kids[1].matchAll(/(\d+) 0 R/g)].map((r) => batas(Number(r[1]), d + 1));
      if (!anak.length || anak.some((a) => !a)) return undefined;
      b = [
        anak.map((a) => a![0]).sort()[0],
        anak
          .map((a) => a![1])
          .sort()
          .at(-1)!,
      ];
    }
    const cur = objek.get(n)!;
    if (/\/Limits \[/.test(cur.isi)) objek.set(n, { ...cur, isi: cur.isi.replace(/\/Limits \[[^\]]*\]/, `/Limits [(${b[0]}) (${b[1]})]`) });
    return b;
  };
  return batas(akar) !== undefined;
}

/**
 * The file: the streams as Chromium wrote them, every other object packed into compressed object
 * streams, then a cross-reference stream (PDF 1.5).
 */
function tulis(kepala: string, objek: Map<number, Objek>, akar: number, info: number): Uint8Array {
  const bagian: Buffer[] = [];
  let panjang = 0;
  const tambah = (b: Buffer) => {
    bagian.push(b);
    panjang += b.length;
  };
  const baris = new Map<number, [number, number, number]>();
  tambah(Buffer.from(kepala.replace(/^%PDF-1\.\d/, '%PDF-1.7'), 'latin1'));
  const urut = [...objek.values()].sort((a, b) => a.nomor - b.nomor);
  for (const o of urut.filter((o) => o.aliran)) {
    baris.set(o.nomor, [1, panjang, 0]);
    tambah(Buffer.from(o.mentah, 'latin1'));
  }
  let berikut = Math.max(...objek.keys()) + 1;
  const biasa = urut.filter((o) => !o.aliran);
  const PER_ALIRAN = 200;
  for (let i = 0; i < biasa.length; i += PER_ALIRAN) {
    const isi = biasa.slice(i, i + PER_ALIRAN);
    const nomor = berikut++;
    const teks: string[] = [];
    const indeks: string[] = [];
    let pos = 0;
    isi.forEach((o, j) => {
      indeks.push(`${o.nomor} ${pos}`);
      teks.push(o.isi);
      pos += Buffer.byteLength(o.isi, 'latin1') + 1;
      baris.set(o.nomor, [2, nomor, j]);
    });
    const kepalaAliran = indeks.join(' ') + '\n';
    const data = zlibSync(Buffer.from(kepalaAliran + teks.join('\n') + '\n', 'latin1'));
    baris.set(nomor, [1, panjang, 0]);
    tambah(
      Buffer.from(
        `${nomor} 0 obj\n<</Type /ObjStm\n/N ${isi.length}\n/First ${Buffer.byteLength(kepalaAliran, 'latin1')}\n/Filter /FlateDecode\n/Length ${data.length}>> stream\n`,
        'latin1',
      ),
    );
    tambah(Buffer.from(data));
    tambah(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  const xref = berikut++;
  baris.set(xref, [1, panjang, 0]);
  const ukuran = berikut;
  const rows = Buffer.alloc(ukuran * 7);
  for (let n = 0; n < ukuran; n++) {
    const [jenis, a, b] = baris.get(n) ?? [0, 0, n === 0 ? 65535 : 0];
    rows.writeUInt8(jenis, n * 7);
    rows.writeUInt32BE(a, n * 7 + 1);
    rows.writeUInt16BE(b, n * 7 + 5);
  }
  const data = zlibSync(rows);
  tambah(
    Buffer.from(
      `${xref} 0 obj\n<</Type /XRef\n/Size ${ukuran}\n/W [1 4 2]\n/Root ${akar} 0 R\n/Info ${info} 0 R\n/Filter /FlateDecode\n/Length ${data.length}>> stream\n`,
      'latin1',
    ),
  );
  tambah(Buffer.from(data));
  tambah(Buffer.from(`\nendstream\nendobj\nstartxref\n${baris.get(xref)![1]}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(bagian, panjang));
}
