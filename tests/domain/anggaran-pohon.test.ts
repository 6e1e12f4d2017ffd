/**
 * The budget tree's levels table and its one walker (src/domain/anggaranPohon.ts): the order of visits, what a
 * parent hands down, stopping below a line, and the schema's nesting built from the same table.
 */
import { describe, expect, it } from 'vitest';
import {
  anakMasukan,
  jalurBaris,
  judulSampai,
  JANGAN_TURUN,
  KUNCI_TINGKAT,
  ratakan,
  sebutanTingkat,
  telusuri,
  telusuriPohon,
  tingkatAnak,
} from '../../src/domain/anggaranPohon.ts';
import { hitungBaris } from '../../src/domain/anggaran.ts';
import { programSchema } from '../../src/schemas/anggaran.ts';

type Simpul = { nama: string; anak: Simpul[]; unit?: string };
const s = (nama: string, anak: Simpul[] = [], unit?: string): Simpul => ({ nama, anak, unit });
const pohon = [s('P1', [s('K1', [s('S1'), s('S2', [], 'B')], 'A'), s('K2')]), s('P2', [s('K3')])];

describe('budget levels, one table', () => {
  it('names, order, children and headings follow from the table', () => {
    expect(KUNCI_TINGKAT).toEqual(['program', 'kegiatan', 'subKegiatan']);
    expect(KUNCI_TINGKAT.map(tingkatAnak)).toEqual(['kegiatan', 'subKegiatan', undefined]);
    expect(sebutanTingkat('subKegiatan')).toBe('sub kegiatan');
    expect(sebutanTingkat('subKegiatan', 'judul')).toBe('Sub Kegiatan');
    expect(judulSampai('kegiatan')).toBe('Program / Kegiatan');
    expect(judulSampai('subKegiatan')).toBe('Program / Kegiatan / Sub Kegiatan');
    expect(jalurBaris([1, 0, 2])).toBe('program[1].kegiatan[0].subKegiatan[2]');
  });

  it('the schema nests each level under the next level key, described from the table', () => {
    const kegiatan = programSchema.shape.kegiatan;
    expect(kegiatan.description).toBe('kegiatan di bawah program ini');
    expect(kegiatan.unwrap().element.shape.subKegiatan.description).toBe('sub kegiatan di bawah kegiatan ini');
    expect(kegiatan.unwrap().element.description).toBe('satu kegiatan');
  });

  it('a computed line takes its level and path from the table', () => {
    const p = hitungBaris({ nama: 'P', kegiatan: [{ nama: 'K', subKegiatan: [{ nama: 'S', pagu: 1 }] }] }, 'program', 'program[0]');
    expect(ratakan([p]).map((b) => [b.tingkat, b.jalur])).toEqual([
      ['program', 'program[0]'],
      ['kegiatan', 'program[0].kegiatan[0]'],
      ['subKegiatan', 'program[0].kegiatan[0].subKegiatan[0]'],
    ]);
  });
});

describe('one tree walker', () => {
  it('visits parents before their children, with parent and position', () => {
    const kunjungan: string[] = [];
    telusuri(pohon, (b, _, { induk, urutan }) => void kunjungan.push(`${b.nama}<${induk?.nama ?? '-'}@${urutan.join('.')}`));
    expect(kunjungan).toEqual(['P1<-@0', 'K1<P1@0.0', 'S1<K1@0.0.0', 'S2<K1@0.0.1', 'K2<P1@0.1', 'P2<-@1', 'K3<P2@1.0']);
    expect(ratakan(pohon).map((b) => b.nama)).toEqual(['P1', 'K1', 'S1', 'S2', 'K2', 'P2', 'K3']);
  });

  it('hands down what a line returns (nothing: what it received)', () => {
    const unit = new Map<string, string | undefined>();
    telusuri(pohon, (b, w: string | undefined) => {
      unit.set(b.nama, b.unit ?? w);
      return b.unit ?? w;
    });
    expect(Object.fromEntries(unit)).toEqual({ P1: undefined, K1: 'A', S1: 'A', S2: 'B', K2: undefined, P2: undefined, K3: undefined });
  });

  it('JANGAN_TURUN stops the walk below that line only', () => {
    const dilihat: string[] = [];
    telusuri(pohon, (b) => (dilihat.push(b.nama), b.nama === 'K1' ? JANGAN_TURUN : undefined));
    expect(dilihat).toEqual(['P1', 'K1', 'K2', 'P2', 'K3']);
  });

  it('walks entered data by the level keys (anakMasukan)', () => {
    type Masukan = { nama: string; kegiatan?: Masukan[]; subKegiatan?: Masukan[] };
    const masukan: Masukan[] = [{ nama: 'P', kegiatan: [{ nama: 'K', subKegiatan: [{ nama: 'S' }] }] }];
    const jalur: string[] = [];
    telusuriPohon<Masukan, undefined>(
      masukan,
      anakMasukan,
      (b, _, { urutan }) => void jalur.push(`${b.nama} ${jalurBaris(urutan)}`),
      undefined,
    );
    expect(jalur).toEqual(['P program[0]', 'K program[0].kegiatan[0]', 'S program[0].kegiatan[0].subKegiatan[0]']);
  });
});
