/**
 * The organisation chart (bagan susunan organisasi) as geometry: a tree of boxes and orthogonal
 * connectors in millimetres, computed from struktur.yaml. The component only writes it out as SVG,
 * so web and print draw the same chart, and the layout is tested here without a browser.
 */
import type { Struktur, UnitStruktur, Pemangku } from '../../schemas/struktur.ts';
import type { Pejabat } from '../../schemas/laporan.ts';
import { formatNip } from '../nip.ts';

export interface SimpulBagan {
  kode: string;
  jabatan: string;
  unit?: string;
  jenis: UnitStruktur['jenis'];
  eselon?: string;
  keterangan?: string;
  letak: 'samping' | 'bawah';
  garis: 'komando' | 'koordinasi';
  /** The holder, "penandatangan" resolved to the report's signatory. */
  pemangku?: Pemangku;
  anak: SimpulBagan[];
}

/** Problems of the structure itself (kode unique, superiors exist, one head, no loop), with the field path. */
export function periksaStruktur(s: Struktur): { jalur: string; pesan: string }[] {
  const out: { jalur: string; pesan: string }[] = [];
  const posisi = new Map<string, number>();
  s.unit.forEach((u, i) => {
    if (posisi.has(u.kode))
      out.push({
        jalur: `unit[${i}].kode`,
        pesan: `kode "${u.kode}" sudah dipakai di unit[${posisi.get(u.kode)}]; setiap kode harus unik`,
      });
    else posisi.set(u.kode, i);
  });
  s.unit.forEach((u, i) => {
    if (u.atasan !== undefined && !posisi.has(u.atasan))
      out.push({ jalur: `unit[${i}].atasan`, pesan: `atasan "${u.atasan}" tidak ada; kode yang ada: ${[...posisi.keys()].join(', ')}` });
    if (u.atasan === u.kode) out.push({ jalur: `unit[${i}].atasan`, pesan: 'sebuah unit tidak dapat menjadi atasannya sendiri' });
  });
  const puncak = s.unit.map((u, i) => ({ u, i })).filter((x) => x.u.atasan === undefined);
  if (puncak.length === 0) out.push({ jalur: 'unit', pesan: 'satu unit (camat) harus tanpa atasan: dialah puncak bagan' });
  for (const p of puncak.slice(1))
    out.push({
      jalur: `unit[${p.i}].atasan`,
      pesan: `hanya satu unit boleh tanpa atasan (puncak bagan: "${puncak[0].u.kode}"); isi atasan untuk "${p.u.kode}"`,
    });
  if (out.length) return out;
  // Every unit must reach the head; a loop (a -> b -> a) never does.
  const atasan = new Map(s.unit.map((u) => [u.kode, u.atasan]));
  s.unit.forEach((u, i) => {
    const dilalui = new Set<string>();
    let k: string | undefined = u.kode;
    while (k !== undefined && !dilalui.has(k)) {
      dilalui.add(k);
      k = atasan.get(k);
    }
    if (k !== undefined)
      out.push({
        jalur: `unit[${i}].atasan`,
        pesan: `atasan "${u.kode}" berputar (${[...dilalui].join(' → ')} → ${k}); setiap unit harus sampai ke puncak bagan`,
      });
  });
  return out;
}

/** The structure as a tree (call after periksaStruktur found nothing). */
export function pohonStruktur(s: Struktur, penandatangan?: Pejabat): SimpulBagan {
  const simpul = new Map<string, SimpulBagan>();
  for (const u of s.unit) {
    const pemangku =
      u.pemangku === 'penandatangan'
        ? penandatangan && {
            nama: penandatangan.nama,
            ...(penandatangan.nip ? { nip: penandatangan.nip } : {}),
            ...(penandatangan.pangkat ? { pangkat: penandatangan.pangkat } : {}),
          }
        : u.pemangku;
    simpul.set(u.kode, {
      kode: u.kode,
      jabatan: u.jabatan,
      jenis: u.jenis,
      anak: [],
      letak: u.letak ?? (u.jenis === 'fungsional' ? 'samping' : 'bawah'),
      garis: u.garis ?? (u.jenis === 'fungsional' ? 'koordinasi' : 'komando'),
      ...(u.unit ? { unit: u.unit } : {}),
      ...(u.eselon ? { eselon: u.eselon } : {}),
      ...(u.keterangan ? { keterangan: u.keterangan } : {}),
      ...(pemangku ? { pemangku } : {}),
    });
  }
  let akar: SimpulBagan | undefined;
  for (const u of s.unit) {
    if (u.atasan === undefined) akar = simpul.get(u.kode);
    else simpul.get(u.atasan)!.anak.push(simpul.get(u.kode)!);
  }
  if (!akar) throw new Error('struktur tanpa puncak: jalankan periksaStruktur lebih dulu');
  return akar;
}

/** The box of a unit (by kode) in the chart's tree, if any. */
export function cariSimpul(akar: SimpulBagan, kode: string): SimpulBagan | undefined {
  if (akar.kode === kode) return akar;
  for (const a of akar.anak) {
    const s = cariSimpul(a, kode);
    if (s) return s;
  }
  return undefined;
}

// ---- Text measurement (no DOM in the domain): advance widths of Times New Roman / Tinos, in em. ----
const LEBAR_HURUF: Record<string, number> = {
  ' ': 0.25,
  '\u00a0': 0.25,
  '.': 0.25,
  ',': 0.25,
  ':': 0.28,
  ';': 0.28,
  '-': 0.33,
  '(': 0.33,
  ')': 0.33,
  '/': 0.28,
  "'": 0.18,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  f: 0.33,
  t: 0.28,
  r: 0.33,
  I: 0.33,
  J: 0.39,
  m: 0.78,
  w: 0.72,
  M: 0.89,
  W: 0.94,
};
function lebarHuruf(c: string, tebal: boolean): number {
  const dasar = LEBAR_HURUF[c] ?? (/[A-Z]/.test(c) ? 0.72 : /[0-9]/.test(c) ? 0.5 : 0.5);
  return tebal ? dasar * 1.06 : dasar;
}

/** Width of a line of text in mm at `ukuran` mm font size; deliberately generous (never underestimates Tinos). */
export function lebarTeks(teks: string, ukuran: number, tebal = false): number {
  let em = 0;
  for (const c of teks) em += lebarHuruf(c, tebal);
  return em * ukuran * 1.03;
}

/** Breaks text into lines no wider than `lebar` mm; a single word wider than that is split with a hyphen. */
export function bungkusTeks(teks: string, lebar: number, ukuran: number, tebal = false): string[] {
  const baris: string[] = [];
  let kini = '';
  for (const kata of teks.trim().split(/[ \t\n]+/)) {
    const coba = kini ? `${kini} ${kata}` : kata;
    if (lebarTeks(coba, ukuran, tebal) <= lebar) {
      kini = coba;
      continue;
    }
    if (kini) baris.push(kini);
    kini = kata;
    while (lebarTeks(kini, ukuran, tebal) > lebar && kini.length > 1) {
      let n = kini.length - 1;
      while (n > 1 && lebarTeks(`${kini.slice(0, n)}-`, ukuran, tebal) > lebar) n--;
      baris.push(`${kini.slice(0, n)}-`);
      kini = kini.slice(n);
    }
  }
  if (kini) baris.push(kini);
  return baris;
}

// ---- Layout ----
export interface BarisTeks {
  teks: string;
  ukuran: number;
  tebal: boolean;
  miring: boolean;
  /** Baseline in the chart, mm (set when the layout is final). */
  y?: number;
}
export interface KotakBagan {
  kode: string;
  x: number;
  y: number;
  lebar: number;
  tinggi: number;
  jenis: SimpulBagan['jenis'];
  /** Its line to the superior is dashed (koordinasi). */
  koordinasi: boolean;
  letak: SimpulBagan['letak'];
  baris: BarisTeks[];
}
export interface GarisBagan {
  /** Polyline points [x, y] in mm. */
  titik: [number, number][];
  /** Dashed: a line of coordination (kelompok jabatan fungsional, desa), not of command. */
  putus: boolean;
}
export interface Bagan {
  lebar: number;
  tinggi: number;
  kotak: KotakBagan[];
  garis: GarisBagan[];
  /** Too wide for a portrait page: printed on its own landscape page. */
  lanskap: boolean;
  /** Smallest font size used, in pt (legibility, tested). */
  hurufTerkecilPt: number;
}
export interface UkuranHalaman {
  /** Width of the text block on a portrait page, mm (A4: 160, F4: 165). */
  potret: number;
  /** Width of the text block on a landscape page, mm. */
  lanskap: number;
}

const MM_PER_PT = 25.4 / 72;
const HURUF = { jabatan: 8.5 * MM_PER_PT, nama: 8 * MM_PER_PT, kecil: 7.5 * MM_PER_PT, minimum: 7 * MM_PER_PT };
const JARAK = { mendatar: 4, menurun: 8, tumpuk: 3, indentasi: 5, bantalan: 1.8 };
/** A box narrower than this cannot hold "Kepala Seksi" on one line at 8.5 pt. */
const LEBAR_KOTAK_MIN = 30;
const LEBAR_KOTAK_MAKS = 44;

/** Lines of a box at a given inner width. */
function isiKotak(s: SimpulBagan, lebarDalam: number): BarisTeks[] {
  const out: BarisTeks[] = [];
  const tambah = (teks: string, ukuran: number, tebal: boolean, miring = false) => {
    // A word wider than the box (PEMERINTAHAN, in a narrow box) shrinks its lines down to 7 pt before any hyphen.
    const terlebar = Math.max(...teks.split(/[ \t\n]+/).map((k) => lebarTeks(k, ukuran, tebal)));
    const u = terlebar > lebarDalam ? Math.max(HURUF.minimum, (ukuran * lebarDalam) / terlebar) : ukuran;
    for (const t of bungkusTeks(teks, lebarDalam, u, tebal)) out.push({ teks: t, ukuran: u, tebal, miring });
  };
  if (s.unit) tambah(s.unit.toUpperCase(), HURUF.kecil, false);
  tambah(s.jabatan.toUpperCase(), HURUF.jabatan, true);
  if (s.pemangku) {
    tambah(`${s.pemangku.status ? `${s.pemangku.status}. ` : ''}${s.pemangku.nama}`, HURUF.nama, false);
    if (s.pemangku.pangkat) tambah(s.pemangku.pangkat, HURUF.kecil, false);
    // The NIP itself never breaks: only after "NIP." when the box is narrow.
    if (s.pemangku.nip) tambah(`NIP. ${formatNip(s.pemangku.nip).replace(/ /g, '\u00a0')}`, HURUF.kecil, false);
  }
  if (s.eselon) tambah(`Eselon ${s.eselon}`, HURUF.kecil, false, true);
  if (s.keterangan) tambah(s.keterangan, HURUF.kecil, false, true);
  return out;
}
const tinggiBaris = (b: BarisTeks) => b.ukuran * 1.25;
const tinggiKotak = (baris: BarisTeks[]) => baris.reduce((a, b) => a + tinggiBaris(b), 0) + 2 * JARAK.bantalan;

/** A node whose children are all leaves can list them one under another instead of side by side. */
const bisaDitumpuk = (s: SimpulBagan) => s.anak.length > 1 && s.anak.every((a) => a.anak.length === 0);
/** Staff units (sekretariat, kelompok jabatan fungsional) sit beside the line from the head down to the seksi. */
const diSamping = (s: SimpulBagan) => s.letak === 'samping';

function semua(s: SimpulBagan): SimpulBagan[] {
  return [s, ...s.anak.flatMap(semua)];
}

/** A laid-out subtree, coordinates relative to its top-left corner. */
interface Blok {
  lebar: number;
  tinggi: number;
  kotak: KotakBagan[];
  garis: GarisBagan[];
  /** Centre of its head box. */ tengah: number;
}

function geser(b: Blok, dx: number, dy: number): Blok {
  return {
    ...b,
    tengah: b.tengah + dx,
    kotak: b.kotak.map((k) => ({ ...k, x: k.x + dx, y: k.y + dy })),
    garis: b.garis.map((g) => ({ ...g, titik: g.titik.map(([x, y]) => [x + dx, y + dy] as [number, number]) })),
  };
}

function buatKotak(s: SimpulBagan, lebar: number): KotakBagan {
  const baris = isiKotak(s, lebar - 2 * JARAK.bantalan);
  return {
    kode: s.kode,
    x: 0,
    y: 0,
    lebar,
    tinggi: tinggiKotak(baris),
    jenis: s.jenis,
    koordinasi: s.garis === 'koordinasi',
    letak: s.letak,
    baris,
  };
}

/**
 * Lays out one subtree: its head box on top; staff units beside the trunk (kelompok jabatan
 * fungsional on the left, others on the right); line units in a row below, joined by a bus; or,
 * for a node in `tumpuk`, its children listed one under another.
 */
function blok(s: SimpulBagan, w: number, tumpuk: Set<string>): Blok {
  const k = buatKotak(s, w);
  if (s.anak.length === 0) return { lebar: w, tinggi: k.tinggi, kotak: [k], garis: [], tengah: w / 2 };
  if (tumpuk.has(s.kode)) {
    const kotak = [k];
    const garis: GarisBagan[] = [];
    let y = k.tinggi + JARAK.tumpuk;
    const xGaris = JARAK.indentasi / 2;
    for (const a of s.anak) {
      const ka = { ...buatKotak(a, w), x: JARAK.indentasi, y };
      kotak.push(ka);
      garis.push({
        titik: [
          [xGaris, k.tinggi],
          [xGaris, y + ka.tinggi / 2],
          [ka.x, y + ka.tinggi / 2],
        ],
        putus: a.garis === 'koordinasi',
      });
      y += ka.tinggi + JARAK.tumpuk;
    }
    return { lebar: w + JARAK.indentasi, tinggi: y - JARAK.tumpuk, kotak, garis, tengah: w / 2 };
  }
  const kiri = s.anak.filter((a) => diSamping(a) && a.jenis === 'fungsional').map((a) => blok(a, w, tumpuk));
  const kanan = s.anak.filter((a) => diSamping(a) && a.jenis !== 'fungsional').map((a) => blok(a, w, tumpuk));
  const bawahSimpul = s.anak.filter((a) => !diSamping(a));
  // The row below: blocks side by side, tops aligned.
  const bawah: Blok[] = [];
  let x = 0;
  for (const a of bawahSimpul) {
    const b = geser(blok(a, w, tumpuk), x, 0);
    bawah.push(b);
    x += b.lebar + JARAK.mendatar;
  }
  // Leaf boxes of one row share the tallest one's height, as a drawn chart does.
  const daun = bawah.filter((b) => b.kotak.length === 1);
  const tinggiDaun = Math.max(0, ...daun.map((b) => b.tinggi));
  for (const b of daun) {
    b.kotak[0].tinggi = tinggiDaun;
    b.tinggi = tinggiDaun;
  }
  const lebarBawah = bawah.length ? x - JARAK.mendatar : 0;
  const batangBawah = bawah.length ? (bawah[0].tengah + bawah.at(-1)!.tengah) / 2 : 0;
  const lebarSisi = (bs: Blok[]) => Math.max(0, ...bs.map((b) => b.lebar)) + (bs.length ? JARAK.mendatar / 2 + 2 : 0);
  // Extent left and right of the trunk (the vertical line down from the head's centre).
  const kiriBatang = Math.max(w / 2, lebarSisi(kiri), bawah.length ? batangBawah : 0);
  const kananBatang = Math.max(w / 2, lebarSisi(kanan), bawah.length ? lebarBawah - batangBawah : 0);
  const batang = kiriBatang;
  const kotak: KotakBagan[] = [{ ...k, x: batang - w / 2 }];
  const garis: GarisBagan[] = [];
  // Staff units, each side stacked downwards; a horizontal line from the trunk to each head box.
  let ySisi = k.tinggi + JARAK.menurun;
  let yKiri = ySisi;
  let yKanan = ySisi;
  let ujungBatang = k.tinggi;
  for (const [sisi, bs] of [
    ['kiri', kiri],
    ['kanan', kanan],
  ] as const) {
    for (const b0 of bs) {
      const y = sisi === 'kiri' ? yKiri : yKanan;
      const b = geser(b0, sisi === 'kiri' ? batang - JARAK.mendatar / 2 - 2 - b0.lebar : batang + JARAK.mendatar / 2 + 2, y);
      kotak.push(...b.kotak);
      garis.push(...b.garis);
      const kepala = b.kotak[0];
      const yGaris = kepala.y + kepala.tinggi / 2;
      const tepi = sisi === 'kiri' ? kepala.x + kepala.lebar : kepala.x;
      garis.push({
        titik: [
          [batang, yGaris],
          [tepi, yGaris],
        ],
        putus: kepala.koordinasi,
      });
      ujungBatang = Math.max(ujungBatang, yGaris);
      if (sisi === 'kiri') yKiri = y + b.tinggi + JARAK.menurun;
      else yKanan = y + b.tinggi + JARAK.menurun;
    }
  }
  ySisi = Math.max(yKiri, yKanan);
  let tinggi = Math.max(k.tinggi, ySisi - JARAK.menurun);
  if (bawah.length) {
    const yBaris = ySisi + (kiri.length || kanan.length ? 0 : 0);
    const bus = yBaris - JARAK.menurun / 2;
    const dx = batang - batangBawah;
    const tegas: number[] = [];
    for (const b0 of bawah) {
      const b = geser(b0, dx, yBaris);
      kotak.push(...b.kotak);
      garis.push(...b.garis);
      const kepala = b.kotak[0];
      const xTengah = kepala.x + kepala.lebar / 2;
      if (kepala.koordinasi)
        garis.push({
          titik: [
            [batang, bus],
            [xTengah, bus],
            [xTengah, kepala.y],
          ],
          putus: true,
        });
      else tegas.push(xTengah);
      tinggi = Math.max(tinggi, yBaris + b.tinggi);
    }
    ujungBatang = bus;
    if (tegas.length) {
      garis.push({
        titik: [
          [Math.min(batang, ...tegas), bus],
          [Math.max(batang, ...tegas), bus],
        ],
        putus: false,
      });
      for (const xt of tegas)
        garis.push({
          titik: [
            [xt, bus],
            [xt, yBaris],
          ],
          putus: false,
        });
    }
  }
  if (ujungBatang > k.tinggi)
    garis.unshift({
      titik: [
        [batang, k.tinggi],
        [batang, ujungBatang],
      ],
      putus: false,
    });
  return { lebar: kiriBatang + kananBatang, tinggi, kotak, garis, tengah: batang };
}

/**
 * Chooses the layout: the widest boxes (46 mm down to 30 mm) that fit a portrait text block, stacking
 * leaf groups (largest first) only when needed; else the same on a landscape page.
 */
export function tataLetakBagan(akar: SimpulBagan, halaman: UkuranHalaman): Bagan {
  const calon = semua(akar)
    .filter(bisaDitumpuk)
    .sort((a, b) => b.anak.length - a.anak.length);
  for (const [lanskap, lebarHalaman] of [
    [false, halaman.potret],
    [true, halaman.lanskap],
  ] as const) {
    for (const minimum of [36, LEBAR_KOTAK_MIN]) {
      const tumpuk = new Set<string>();
      for (let i = 0; i <= calon.length; i++) {
        for (let w = LEBAR_KOTAK_MAKS; w >= minimum; w -= 1) {
          const b = blok(akar, w, tumpuk);
          if (b.lebar <= lebarHalaman) return selesai(b, lanskap);
        }
        if (i < calon.length) tumpuk.add(calon[i].kode);
      }
    }
  }
  // Wider than a landscape page even with every group stacked: narrowest legible boxes, the page scales it.
  return selesai(blok(akar, LEBAR_KOTAK_MIN, new Set(calon.map((c) => c.kode))), true);
}

/** Baselines of a box's lines, the block of lines centred vertically in the box (0.95 of a 1.25 line height). */
function garisDasar(k: KotakBagan): BarisTeks[] {
  let y = k.y + 0.25 + (k.tinggi - k.baris.reduce((a, t) => a + tinggiBaris(t), 0)) / 2;
  return k.baris.map((t) => {
    const b = { ...t, y: Math.round((y + t.ukuran * 0.95) * 100) / 100 };
    y += tinggiBaris(t);
    return b;
  });
}

function selesai(b: Blok, lanskap: boolean): Bagan {
  const bulat = (n: number) => Math.round(n * 100) / 100;
  // Half a line width of margin so the outer strokes are not clipped.
  const t = (n: number) => bulat(n) + 0.25;
  const hurufTerkecilPt = Math.min(...b.kotak.flatMap((k) => k.baris.map((x) => x.ukuran / MM_PER_PT)));
  return {
    lebar: bulat(b.lebar) + 0.5,
    tinggi: bulat(b.tinggi) + 0.5,
    lanskap,
    hurufTerkecilPt: Math.round(hurufTerkecilPt * 10) / 10,
    kotak: b.kotak.map((k) => ({ ...k, x: t(k.x), y: t(k.y), lebar: bulat(k.lebar), tinggi: bulat(k.tinggi), baris: garisDasar(k) })),
    garis: b.garis.map((g) => ({ ...g, titik: g.titik.map(([x, y]) => [t(x), t(y)] as [number, number]) })),
  };
}

/** Text widths of the print page per paper (text block = sheet minus the 30 mm + 20 mm side margins). */
export function ukuranHalaman(kertas: 'A4' | 'F4'): UkuranHalaman {
  return kertas === 'F4' ? { potret: 165, lanskap: 280 } : { potret: 160, lanskap: 247 };
}

/** One sentence for screen readers: who leads and what the head oversees. */
export function ringkasanBagan(akar: SimpulBagan): string {
  const nama = (s: SimpulBagan) => s.jabatan;
  if (!akar.anak.length) return `${nama(akar)}.`;
  return `${nama(akar)} membawahi ${akar.anak.map(nama).join(', ')}.`;
}

export type IsiPejabat = 'nama' | 'nip' | 'jabatan' | 'pangkat' | 'eselon';
export const ISI_PEJABAT: readonly IsiPejabat[] = ['nama', 'nip', 'jabatan', 'pangkat', 'eselon'];

/** What <Pejabat unit="…" isi="…"> shows, or why it cannot (the checker reports the reason). */
export function cobaKutipPejabat(
  struktur: Struktur | undefined,
  penandatangan: Pejabat | undefined,
  unit: string,
  isi: string,
): { teks: string } | { galat: string } {
  if (!struktur) return { galat: 'laporan ini belum memiliki struktur.yaml' };
  if (!(ISI_PEJABAT as readonly string[]).includes(isi)) return { galat: `isi harus salah satu dari: ${ISI_PEJABAT.join(', ')}` };
  const s = struktur.unit.some((u) => u.kode === unit) ? cariSimpul(pohonStruktur(struktur, penandatangan), unit) : undefined;
  if (!s) return { galat: `unit "${unit}" tidak ada di struktur.yaml; kode yang ada: ${struktur.unit.map((u) => u.kode).join(', ')}` };
  if (isi === 'jabatan') return { teks: s.jabatan };
  if (isi === 'eselon') return s.eselon ? { teks: s.eselon } : { galat: `unit "${unit}" belum diisi eselon-nya` };
  const p = s.pemangku;
  if (!p) return { galat: `unit "${unit}" belum diisi pemangku-nya (nama pejabat)` };
  if (isi === 'nama') return { teks: `${p.status ? `${p.status}. ` : ''}${p.nama}` };
  if (isi === 'nip') return p.nip ? { teks: formatNip(p.nip) } : { galat: `pemangku unit "${unit}" belum diisi NIP-nya` };
  return p.pangkat ? { teks: p.pangkat } : { galat: `pemangku unit "${unit}" belum diisi pangkat-nya` };
}

/** A post holder's name, NIP, rank or post, for <Pejabat>; throws with the reason when it cannot be said. */
export function kutipPejabat(struktur: Struktur | undefined, penandatangan: Pejabat | undefined, unit: string, isi: IsiPejabat): string {
  const r = cobaKutipPejabat(struktur, penandatangan, unit, isi);
  if ('galat' in r) throw new Error(`<Pejabat unit="${unit}" isi="${isi}">: ${r.galat}`);
  return r.teks;
}
