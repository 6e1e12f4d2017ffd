/**
 * Efisiensi penggunaan sumber daya. No single definition exists, so the rule is a report setting:
 * - "selisih": capaian kinerja - % penyerapan anggaran (Jatiroto): positive = more result for less money;
 * - "rasio":   % penyerapan / % capaian x 100 (Kedungkandang): below 100 = efficient.
 */
import { hasil, tidakDapat, type Hasil } from './hasil.ts';
import type { AnggaranSasaran } from './anggaran.ts';
import type { SkalaEfisiensi } from '../schemas/efisiensi.ts';
import type { Pita } from '../schemas/skala.ts';
import type { Pembulatan } from './pembulatan.ts';
import { predikat } from './predikat.ts';

export type RumusEfisiensi = 'selisih' | 'rasio';

export const RUMUS_EFISIENSI: Record<RumusEfisiensi, string> = {
  selisih: 'Efisiensi = capaian kinerja (%) − penyerapan anggaran (%)',
  rasio: 'Efisiensi = penyerapan anggaran (%) ÷ capaian kinerja (%) × 100',
};

/** Efficiency of a capaian against its budget absorption by the report's rule (selisih or rasio), or why not. */
export function efisiensi(rumus: RumusEfisiensi, capaian: Hasil, penyerapan: Hasil): Hasil {
  if (!capaian.ok) return tidakDapat(`capaian ${capaian.alasan}`);
  if (!penyerapan.ok) return tidakDapat(`penyerapan ${penyerapan.alasan}`);
  if (rumus === 'selisih') return hasil(capaian.nilai - penyerapan.nilai);
  if (capaian.nilai === 0) return tidakDapat('capaian 0: tidak dapat dibagi');
  return hasil((penyerapan.nilai / capaian.nilai) * 100);
}

/** Efficiency of a sasaran/indicator against its budget, or why it cannot be computed. */
export function efisiensiAnggaran(rumus: RumusEfisiensi | undefined, capaian: Hasil, anggaran: AnggaranSasaran): Hasil {
  if (!rumus) return tidakDapat('laporan tidak memakai rumus efisiensi (laporan.yaml: efisiensi)');
  if (!anggaran.ok) return tidakDapat(anggaran.alasan);
  return efisiensi(rumus, capaian, anggaran.jumlah.penyerapan);
}

/** The band of an efficiency scale an efficiency figure falls in (on the value as displayed, like a predikat). */
export function kategoriEfisiensi(skala: SkalaEfisiensi | undefined, e: Hasil, p: Pembulatan): Pita | undefined {
  return skala ? predikat(skala, e, p) : undefined;
}
