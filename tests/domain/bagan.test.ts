import { describe, expect, it } from 'vitest';
import { strukturSchema, type Struktur } from '../../src/schemas/struktur.ts';
import {
  periksaStruktur,
  pohonStruktur,
  tataLetakBagan,
  bungkusTeks,
  lebarTeks,
  ukuranHalaman,
  cariSimpul,
  type Bagan,
} from '../../src/domain/tampilan/bagan.ts';

const baca = (unit: unknown[]): Struktur => strukturSchema.parse({ dasarHukum: 'Perbup 96/2019', unit });

/** Candipuro (Perbup Lumajang 96/2019): camat, sekretariat with two subbagian, three seksi, desa. */
const candipuro = baca([
  { kode: 'camat', jabatan: 'Camat', pemangku: 'penandatangan' },
  { kode: 'jf', jabatan: 'Kelompok Jabatan Fungsional', atasan: 'camat', jenis: 'fungsional' },
  { kode: 'sekcam', jabatan: 'Sekretaris Kecamatan', unit: 'Sekretariat', atasan: 'camat', letak: 'samping' },
  { kode: 'umum', jabatan: 'Kepala Sub Bagian Umum dan Kepegawaian', atasan: 'sekcam' },
  { kode: 'keu', jabatan: 'Kepala Sub Bagian Keuangan', atasan: 'sekcam' },
  { kode: 'pem', jabatan: 'Kepala Seksi Pemerintahan', atasan: 'camat' },
  { kode: 'yan', jabatan: 'Kepala Seksi Pelayanan Umum', atasan: 'camat' },
  { kode: 'pm', jabatan: 'Kepala Seksi Pemberdayaan Masyarakat', atasan: 'camat' },
  { kode: 'desa', jabatan: 'Kepala Desa', atasan: 'camat', jenis: 'wilayah', keterangan: '10 desa' },
]);
const camat = { nama: 'Drs. AGUS SAMSUL HADI', jabatan: 'Camat Candipuro', nip: '19660228 199203 1 012' };

function tumpang(b: Bagan): string[] {
  const out: string[] = [];
  for (const [i, p] of b.kotak.entries())
    for (const q of b.kotak.slice(i + 1))
      if (p.x < q.x + q.lebar && q.x < p.x + p.lebar && p.y < q.y + q.tinggi && q.y < p.y + p.tinggi) out.push(`${p.kode}/${q.kode}`);
  return out;
}

describe('organisation structure', () => {
  it("accepts a flat list and resolves the signatory as the head's holder", () => {
    expect(periksaStruktur(candipuro)).toEqual([]);
    const akar = pohonStruktur(candipuro, camat);
    expect(akar.kode).toBe('camat');
    expect(akar.pemangku?.nama).toBe('Drs. AGUS SAMSUL HADI');
    expect(akar.anak.map((a) => a.kode)).toEqual(['jf', 'sekcam', 'pem', 'yan', 'pm', 'desa']);
    expect(cariSimpul(akar, 'keu')?.jabatan).toBe('Kepala Sub Bagian Keuangan');
  });
  it('names duplicate codes, unknown superiors, two heads and loops with their field', () => {
    expect(
      periksaStruktur(
        baca([
          { kode: 'a', jabatan: 'A' },
          { kode: 'a', jabatan: 'B', atasan: 'a' },
        ]),
      )[0],
    ).toMatchObject({ jalur: 'unit[1].kode' });
    expect(
      periksaStruktur(
        baca([
          { kode: 'a', jabatan: 'A' },
          { kode: 'b', jabatan: 'B', atasan: 'x' },
        ]),
      )[0],
    ).toMatchObject({ jalur: 'unit[1].atasan', pesan: expect.stringContaining('"x" tidak ada') });
    expect(
      periksaStruktur(
        baca([
          { kode: 'a', jabatan: 'A' },
          { kode: 'b', jabatan: 'B' },
        ]),
      )[0].pesan,
    ).toMatch(/hanya satu unit/);
    const putar = periksaStruktur(
      baca([
        { kode: 'a', jabatan: 'A' },
        { kode: 'b', jabatan: 'B', atasan: 'c' },
        { kode: 'c', jabatan: 'C', atasan: 'b' },
      ]),
    );
    expect(putar[0].pesan).toMatch(/berputar/);
  });
  it('refuses a bad NIP of a holder', () => {
    const r = strukturSchema.safeParse({ dasarHukum: 'x', unit: [{ kode: 'a', jabatan: 'A', pemangku: { nama: 'X', nip: '1968' } }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/18 angka/);
  });
});

describe('text wrapping', () => {
  it('breaks long jabatan names at spaces within the width', () => {
    const baris = bungkusTeks('KEPALA SEKSI PEMERINTAHAN, KETENTERAMAN DAN KETERTIBAN UMUM', 35, 3);
    expect(baris.length).toBeGreaterThan(1);
    for (const b of baris) expect(lebarTeks(b, 3)).toBeLessThanOrEqual(35);
    expect(baris.join(' ')).toBe('KEPALA SEKSI PEMERINTAHAN, KETENTERAMAN DAN KETERTIBAN UMUM');
  });
  it('splits a single word wider than the box with a hyphen', () => {
    const baris = bungkusTeks('PENYELENGGARAANPEMERINTAHAN', 20, 3);
    expect(baris.length).toBeGreaterThan(1);
    expect(baris[0].endsWith('-')).toBe(true);
    for (const b of baris) expect(lebarTeks(b, 3)).toBeLessThanOrEqual(20);
  });
  it('measures capitals wider than lower case (Times metrics)', () => {
    expect(lebarTeks('CAMAT', 3)).toBeGreaterThan(lebarTeks('camat', 3));
  });
});

describe('chart layout', () => {
  const b = tataLetakBagan(pohonStruktur(candipuro, camat), ukuranHalaman('A4'));
  it('fits a kecamatan on a portrait A4 page with legible type and no overlapping boxes', () => {
    expect(b.lanskap).toBe(false);
    expect(b.lebar).toBeLessThanOrEqual(160);
    expect(b.hurufTerkecilPt).toBeGreaterThanOrEqual(7);
    expect(tumpang(b)).toEqual([]);
    for (const k of b.kotak) for (const t of k.baris) expect(lebarTeks(t.teks, t.ukuran, t.tebal)).toBeLessThanOrEqual(k.lebar - 3.5);
  });
  it('puts the head on top, centred over its units, and children below their parent', () => {
    const k = Object.fromEntries(b.kotak.map((x) => [x.kode, x]));
    expect(k.camat.y).toBe(Math.min(...b.kotak.map((x) => x.y)));
    for (const c of ['sekcam', 'pem', 'desa']) expect(k[c].y).toBeGreaterThan(k.camat.y + k.camat.tinggi);
    expect(k.umum.y).toBeGreaterThan(k.sekcam.y + k.sekcam.tinggi);
    // side-by-side siblings share a row
    expect(k.pem.y).toBe(k.yan.y);
    // the NIP never breaks inside its digits
    expect(k.camat.baris.map((x) => x.teks).join(' ')).toContain('NIP. 19660228\u00a0199203\u00a01\u00a0012');
  });
  it('draws the kelompok jabatan fungsional with a dashed line and the others solid', () => {
    expect(b.garis.filter((g) => g.putus)).toHaveLength(1);
    const jf = b.kotak.find((x) => x.kode === 'jf')!;
    const putus = b.garis.find((g) => g.putus)!;
    // beside the trunk, on the left: a horizontal line into the box's right edge
    expect(putus.titik.at(-1)).toEqual([expect.closeTo(jf.x + jf.lebar, 1), expect.closeTo(jf.y + jf.tinggi / 2, 1)]);
    const camatK = b.kotak.find((x) => x.kode === 'camat')!;
    expect(jf.x + jf.lebar).toBeLessThan(camatK.x + camatK.lebar / 2);
  });
  it('stacks leaf groups, then goes landscape, when a structure is too wide', () => {
    const lebar = baca([
      { kode: 'camat', jabatan: 'Camat' },
      ...Array.from({ length: 6 }, (_, i) => ({ kode: `s${i}`, jabatan: `Kepala Seksi ${i}`, atasan: 'camat' })),
      ...Array.from({ length: 8 }, (_, i) => ({ kode: `a${i}`, jabatan: `Staf ${i}`, atasan: `s${i % 4}` })),
    ]);
    const g = tataLetakBagan(pohonStruktur(lebar), ukuranHalaman('A4'));
    expect(g.lanskap).toBe(true);
    expect(g.lebar).toBeLessThanOrEqual(247);
    expect(tumpang(g)).toEqual([]);
    const sempit = baca([
      { kode: 'camat', jabatan: 'Camat' },
      { kode: 'sek', jabatan: 'Sekretaris', atasan: 'camat' },
      ...Array.from({ length: 5 }, (_, i) => ({ kode: `k${i}`, jabatan: `Kepala Sub Bagian ${i}`, atasan: 'sek' })),
      { kode: 'x', jabatan: 'Kepala Seksi', atasan: 'camat' },
    ]);
    const s = tataLetakBagan(pohonStruktur(sempit), ukuranHalaman('A4'));
    expect(s.lanskap).toBe(false);
    expect(tumpang(s)).toEqual([]);
    const k0 = s.kotak.find((x) => x.kode === 'k0')!;
    const k1 = s.kotak.find((x) => x.kode === 'k1')!;
    expect(k1.y).toBeGreaterThan(k0.y); // stacked, not side by side
  });
});
