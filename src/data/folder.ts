/** A report's folder on disk (the layout itself is FOLDER_LAPORAN in the domain, shared with messages). */
import { join } from 'node:path';
import { FOLDER_LAPORAN } from '../domain/masalah.ts';

/** content/laporan/<id> under the project root `root`. */
export function folderLaporan(root: string, id: string): string {
  return join(root, FOLDER_LAPORAN, id);
}
