import { describe, expect, it } from 'vitest';
import { nomoriKeterangan } from '../../src/domain/tampilan/penomoran.ts';

describe('caption numbering', () => {
  const bab = [
    { bab: 1, isi: '<TabelSdm label="sdm" />\n<TabelSarana label="sarana"/>' },
    {
      bab: 3,
      isi: 'teks <TabelCapaian label="capaian" /> <GrafikCapaian label="grafik-capaian" /> <Rujuk ke="capaian" /> <TabelAnggaran\n  label="anggaran" />',
    },
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
    expect(() => nomoriKeterangan([{ isi: '<TabelA label="x"/><TabelB label="x"/>' }], { tabel: 'per-bab', gambar: 'berurutan' })).toThrow(
      /dua kali/,
    );
  });
});

describe('numbers given explicitly', () => {
  const aturan = { tabel: 'per-bab', gambar: 'berurutan' } as const;
  it("keeps an original's number and continues from it", () => {
    const n = nomoriKeterangan(
      [
        {
          bab: 3,
          isi: '<TabelCapaian label="a"/> <Tabel label="b" nomor="3.5" judul="x"> <TabelAnggaran label="c"/> <BaganOrganisasi label="g" nomor="4"/> <Gambar label="h" />',
        },
      ],
      aturan,
    );
    expect(n.get('a')?.teks).toBe('Tabel 3.1');
    expect(n.get('b')?.teks).toBe('Tabel 3.5');
    expect(n.get('c')?.teks).toBe('Tabel 3.6');
    expect(n.get('g')?.teks).toBe('Gambar 4');
    expect(n.get('h')?.teks).toBe('Gambar 5');
  });
  it('accepts a number that is not a count (3.1a) without moving the counter', () => {
    const n = nomoriKeterangan([{ bab: 3, isi: '<Tabel label="a" nomor="3.1a"/><TabelX label="b"/>' }], aturan);
    expect(n.get('a')?.teks).toBe('Tabel 3.1a');
    expect(n.get('b')?.teks).toBe('Tabel 3.1');
  });
  it('refuses a number printed twice, naming both labels', () => {
    expect(() => nomoriKeterangan([{ bab: 3, isi: '<TabelA label="a"/><Tabel label="b" nomor="3.1"/>' }], aturan)).toThrow(
      /Tabel 3.1 dipakai dua kali \(label "a" dan "b"\)/,
    );
  });
  it('numbers org charts as figures', () => {
    const n = nomoriKeterangan(
      [
        { bab: 1, isi: '<BaganOrganisasi label="bagan" judul="x" />' },
        { bab: 3, isi: '<GrafikCapaian label="g"/>' },
      ],
      aturan,
    );
    expect(n.get('bagan')?.teks).toBe('Gambar 1');
    expect(n.get('g')?.teks).toBe('Gambar 2');
  });
});
