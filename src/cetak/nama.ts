/**
 * A signatory's name never breaks between its academic titles: "Dr. H. AHMAD SUBAGIO, S.Sos., M.Si."
 * may wrap only between the words of the name, and its last word stays with the titles (.utuh, no
 * wrap, in cetak.css). Applied to every signature block of the print page (chapters and annexes).
 */
export function satukanNama(): void {
  for (const p of document.querySelectorAll<HTMLElement>('.tanda-tangan .nama')) {
    const nama = p.textContent ?? '';
    const koma = nama.indexOf(',');
    const inti = (koma < 0 ? nama : nama.slice(0, koma)).trimEnd();
    const pisah = inti.lastIndexOf(' ');
    const utuh = document.createElement('span');
    utuh.className = 'utuh';
    utuh.textContent = nama.slice(pisah + 1);
    p.replaceChildren(nama.slice(0, pisah + 1), utuh);
  }
}
