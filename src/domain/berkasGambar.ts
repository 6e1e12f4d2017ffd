/**
 * Image files a chapter names (<Gambar src="peta.png">, the logo): a relative path inside the report
 * folder, of a kind the web pipeline and the PDF both handle. Pure rules; the file system check
 * (exists, not a link out of the folder) is in src/data/ and src/site/.
 */
export const JENIS_GAMBAR = ['png', 'jpg', 'jpeg', 'webp', 'svg'] as const;

/** The path normalised ("gambar/peta.png"), or why it is refused. */
export function periksaJalurGambar(src: string): { jalur: string } | { galat: string } {
  const t = src.trim().replace(/\\/g, '/');
  if (!t) return { galat: 'src kosong: tulis nama berkas gambar di folder laporan, mis. src="gambar/peta.png"' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//'))
    return { galat: `"${src}" bukan berkas setempat: gambar harus berupa berkas di folder laporan (tanpa alamat internet)` };
  if (t.startsWith('/'))
    return { galat: `"${src}" adalah jalur mutlak: tulis jalur relatif terhadap folder laporan, mis. "gambar/peta.png"` };
  const bagian = t.split('/').filter((b) => b !== '' && b !== '.');
  if (bagian.includes('..')) return { galat: `"${src}" keluar dari folder laporan (".."): simpan gambar di dalam folder laporan` };
  const ext = /\.([a-z0-9]+)$/i.exec(t)?.[1]?.toLowerCase();
  if (!ext || !(JENIS_GAMBAR as readonly string[]).includes(ext))
    return { galat: `"${src}": jenis berkas harus salah satu dari ${JENIS_GAMBAR.join(', ')}` };
  return { jalur: bagian.join('/') };
}
