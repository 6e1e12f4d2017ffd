/** What the checker finds in the real reports is pinned: a change in its findings shows up here. */
import { describe, expect, it } from 'vitest';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { JALUR_ANGKA_TEKS } from '../src/data/periksaBab.ts';

/** Figures typed in the chapters' prose are listed on their own (tests/domain/angka-bab.test.ts); counted here. */
const diProsa = (m: { jalur: string }) => m.jalur === JALUR_ANGKA_TEKS;

describe('checker on Candipuro Triwulan II 2023', () => {
  const r = periksaSatu('.', 'candipuro-2023-tw2');
  const temuan = r.masalah.filter((m) => !diProsa(m)).map((m) => `${m.tingkat} ${m.berkas.split('/').pop()} ${m.jalur}`);

  it('the data is valid', () => {
    expect(r.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
    expect(r.laporan).toBeDefined();
  });

  it('finds exactly the known disagreements of the original', () => {
    expect(temuan.sort()).toEqual(
      [
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[0]', // PK target 91,39 (2022's)
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[2]', // Tabel 3.3 realisasi "60%"
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[3]', // Tabel 3.4 realisasi "60%"
        'peringatan kinerja.yaml tujuan[0].sasaran[1].indikator[0].tertulis[0]', // PK target 81,75 (2022's)
        'peringatan anggaran.yaml program[0].kegiatan[1].tertulis.sisa', // 787.256.902 vs 742.256.902
        'peringatan anggaran.yaml program[5].kegiatan[0].subKegiatan[0].tertulis.sisa',
        'peringatan anggaran.yaml program[5].kegiatan[0].subKegiatan[0].tertulis.persen',
      ].sort(),
    );
  });

  it('states entered and computed values', () => {
    const sisa = r.masalah.find((m) => m.jalur === 'program[0].kegiatan[1].tertulis.sisa')!;
    expect(sisa.pesan).toBe('sisa 7.01.01.2.02 tertulis 787.256.902, tetapi pagu − realisasi = 742.256.902');
    expect(sisa.baris).toBeGreaterThan(0);
  });

  it('computes the seed figures', () => {
    const l = r.laporan!;
    expect(l.jumlahAnggaran?.pagu).toBe(2752150911);
    expect(l.jumlahAnggaran?.realisasi).toBe(1483229067);
    expect(l.indikator.map((i) => i.predikat?.predikat)).toEqual(['Rendah', 'Sangat Rendah']);
  });
});

describe('checker on Jatiroto 2024 (draft: data entered, chapters to come)', () => {
  const r = periksaSatu('.', 'jatiroto-2024');
  const pesan = r.masalah.map((m) => m.pesan);

  it('the data is valid', () => {
    expect(r.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
  });

  it('computes the seed figures', () => {
    const l = r.laporan!;
    const c = (k: string) => l.indikator.find((i) => i.input.kode === k)!;
    expect(c('IPP').capaian).toMatchObject({ ok: true });
    expect(c('IKU-2').target).toBe(94.44); // PK Perubahan, not PK awal 88,89
    expect(l.indikator.map((i) => i.predikat?.predikat)).toEqual(['Tinggi', 'Sangat Tinggi', 'Sangat Tinggi']);
    expect(l.jumlahAnggaran?.pagu).toBe(1778336397);
    expect(l.jumlahAnggaran?.paguAwal).toBe(2034406126);
  });

  it('finds the known disagreements of the original', () => {
    expect(r.masalah.filter((m) => !diProsa(m)).length).toBe(35);
    for (const p of [
      'Tabel 3.7 dan 3.8; subbab 3.1.2.5 mencetak capaian indikator IPP 89,43, sedangkan data menghasilkan 89,52',
      'Tabel 3.2, kolom TW IV mencetak realisasi indikator IKU-2 94,44, sedangkan data menghasilkan 100,00',
      'subbab 3.1.2.1, Sasaran Strategis 2 mencetak capaian indikator IKU-2 112,00, sedangkan data menghasilkan 105,88',
      'paguAwal 1 tertulis 1.743.266.949 di Tabel 2.3, tetapi datanya 1.823.606.126 (selisih -80.339.177)',
      'jumlah realisasi tertulis 1.713.542.193, tetapi jumlah seluruh program 1.745.051.543 (selisih -31.509.350)',
      // Tabel 2.4: budgets of the goal and of sasaran 1 that no combination of programs gives.
      'Tabel 2.4 mencetak paguAwal indikator IPP 1.954.066.949, sedangkan data menghasilkan 2.034.406.126',
      'Tabel 2.4 mencetak paguAwal indikator IKU-1 1.752.266.949, sedangkan data menghasilkan 2.008.816.126',
      'Tabel 2.4 mencetak pagu indikator IKU-1 1.709.760.397, sedangkan data menghasilkan 1.762.346.397',
    ])
      expect(pesan).toContain(p);
  });
});

describe('checker on Kedungkandang 2022', () => {
  const r = periksaSatu('.', 'kedungkandang-2022');
  const temuan = r.masalah.filter((m) => !diProsa(m)).map((m) => `${m.tingkat} ${m.berkas.split('/').pop()} ${m.jalur}`);

  it('the data is valid', () => {
    expect(r.masalah.filter((m) => m.tingkat === 'galat')).toEqual([]);
  });

  it('finds exactly the known disagreements of the original', () => {
    expect(temuan.sort()).toEqual(
      [
        // Tabel 3.6 leaves the ketenteraman program out of the IPMas budget.
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[1]',
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].tertulis[2]',
        // Tabel 3.2: capaian of earlier years that their targets and realisasi do not give.
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].riwayat[0].capaianTertulis',
        'peringatan kinerja.yaml tujuan[0].sasaran[0].indikator[0].riwayat[2].capaianTertulis',
        'peringatan kinerja.yaml tujuan[0].sasaran[1].indikator[0].riwayat[0].capaianTertulis',
        'peringatan kinerja.yaml tujuan[0].sasaran[1].indikator[0].riwayat[1].capaianTertulis',
        'peringatan kinerja.yaml tujuan[0].sasaran[1].indikator[0].riwayat[2].capaianTertulis',
        // SAKIP: 110,53% in the narrative (106,36% in Tabel 3.1); Tabel 3.6 realisasi 24.132.775.344.
        'peringatan kinerja.yaml tujuan[0].sasaran[2].indikator[0].tertulis[1]',
        'peringatan kinerja.yaml tujuan[0].sasaran[2].indikator[0].tertulis[2]',
        'peringatan kinerja.yaml tujuan[0].sasaran[2].indikator[0].tertulis[3]',
        'peringatan kinerja.yaml tujuan[0].sasaran[2].indikator[0].riwayat[0].capaianTertulis',
        // Tabel 3.8: 0/0 printed as 0,00%; 25 of 27 printed as 92,31%.
        'peringatan anggaran.yaml program[0].kegiatan[0].subKegiatan[1].indikator[0].capaianTertulis',
        'peringatan anggaran.yaml program[1].kegiatan[1].indikator[0].capaianTertulis',
        'peringatan anggaran.yaml program[1].kegiatan[1].subKegiatan[7].indikator[0].capaianTertulis',
        'peringatan anggaran.yaml program[1].kegiatan[1].subKegiatan[7].indikator[1].capaianTertulis',
        // Tabel 3.7: 51,11% of a 38% target printed as 170,37% (is 134,50%).
        'peringatan anggaran.yaml program[2].indikator[1].capaianTertulis',
        // Tabel 3.9: "Kegiatan Pemberdayaan Kelurahan" carries the total of its first 13 sub kegiatan only.
        'peringatan anggaran.yaml program[2].kegiatan[0].pagu',
        'peringatan anggaran.yaml program[2].kegiatan[0].realisasi',
      ].sort(),
    );
  });

  it('computes the seed figures', () => {
    const l = r.laporan!;
    expect(l.jumlahAnggaran?.pagu).toBe(52705645783);
    expect(l.jumlahAnggaran?.realisasi).toBe(50255526022);
    const s = l.indikator.filter((i) => i.sasaran);
    expect(s.map((i) => i.predikat?.predikat)).toEqual(['Berhasil', 'Sangat Berhasil', 'Berhasil']);
    // IKLI's budget is the kelurahan infrastructure sub kegiatan plus Evaluasi Kelurahan, inside a program that serves IPMas.
    expect(s[1].anggaran?.pagu).toBe(6832661810);
    expect(s[1].anggaran?.realisasi).toBe(6737583481);
  });
});

describe('figures typed in the samples’ prose (each listed, none of them years, regulations, dates or sections)', () => {
  it('Candipuro 2, Jatiroto 75 (its BAB III retypes most of its tables), Kedungkandang none', () => {
    const n = (id: string) => periksaSatu('.', id).masalah.filter(diProsa).length;
    expect([n('candipuro-2023-tw2'), n('jatiroto-2024'), n('kedungkandang-2022')]).toEqual([2, 75, 0]);
  });
});
