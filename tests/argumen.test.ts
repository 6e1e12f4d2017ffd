/** The one argument reader every command uses (scripts/lib/argumen.ts), in-process; tests/perintah.test.ts runs the commands. */
import { describe, expect, it } from 'vitest';
import { uraiArgumen, teksBantuan, type Perintah, type Pilihan } from '../scripts/lib/argumen.ts';

const P = {
  pakai: 'npm run contoh -- <id-laporan> [pilihan]',
  keterangan: 'Perintah contoh.',
  pilihan: {
    keluar: { type: 'string', nilai: 'FOLDER', keterangan: 'folder tujuan' },
    tulis: { type: 'boolean', keterangan: 'tulis tanpa bertanya' },
    berkas: { type: 'string', multiple: true, keterangan: 'berkas masukan' },
  },
  posisi: { nama: 'id-laporan', min: 1, maks: 1 },
  contoh: ['npm run contoh -- a'],
} satisfies Perintah<Record<string, Pilihan>>;

describe('uraiArgumen', () => {
  it('gives typed values and positionals', () => {
    expect(uraiArgumen(P, ['a', '--keluar', 'x', '--tulis', '--berkas', '1', '--berkas=2'])).toEqual({
      jenis: 'jalan',
      nilai: { keluar: 'x', tulis: true, berkas: ['1', '2'] },
      posisi: ['a'],
    });
  });

  it('--help and -h mean the usage, even beside a mistake', () => {
    for (const a of [['--help'], ['-h'], ['--salah', '--help'], ['a', 'b', '-h']]) expect(uraiArgumen(P, a)).toEqual({ jenis: 'bantuan' });
  });

  it.for([
    [['a', '--salah'], 'pilihan tidak dikenal: --salah'],
    [['a', '-x'], 'pilihan tidak dikenal: -x'],
    [['a', '--keluar'], 'pilihan --keluar memerlukan nilai'],
    [['a', '--tulis=ya'], 'pilihan --tulis tidak memakai nilai'],
    [[], 'kurang argumen: tulis id-laporan'],
    [['a', 'b', 'c'], 'argumen tidak diharapkan: b c'],
  ] as const)('refuses %j: %s', ([args, alasan]) => {
    expect(uraiArgumen(P, [...args])).toEqual({ jenis: 'tolak', alasan });
  });

  it('a command without positionals refuses any', () => {
    expect(uraiArgumen({ ...P, posisi: undefined }, ['a'])).toEqual({ jenis: 'tolak', alasan: 'argumen tidak diharapkan: a' });
  });
});

describe('teksBantuan', () => {
  it('lists how to type it, what it does, every option with its value and the examples, in Indonesian', () => {
    const t = teksBantuan(P);
    expect(t).toMatch(/^Pemakaian: npm run contoh -- <id-laporan> \[pilihan\]\n\nPerintah contoh\.\n\nPilihan:\n/);
    expect(t).toMatch(/ {6}--keluar FOLDER +folder tujuan\n/);
    expect(t).toMatch(/--berkas NILAI +berkas masukan \(boleh berulang\)\n/);
    expect(t).toMatch(/ {2}-h, --help +tampilkan bantuan ini lalu berhenti\n/);
    expect(t).toMatch(/Contoh:\n {2}npm run contoh -- a\n$/);
  });
});
