/**
 * Checks of the report parts that need more than the catalogue's prop schemas: the file behind each
 * <Gambar src> (inside the report folder, not a link out of it), a missing source line, and the
 * hand-made tables (<Tabel>: a Markdown table inside; the figures typed in it, listed as warnings).
 */
import type { Masalah } from '../domain/masalah.ts';
import { tabelBuatanTangan } from '../domain/tabelTangan.ts';
import { masalahBerkasGambar } from './berkasGambar.ts';
import type { Pemakaian } from './periksaBab.ts';

/** Problems of one chapter's images and hand-made tables (see above). */
export function periksaBagian(folderLaporan: string, berkas: string, isi: string, pakai: Pemakaian[]): Masalah[] {
  const out: Masalah[] = [];
  for (const p of pakai) {
    if (p.nama !== 'Gambar') continue;
    const src = p.props.src;
    const letak = p.letakProp.src ?? { baris: p.baris, kolom: p.kolom };
    if (typeof src === 'string' && src.trim()) {
      const m = masalahBerkasGambar(folderLaporan, src);
      if (m) out.push({ tingkat: 'galat', berkas, baris: letak.baris, kolom: letak.kolom, jalur: '<Gambar src>', pesan: m });
    }
    if (p.props.sumber === undefined)
      out.push({
        tingkat: 'peringatan',
        berkas,
        baris: p.baris,
        kolom: p.kolom,
        jalur: '<Gambar sumber>',
        pesan: 'gambar tanpa sumber="..." (mis. "Dokumentasi Kecamatan, 2024")',
      });
  }
  for (const t of tabelBuatanTangan(isi)) {
    const tempat = { berkas, baris: t.baris, jalur: `<Tabel label="${t.label}">` };
    if (!t.adaTabel)
      out.push({
        tingkat: 'galat',
        ...tempat,
        pesan:
          'isi <Tabel> harus sebuah tabel Markdown: baris judul kolom (| Kolom | Kolom |), baris |---|---|, lalu baris isi; beri baris kosong setelah <Tabel …> dan sebelum </Tabel>',
      });
    else if (t.angka.length)
      out.push({
        tingkat: 'peringatan',
        ...tempat,
        pesan: `tabel buatan penulis memuat ${t.angka.length} angka yang diketik, tidak dihitung dari data (tidak dapat diperiksa): ${t.angka.slice(0, 8).join('; ')}${t.angka.length > 8 ? '; …' : ''}`,
      });
  }
  return out;
}
