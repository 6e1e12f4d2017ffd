/**
 * The authoring contract's property on the broken-input corpus (tests/korpus.ts): every case is
 * refused by the check with the file and the line, in Indonesian, and nothing crashes the checker;
 * inputs that are fine (CRLF, BOM, comments, literal props, allowed HTML) are accepted.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { periksaSatu, periksaSemua } from '../src/data/periksaSemua.ts';
import { salinData, hapusSalinan } from './salinan.ts';
import { KASUS, DITERIMA, folderTautan, hitungPerJenis } from './korpus.ts';

afterAll(hapusSalinan);

describe('broken-input corpus: refused by the check with file and line', () => {
  it('has at least 120 cases, in every kind of input', () => {
    const n = hitungPerJenis();
    expect(n.reduce((a, x) => a + x.ditolak + x.diterima, 0)).toBeGreaterThanOrEqual(120);
    for (const x of n) expect(x.ditolak + x.diterima, x.jenis).toBeGreaterThanOrEqual(2);
    expect(n.map((x) => x.jenis)).toEqual(
      expect.arrayContaining(['bab', 'front matter', 'kewajaran', 'kode', 'pengodean', 'jalur dan tautan', 'sintaks YAML']),
    );
  });

  it('every case has its own name', () => {
    const nama = [...KASUS, ...DITERIMA].map((k) => k.nama);
    expect(nama.filter((x, i) => nama.indexOf(x) !== i)).toEqual([]);
  });

  it.each(KASUS)('$nama', (k) => {
    const root = salinData();
    k.ubah(root);
    const r = periksaSatu(root, 'contoh');
    const galat = r.masalah.filter((m) => m.tingkat === 'galat');
    const semua = galat.map((m) => `${m.berkas}:${m.baris ?? '?'} ${m.jalur}: ${m.pesan}`).join('\n');
    expect(r.laporan, semua).toBeUndefined();
    const hit = galat.find((m) => m.berkas === k.berkas && k.pesan.test(m.pesan));
    expect(hit, semua).toBeDefined();
    if (!k.tanpaBaris) expect(hit!.baris, semua).toBeGreaterThan(0);
    // No library English, no raw bytes: the message is the checker's own Indonesian.
    expect(hit!.pesan).not.toMatch(/Unexpected|Expected|Could not|undefined|\uFFFD|[\u0000-\u0008\u000e-\u001f]/);
  });

  it('a report folder that is a link is refused, not skipped', () => {
    const root = salinData();
    const id = folderTautan(root);
    const r = periksaSemua(root).find((x) => x.id === id);
    expect(r, 'the linked report must be listed').toBeDefined();
    expect(r!.masalah.some((m) => m.tingkat === 'galat' && /tautan \(symlink\)/.test(m.pesan))).toBe(true);
  });
});

describe('inputs that must be accepted', () => {
  it.each(DITERIMA)('$nama', (k) => {
    const root = salinData();
    k.ubah(root);
    const r = periksaSatu(root, 'contoh');
    const galat = r.masalah.filter((m) => m.tingkat === 'galat');
    expect(galat.map((m) => `${m.berkas}:${m.baris} ${m.jalur}: ${m.pesan}`)).toEqual([]);
    expect(r.laporan).toBeDefined();
    k.tetap?.(r.laporan!);
    if (k.peringatan) {
      const hit = r.masalah.find((m) => m.tingkat === 'peringatan' && k.peringatan!.test(m.pesan));
      expect(hit, r.masalah.map((m) => m.pesan).join('\n')).toBeDefined();
      expect(hit!.baris).toBeGreaterThan(0);
    }
  });
});
