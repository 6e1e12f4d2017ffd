/**
 * The last steps of an import: the whole report with the new files must still be valid (checked in a scratch
 * copy, so nothing is written when it is not), then each replaced file is first copied to cadangan/<time>/.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { periksaSatu } from '../../../src/data/periksaSemua.ts';
import { formatMasalah } from '../../../src/data/masalah.ts';
import { folderLaporan } from '../baru.ts';

export interface Perubahan {
  berkas: string;
  lama: string | undefined;
  /** The new text; undefined: the file is removed (its data is now empty). */
  baru: string | undefined;
  /** "program[0].pagu: 1.000 → 2.000"-style lines. */
  rincian: string[];
}

/** The checker's errors for the report with these changes applied, as printed by npm run check. */
export function periksaPerubahan(root: string, id: string, perubahan: Perubahan[]): string[] {
  const dir = folderLaporan(root, id);
  const uji = mkdtempSync(join(tmpdir(), 'lkjip-impor-'));
  try {
    cpSync(join(root, 'content', 'skala'), join(uji, 'content', 'skala'), { recursive: true });
    if (existsSync(join(root, 'content', 'skala-efisiensi')))
      cpSync(join(root, 'content', 'skala-efisiensi'), join(uji, 'content', 'skala-efisiensi'), { recursive: true });
    cpSync(dir, folderLaporan(uji, id), { recursive: true, filter: (p) => !p.includes(`${id}/cadangan`) });
    for (const p of perubahan) {
      const f = join(folderLaporan(uji, id), p.berkas);
      if (p.baru === undefined) rmSync(f, { force: true });
      else writeFileSync(f, p.baru);
    }
    return periksaSatu(uji, id)
      .masalah.filter((x) => x.tingkat === 'galat')
      .map((m) => formatMasalah(m).split(uji).join(root));
  } finally {
    rmSync(uji, { recursive: true, force: true });
  }
}

/** Writes the changes, each replaced file first copied to content/laporan/<id>/cadangan/<time>/. Returns the backup folder. */
export function tulisPerubahan(root: string, id: string, perubahan: Perubahan[], waktu = new Date()): string | undefined {
  const dir = folderLaporan(root, id);
  const cadangan = join(dir, 'cadangan', waktu.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19));
  let adaCadangan = false;
  for (const p of perubahan) {
    if (p.lama !== undefined) {
      mkdirSync(cadangan, { recursive: true });
      copyFileSync(join(dir, p.berkas), join(cadangan, p.berkas));
      adaCadangan = true;
    }
  }
  for (const p of perubahan) {
    if (p.baru === undefined) unlinkSync(join(dir, p.berkas));
    else writeFileSync(join(dir, p.berkas), p.baru);
  }
  return adaCadangan ? cadangan : undefined;
}
