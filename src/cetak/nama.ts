/**
 * A signatory's name never breaks inside its academic titles: "Dr. H. AHMAD SUBAGIO, S.Sos., M.Si."
 * may wrap only between the words of the name; the titles before it stay with its first word and the
 * titles after it with its last word (.utuh, no wrap, in cetak.css). Applied to every signature block
 * of the print page (chapters and annexes).
 */
/** Leading titles: words ending in a full stop before the name ("Dr.", "H.", "Hj.", "Ir.", "Prof."). */
const GELAR_DEPAN = /^(?:\S+\.\s+)+\S+/;

export function satukanNama(): void {
  for (const p of document.querySelectorAll<HTMLElement>('.tanda-tangan .nama')) {
    const nama = (p.textContent ?? '').trim();
    const koma = nama.indexOf(',');
    const inti = (koma < 0 ? nama : nama.slice(0, koma)).trimEnd();
    const pisah = inti.lastIndexOf(' ');
    const depan = GELAR_DEPAN.exec(inti.slice(0, Math.max(pisah, 0)))?.[0] ?? '';
    const bagian: (string | HTMLElement)[] = [];
    const utuh = (teks: string) => {
      const s = document.createElement('span');
      s.className = 'utuh';
      s.textContent = teks;
      return s;
    };
    if (depan) bagian.push(utuh(depan));
    bagian.push(nama.slice(depan.length, pisah + 1), utuh(nama.slice(pisah + 1)));
    p.replaceChildren(...bagian);
  }
}
