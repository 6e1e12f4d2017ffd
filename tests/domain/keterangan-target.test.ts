/** The lines under target tables (new-user findings): which document the targets come from, and the formula used. */
import { describe, expect, it } from 'vitest';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';
import { keteranganRumus, keteranganTargetBulanan, keteranganTargetRenstra } from '../../src/domain/tampilan/target.ts';

const r = hitungLaporan(muatLaporan('tests/fixtures/kitchen-sink', 'lengkap').data!);
const c = hitungLaporan(muatLaporan('.', 'candipuro-2023-tw2').data!);

describe('lines under target tables', () => {
  it('the capaian formula names the negative indicators and their own formula (before: only realisasi ÷ target)', () => {
    expect(keteranganRumus(r.indikator)).toBe(
      'Capaian = realisasi ÷ target × 100%; untuk indikator negatif (makin rendah makin baik) IKU-WAJAN: target ÷ realisasi × 100%',
    );
    expect(keteranganRumus(c.indikator)).toBe('Capaian = realisasi ÷ target × 100%');
  });

  it('monthly targets come from the action plan, else from the acuan document', () => {
    expect(keteranganTargetBulanan(r.indikator.filter((i) => i.input.kode === 'IKU-WAJAN'))).toBe('Target: Rencana Aksi (target bulanan).');
    expect(keteranganTargetBulanan(c.indikator)).toBe('Target: PK.');
  });

  it('the end target is the Renstra’s; with the year’s target, its document too', () => {
    expect(keteranganTargetRenstra(c.indikator, 'Renstra 2021–2026', false)).toBe(
      'Target akhir: Renstra 2021–2026 (target akhir, atau target Renstra tahun terakhirnya).',
    );
    expect(keteranganTargetRenstra(c.indikator, 'Renstra 2021–2026', true)).toMatch(/\. Target tahun ini: PK\.$/);
  });
});
