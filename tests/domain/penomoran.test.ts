import { describe, expect, it } from 'vitest';
import { nomoriKeterangan } from '../../src/domain/penomoran.ts';

describe('caption numbering', () => {
  const bab = [
    { bab: 1, isi: '<TabelSdm label="sdm" />\n<TabelSarana label="sarana"/>' },
    { bab: 3, isi: 'teks <TabelCapaian label="capaian" /> <GrafikCapaian label="grafik-capaian" /> <Rujuk ke="capaian" /> <TabelAnggaran\n  label="anggaran" />' },
  ];
  it('numbers tables per BAB and figures straight through by default', () => {
    const n = nomoriKeterangan(bab, { tabel: 'per-bab', gambar: 'berurutan' });
    expect(n.get('sdm')?.teks).toBe('Tabel 1.1');
    expect(n.get('sarana')?.teks).toBe('Tabel 1.2');
    expect(n.get('capaian')?.teks).toBe('Tabel 3.1');
    expect(n.get('anggaran')?.teks).toBe('Tabel 3.2');
    expect(n.get('grafik-capaian')?.teks).toBe('Gambar 1');
    expect(n.has('ke')).toBe(false);
  });
  it('can number tables straight through', () => {
    const n = nomoriKeterangan(bab, { tabel: 'berurutan', gambar: 'per-bab' });
    expect(n.get('anggaran')?.teks).toBe('Tabel 4');
    expect(n.get('grafik-capaian')?.teks).toBe('Gambar 3.1');
  });
  it('refuses a label used twice', () => {
    expect(() => nomoriKeterangan([{ isi: '<TabelA label="x"/><TabelB label="x"/>' }], { tabel: 'per-bab', gambar: 'berurutan' })).toThrow(/dua kali/);
  });
});
