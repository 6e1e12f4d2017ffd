/**
 * URL-safe keys for pages and anchors, readable in a shared link:
 * "Kecamatan Candipuro" + "Indeks Kepuasan Masyarakat" -> "kecamatan-candipuro-indeks-kepuasan-masyarakat".
 */
export function slug(...bagian: string[]): string {
  const s = bagian
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long names are cut at a word boundary.
  return s.length <= 100 ? s : s.slice(0, s.lastIndexOf('-', 100));
}
