/**
 * The print lint: runs in the print page after pagination and reads the laid-out pages, so it sees
 * what the PDF will show. Each problem names the page (its printed number) and the table, figure or
 * heading it concerns. The build prints them; overflow (something cut at the paper's edge) and text
 * in a font that is not bundled fail it (scripts/lib/pdf.ts).
 */
import type { MasalahCetak, JenisMasalahCetak } from './masalah.ts';

const TOLERANSI = 1; // px: sub-pixel rounding of borders
const JUDUL = 'h1, h2, h3, h4, h5, h6';

/** "Tabel 3.2", "Gambar 4", or the nearest heading before the element. */
export function labelUnsur(el: Element): string {
  const tabel = el.closest('table');
  const nomorTabel = tabel?.querySelector(':scope > caption[data-nomor]')?.getAttribute('data-nomor');
  if (nomorTabel) return nomorTabel;
  const ref = tabel?.getAttribute('data-ref');
  if (tabel && ref) {
    const asli = document.querySelector(`table[data-ref="${ref}"] > caption[data-nomor]`);
    if (asli) return asli.getAttribute('data-nomor')!;
  }
  const gambar = el.closest('figure')?.getAttribute('data-nomor');
  if (gambar) return gambar;
  if (el.matches(JUDUL)) return `judul "${teksRingkas(el)}"`;
  if (tabel) return `tabel tanpa nomor${judulSebelum(tabel)}`;
  return `bagian${judulSebelum(el)}`;
}

function judulSebelum(el: Element): string {
  const semua = [...document.querySelectorAll(JUDUL)];
  let terakhir: Element | undefined;
  for (const h of semua) {
    if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) terakhir = h;
    else break;
  }
  return terakhir ? ` setelah judul "${teksRingkas(terakhir)}"` : '';
}

function teksRingkas(el: Element): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

interface Halaman {
  el: HTMLElement;
  nomor: string;
  area: DOMRect;
  isi: HTMLElement;
}

function halamanSemua(): Halaman[] {
  return [...document.querySelectorAll<HTMLElement>('.pagedjs_page')].map((el, i) => {
    const konten = el.querySelector<HTMLElement>('.pagedjs_page_content')!;
    return { el, nomor: el.dataset.nomorHalaman ?? String(i + 1), area: konten.getBoundingClientRect(), isi: konten };
  });
}

export function lintCetak(): MasalahCetak[] {
  const masalah: MasalahCetak[] = [];
  const tambah = (jenis: JenisMasalahCetak, h: Halaman, el: Element, pesan: string) =>
    masalah.push({ jenis, halaman: h.nomor, label: labelUnsur(el), pesan });
  const halaman = halamanSemua();
  for (const [i, h] of halaman.entries()) {
    luber(h, tambah);
    yatim(h, tambah);
    kosong(h, halaman[i + 1], tambah);
    terpotong(h, tambah);
  }
  masalah.push(...hurufLuar(halaman));
  return masalah;
}

type Tambah = (jenis: JenisMasalahCetak, h: Halaman, el: Element, pesan: string) => void;

/** Anything wider or taller than the page area, and cell content wider than its column. */
function luber(h: Halaman, tambah: Tambah): void {
  const { area } = h;
  const dilaporkan: Element[] = [];
  for (const el of h.isi.querySelectorAll<HTMLElement>(
    ':is(table, figure, img, svg, pre, p, li, ul, ol, div, h1, h2, h3, h4, h5, h6, td, th)[data-ref]',
  )) {
    if (dilaporkan.some((d) => d.contains(el))) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const kanan = r.right - area.right;
    const bawah = r.bottom - area.bottom;
    const kiri = area.left - r.left;
    let pesan = '';
    if (kanan > TOLERANSI || kiri > TOLERANSI)
      pesan = `lebih lebar dari bidang cetak halaman (${mm(r.width)} mm, tersedia ${mm(area.width)} mm)`;
    else if (bawah > TOLERANSI && !el.matches('td, th'))
      pesan = `lebih tinggi dari bidang cetak halaman (melewati batas bawah ${mm(bawah)} mm)`;
    else if (el.matches('td, th') && el.scrollWidth - el.clientWidth > TOLERANSI)
      pesan = `isi sel "${teksRingkas(el)}" lebih lebar dari kolomnya`;
    if (!pesan) continue;
    dilaporkan.push(el.closest('table') ?? el);
    // A wrapper (<Lanskap>'s block) is named by the one table or figure it holds, not by the heading before it.
    const unsur = el.matches('div') ? (el.querySelector(':scope > figure[data-nomor], :scope > table') ?? el) : el;
    // On a landscape page already, <Lanskap> cannot help.
    const saran = h.el.classList.contains('pagedjs_isi-lanskap_page')
      ? 'Saran: halaman sudah mendatar; kurangi kolom (lihat prop komponen di docs/referensi.md) atau perkecil huruf.'
      : 'Saran: bungkus tabel dengan <Lanskap>, kurangi kolom, atau perkecil huruf.';
    tambah('luber', h, unsur, `${pesan}${asalUnsur(unsur)}. ${saran}`);
  }
}

/** ' (label "tabel-x", bab/03-….mdx)': the table's or figure's label (its id, on the first fragment) and chapter file. */
function asalUnsur(el: Element): string {
  const unsur = el.closest('table, figure') ?? el;
  const ref = unsur.getAttribute('data-ref');
  const id = unsur.id || (ref ? (document.querySelector(`[data-ref="${ref}"][id]`)?.id ?? '') : '');
  const berkas = el.closest('[data-berkas-bab]')?.getAttribute('data-berkas-bab');
  const bagian = [id && `label "${id}"`, berkas].filter(Boolean);
  return bagian.length ? ` (${bagian.join(', ')})` : '';
}

const mm = (px: number) => ((px * 25.4) / 96).toFixed(0);

/** The last block of the page's flow: the deepest last element that is a block of text or a table/figure. */
function unsurTerakhir(isi: HTMLElement): Element | undefined {
  let el: Element | null = isi.firstElementChild;
  for (;;) {
    if (!el) return undefined;
    const anak: Element | null = lastTerlihat(el);
    if (!anak || el.matches(`${JUDUL}, p, li, table, figure, .tanda-tangan, .perhitungan`)) return el;
    el = anak;
  }
}

function lastTerlihat(el: Element): Element | null {
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
    const r = c.getBoundingClientRect();
    if (r.height > 0 && getComputedStyle(c).display !== 'none') return c;
  }
  return null;
}

/** A heading, a caption without rows, or the first line of a section at the foot of a page. */
function yatim(h: Halaman, tambah: Tambah): void {
  if (h.el.classList.contains('pagedjs_blank_page')) return;
  const akhir = unsurTerakhir(h.isi);
  if (!akhir) return;
  if (akhir.matches(JUDUL)) {
    tambah('yatim', h, akhir, 'judul berada di kaki halaman, terpisah dari isinya');
    return;
  }
  // A continued table whose last page holds only its totals (tfoot) is not a stranded header.
  if (akhir.matches('table') && !akhir.querySelector(':scope > tbody > tr, :scope > tfoot > tr')) {
    tambah('yatim', h, akhir, 'judul dan kepala tabel berada di kaki halaman tanpa satu baris pun');
    return;
  }
  // The continuation of a chart too long for one page (its description) is not a caption left behind.
  if (akhir.matches('figure:not([data-split-from])') && !akhir.querySelector('img, svg, canvas')) {
    tambah('yatim', h, akhir, 'judul gambar berada di kaki halaman tanpa gambarnya');
    return;
  }
  if (akhir.matches('p') && akhir.hasAttribute('data-split-to') && akhir.previousElementSibling?.matches(JUDUL)) {
    const baris = parseFloat(getComputedStyle(akhir).lineHeight) || 20;
    if (akhir.getBoundingClientRect().height < baris * 1.6)
      tambah('yatim', h, akhir, 'hanya baris pertama bagian ini berada di kaki halaman');
  }
}

/** A page less than a third full, unless what follows must start a new page (a chapter, a page of another kind) or it is the last. */
function kosong(h: Halaman, berikut: Halaman | undefined, tambah: Tambah): void {
  if (!berikut || h.el.classList.contains('pagedjs_blank_page')) return;
  if (jenisHalaman(h.el) !== jenisHalaman(berikut.el)) return;
  if (mulaiPaksa(berikut.isi)) return;
  let bawah = h.area.top;
  for (const c of h.isi.querySelectorAll('[data-ref]')) {
    const r = c.getBoundingClientRect();
    if (r.height > 0) bawah = Math.max(bawah, r.bottom);
  }
  const isi = (bawah - h.area.top) / h.area.height;
  if (isi >= 1 / 3) return;
  tambah(
    'kosong',
    h,
    h.isi.querySelector('[data-ref]') ?? h.isi,
    `halaman hanya terisi ${Math.round(isi * 100)}% padahal bab belum berakhir`,
  );
}

function jenisHalaman(el: HTMLElement): string {
  return [...el.classList].find((c) => /^pagedjs_.+_page$/.test(c) && !/_(left|right|first|blank|named)_page$/.test(c)) ?? '';
}

/** True when an element the page starts with (not a continuation) was given a forced break before it. */
function mulaiPaksa(isi: HTMLElement): boolean {
  for (let n = isi.querySelector<HTMLElement>('[data-ref]'); n; n = n.firstElementChild as HTMLElement | null) {
    if (n.hasAttribute('data-split-from')) continue;
    const b = n.dataset.breakBefore ?? getComputedStyle(n).breakBefore;
    if (['page', 'always', 'left', 'right', 'recto', 'verso'].includes(b)) return true;
  }
  return false;
}

/** A figure, an unbreakable table, a signature block or a row split across pages. */
function terpotong(h: Halaman, tambah: Tambah): void {
  for (const el of h.isi.querySelectorAll<HTMLElement>('[data-split-from]')) {
    // figure.bersambung: too long for one page, its description may continue (src/cetak/tinggi.ts).
    if (!el.matches('figure:not(.bersambung), table.utuh, .tanda-tangan, .perhitungan, tr, img')) continue;
    const jenis =
      el.nodeName === 'TR'
        ? 'baris tabel'
        : el.nodeName === 'FIGURE'
          ? 'gambar'
          : el.classList.contains('tanda-tangan')
            ? 'blok tanda tangan'
            : 'tabel';
    tambah('terpotong', h, el, `${jenis} terpotong ke halaman ini padahal tidak boleh dipisah`);
  }
}

/** Unicode ranges of the bundled fonts (FontFace objects from @font-face rules), per family. */
function rentangHuruf(): Map<string, [number, number][]> {
  const peta = new Map<string, [number, number][]>();
  for (const f of document.fonts) {
    const nama = f.family.replace(/^["']|["']$/g, '').toLowerCase();
    const rentang = f.unicodeRange.split(',').map((s) => {
      const [a, b] = s.trim().replace(/^U\+/i, '').split('-');
      if (a.includes('?')) return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(a.replace(/\?/g, 'F'), 16)] as [number, number];
      return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
    });
    peta.set(nama, [...(peta.get(nama) ?? []), ...rentang]);
  }
  return peta;
}

/** Characters that no bundled font in the element's font-family list covers: Chromium would take them from the system. */
function hurufLuar(halaman: Halaman[]): MasalahCetak[] {
  const rentang = rentangHuruf();
  const cakup = (keluarga: string[], kode: number) => keluarga.some((k) => rentang.get(k)?.some(([a, b]) => kode >= a && kode <= b));
  const keluargaDari = new Map<Element, string[]>();
  const masalah = new Map<string, MasalahCetak>();
  for (const h of halaman) {
    const jalan = document.createTreeWalker(h.isi, NodeFilter.SHOW_TEXT);
    for (let n = jalan.nextNode(); n; n = jalan.nextNode()) {
      const teks = n.nodeValue ?? '';
      if (!/[^\s\u00a0]/.test(teks)) continue;
      const induk = n.parentElement!;
      let keluarga = keluargaDari.get(induk);
      if (!keluarga) {
        keluarga = getComputedStyle(induk)
          .fontFamily.split(',')
          .map((s) =>
            s
              .trim()
              .replace(/^["']|["']$/g, '')
              .toLowerCase(),
          );
        keluargaDari.set(induk, keluarga);
      }
      for (const c of teks) {
        const kode = c.codePointAt(0)!;
        if (kode <= 0x20 || kode === 0xa0 || (kode >= 0x200b && kode <= 0x200f) || cakup(keluarga, kode)) continue;
        const kunci = `${h.nomor}:${c}`;
        if (!masalah.has(kunci))
          masalah.set(kunci, {
            jenis: 'huruf',
            halaman: h.nomor,
            label: labelUnsur(induk),
            pesan: `tanda "${c}" (U+${kode.toString(16).toUpperCase().padStart(4, '0')}) tidak ada pada huruf yang dibawa laporan; peramban akan memakai huruf sistem`,
          });
      }
    }
  }
  return [...masalah.values()];
}
