/**
 * The site search index: Pagefind reads the built pages (only the content marked data-pagefind-body:
 * report pages, indicator pages, data pages; not the print pages) and writes dist/pagefind/, which
 * the search page loads. Indonesian is forced so words are split and weighted the same everywhere.
 */
import { join } from 'node:path';

export async function indeksPencarian(dist: string): Promise<{ halaman: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(`indeks pencarian tidak dapat dibuat: ${errors.join('; ')}`);
  try {
    const tambah = await index.addDirectory({ path: dist });
    if (tambah.errors.length) throw new Error(tambah.errors.join('; '));
    const tulis = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (tulis.errors.length) throw new Error(tulis.errors.join('; '));
    return { halaman: tambah.page_count };
  } finally {
    await pagefind.close();
  }
}
