/** Which shard prints which report (`npm run build -- --shard i/n`): deterministic, balanced enough, stable under additions. */
import { describe, expect, it } from 'vitest';
import { shardLaporan } from '../scripts/lib/cetak-semua.ts';

const ids = Array.from({ length: 200 }, (_, i) => `kecamatan-${i}-2024`);

describe('shards', () => {
  it('every report in exactly one shard 1..n, the same on every call', () => {
    for (const n of [1, 2, 3, 8])
      for (const id of ids) {
        const s = shardLaporan(id, n);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
        expect(shardLaporan(id, n)).toBe(s);
      }
  });

  it('adding or removing reports moves no other report (hash of the id, not its position)', () => {
    const sebelum = new Map(ids.slice(0, 100).map((id) => [id, shardLaporan(id, 4)]));
    const daftarBaru = ['aaa-pertama', ...ids.slice(0, 50), 'zzz-tengah', ...ids.slice(51, 100), ...ids.slice(100)];
    for (const id of daftarBaru) if (sebelum.has(id)) expect(shardLaporan(id, 4)).toBe(sebelum.get(id));
  });

  it('200 reports over 4 shards: none empty, none with more than twice its share', () => {
    const jumlah = [1, 2, 3, 4].map((i) => ids.filter((id) => shardLaporan(id, 4) === i).length);
    for (const j of jumlah) {
      expect(j).toBeGreaterThan(0);
      expect(j).toBeLessThan(100);
    }
  });
});
