/** A snapshot of a built folder, file by file: what a deploy tool (rsync, `aws s3 sync`) compares, and more. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { daftarBerkas } from '../../scripts/lib/dist-baru.ts';

export interface Berkas {
  ukuran: number;
  mtimeMs: number;
  ino: number;
  sha256: string;
}

export function potretDist(dist: string): Record<string, Berkas> {
  return Object.fromEntries(
    daftarBerkas(dist).map((rel) => {
      const st = statSync(join(dist, rel));
      return [
        rel,
        {
          ukuran: st.size,
          mtimeMs: st.mtimeMs,
          ino: st.ino,
          sha256: createHash('sha256')
            .update(readFileSync(join(dist, rel)))
            .digest('hex'),
        },
      ];
    }),
  );
}
