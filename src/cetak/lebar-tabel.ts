/**
 * Wide tables are never cut. Before pagination every chapter table is measured at the printed width
 * (--lebar-isi, --lebar-isi-lanskap in cetak.css): a table wider than a portrait page is first set in
 * smaller type, down to --huruf-tabel-terkecil, and if that is not enough it goes to landscape pages
 * (wrapped like <Lanskap>), with the headings right above it, so no heading is left alone on the page
 * before. Each change is reported to the author (CatatanCetak). A table too wide even for a landscape
 * page is left as it is: the print lint reports it and the build fails.
 */
import type { CatatanCetak } from './masalah.ts';

const JUDUL = /^H[1-6]$/;

function lebar(el: Element): number {
  return el.getBoundingClientRect().width;
}

/** The width a table takes, which grows beyond its container when its columns cannot shrink further. */
function terlaluLebar(tabel: HTMLElement, batas: number): boolean {
  return Math.max(lebar(tabel), tabel.scrollWidth) > batas + 1;
}

export function ukuranPx(nilai: string, acuan: HTMLElement): number {
  const uji = document.createElement('div');
  uji.style.cssText = `position:absolute;visibility:hidden;width:${nilai}`;
  acuan.append(uji);
  const px = lebar(uji);
  uji.remove();
  return px;
}

function nomor(tabel: HTMLElement): string {
  return (
    tabel.querySelector(':scope > caption[data-nomor]')?.getAttribute('data-nomor') ?? `Tabel tanpa nomor (${tabel.id || 'tanpa label'})`
  );
}

/** Tries smaller type, 0.5pt at a time, down to the declared limit; keeps it if the table then fits. */
function perkecil(tabel: HTMLElement, batas: number, terkecil: number): number | undefined {
  const asal = parseFloat(getComputedStyle(tabel).fontSize) * 0.75; // px -> pt
  for (let pt = asal - 0.5; pt >= terkecil - 0.01; pt -= 0.5) {
    tabel.style.fontSize = `${pt}pt`;
    if (!terlaluLebar(tabel, batas)) return pt;
  }
  tabel.style.fontSize = '';
  return undefined;
}

/** Moves the headings right above a landscape block into it: they print with the table. */
function bawaJudul(blok: HTMLElement): void {
  for (let s = blok.previousElementSibling; s && JUDUL.test(s.nodeName); s = blok.previousElementSibling) blok.prepend(s);
}

export function tataTabelLebar(): CatatanCetak[] {
  const catatan: CatatanCetak[] = [];
  const root = document.documentElement;
  root.classList.add('mengukur');
  try {
    const gaya = getComputedStyle(root);
    const tegak = ukuranPx(gaya.getPropertyValue('--lebar-isi').trim() || '160mm', document.body);
    const lanskap = ukuranPx(gaya.getPropertyValue('--lebar-isi-lanskap').trim() || '247mm', document.body);
    const terkecil = parseFloat(gaya.getPropertyValue('--huruf-tabel-terkecil')) || 9;

    for (const blok of document.querySelectorAll<HTMLElement>('.lanskap')) bawaJudul(blok);
    for (const tabel of document.querySelectorAll<HTMLElement>('section.bab table')) {
      if (tabel.parentElement?.closest('table')) continue;
      const diLanskap = tabel.closest('.lanskap') !== null;
      const batas = diLanskap ? lanskap : tegak;
      if (!terlaluLebar(tabel, batas)) continue;
      const pt = perkecil(tabel, batas, terkecil);
      if (pt !== undefined) {
        catatan.push({
          label: nomor(tabel),
          tindakan: 'diperkecil',
          pesan: `terlalu lebar untuk halaman ${diLanskap ? 'lanskap' : 'tegak'}; dicetak dengan huruf ${pt.toLocaleString('id-ID')} pt`,
        });
        continue;
      }
      if (diLanskap) continue; // too wide even for landscape: the lint reports it after pagination
      const blok = document.createElement('div');
      blok.className = 'lanskap otomatis';
      tabel.before(blok);
      blok.append(tabel);
      // The table's source line and notes go with it.
      for (let s = blok.nextElementSibling; s && s.matches('p.sumber, .keterangan'); s = blok.nextElementSibling) blok.append(s);
      bawaJudul(blok);
      const muat = !terlaluLebar(tabel, lanskap) || perkecil(tabel, lanskap, terkecil) !== undefined;
      catatan.push({
        label: nomor(tabel),
        tindakan: 'lanskap',
        pesan: `terlalu lebar untuk halaman tegak; dicetak pada halaman lanskap${muat ? '' : ' (tetap terlalu lebar)'}. Bungkus dengan <Lanskap> di bab agar tertulis, atau kurangi kolomnya.`,
      });
    }
  } finally {
    root.classList.remove('mengukur');
  }
  return catatan;
}
