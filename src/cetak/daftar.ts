/**
 * Builds Daftar Isi, Daftar Tabel and Daftar Gambar from the document itself before pagination,
 * so they list exactly the headings and captions that are printed. Page numbers are filled in
 * after pagination (nomor-halaman.ts).
 */
function entri(target: string, teks: string, tingkat: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `tingkat-${tingkat}`;
  const a = document.createElement('a');
  a.href = `#${target}`;
  const t = document.createElement('span');
  t.className = 'teks';
  t.textContent = teks;
  const h = document.createElement('span');
  h.className = 'halaman';
  a.append(t, h);
  li.append(a);
  return li;
}

export function bangunDaftar(): void {
  const isi = document.querySelector<HTMLOListElement>('#daftar-isi ol');
  if (isi) {
    // Document order: cover, kata pengantar, the lists themselves, then the chapters and their sections.
    for (const el of document.querySelectorAll<HTMLElement>('[data-daftar-isi], section.bab, section.bab h3[id]')) {
      if (el.matches('section.bab')) isi.append(entri(el.id, el.dataset.judulBab ?? '', 0));
      else if (el.matches('h3')) isi.append(entri(el.id, el.textContent ?? '', 1));
      else isi.append(entri(el.id, el.dataset.daftarIsi!, 0));
    }
  }
  const tabel = document.querySelector<HTMLOListElement>('#daftar-tabel ol');
  for (const c of document.querySelectorAll<HTMLElement>('section.bab table > caption[data-nomor]')) {
    tabel?.append(entri(c.closest('table')!.id, `${c.dataset.nomor} ${c.dataset.judul}`, 0));
  }
  const gambar = document.querySelector<HTMLOListElement>('#daftar-gambar ol');
  for (const f of document.querySelectorAll<HTMLElement>('section.bab figure[data-nomor]')) {
    gambar?.append(entri(f.id, `${f.dataset.nomor} ${f.dataset.judul}`, 0));
  }
  for (const id of ['daftar-tabel', 'daftar-gambar']) {
    const sec = document.getElementById(id);
    if (sec && !sec.querySelector('li')) sec.remove();
  }
}
