import { describe, expect, it } from 'vitest';
import { csv, netralkan } from '../../src/domain/tampilan/csv.ts';
import { csvGrafik } from '../../src/domain/tampilan/grafik.ts';
import { berkasData, datarkanAnggaran, KOLOM_INDIKATOR } from '../../src/domain/tampilan/unduhan.ts';
import { hitungLaporan } from '../../src/domain/laporan.ts';
import { muatLaporan } from '../../src/data/muat.ts';

const laporan = (id: string) => hitungLaporan(muatLaporan('.', id).data!);

describe('csv', () => {
  it('quotes text holding separators, quotes or line breaks; empty for missing; CRLF', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['Perencanaan, Penganggaran', 'kata "kutip"'],
          [1.5, null],
        ],
      ),
    ).toBe('a,b\r\n"Perencanaan, Penganggaran","kata ""kutip"""\r\n1.5,\r\n');
  });
});

describe('csv formula neutralising (OWASP)', () => {
  it('a text cell starting with =, +, -, @, tab or CR gets an apostrophe and is quoted', () => {
    const teks = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\tisi'];
    const keluar = csv(
      ['kolom'],
      teks.map((t) => [t]),
    )
      .split('\r\n')
      .slice(1, -1);
    expect(keluar).toEqual(['"\'=HYPERLINK(""http://x"",""klik"")"', '"\'+1+1"', '"\'-2+3"', '"\'@SUM(A1)"', '"\'\tisi"']);
    // A cell holding a CR is quoted; the CR stays inside the quotes, after the apostrophe.
    expect(csv(['k'], [['\risi']])).toBe('k\r\n"\'\risi"\r\n');
  });

  it('numbers stay numbers (a negative number is a value, not a formula); text that looks like one is text', () => {
    expect(csv(['a', 'b', 'c'], [[-2.5, 0, 1e-7]])).toBe('a,b,c\r\n-2.5,0,1e-7\r\n');
    expect(csv(['kode'], [['-5']])).toBe('kode\r\n"\'-5"\r\n');
  });

  it('ordinary text is untouched, also with a formula character later in the cell', () => {
    expect(netralkan('Pelayanan = 100%')).toBe('Pelayanan = 100%');
    expect(csv(['a'], [['Indeks Kepuasan Masyarakat'], ['a-b']])).toBe('a\r\nIndeks Kepuasan Masyarakat\r\na-b\r\n');
  });

  it('headers are neutralised too (a chart names its columns after data)', () => {
    expect(
      csvGrafik({
        jenis: 'bar',
        judulKategori: '=Kategori',
        kategori: ['@x'],
        seri: [{ nama: '-Target', nilai: [-3], teks: ['-3'], gaya: 'isi' }],
        satuan: 'Persen',
      }),
    ).toBe('"\'=Kategori","\'-Target"\r\n"\'@x",-3\r\n');
  });

  it('every open-data CSV of a report: names from the data that start a formula are neutralised', () => {
    const data = muatLaporan('.', 'candipuro-2023-tw2').data!;
    const jahat = structuredClone(data);
    const ind = jahat.kinerja.tujuan[0].sasaran[0].indikator[0];
    ind.nama = "=cmd|' /C calc'!A0";
    jahat.anggaran!.program[0].nama = "@SUM(1+1)*cmd|' /C calc'!A0";
    const f = berkasData(hitungLaporan(jahat));
    const sel = (isi: string) =>
      isi
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .flatMap((b) => b.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []);
    for (const b of f.filter((x) => x.jenis === 'csv')) {
      for (const c of sel(b.isi).map((c) => c.replace(/,$/, ''))) expect(c).not.toMatch(/^"?[=+@\t\r]/);
    }
    expect(f[0].isi).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(f[2].isi).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0"`);
    // The JSON keeps the text exactly as entered: it is not read by a spreadsheet.
    expect(JSON.parse(f[1].isi).baris.some((b: { indikator: string }) => b.indikator === ind.nama)).toBe(true);
  });
});

describe('open data of a report', () => {
  it('indicator rows carry the computed capaian at full precision and the predikat (Candipuro)', () => {
    const f = berkasData(laporan('candipuro-2023-tw2'));
    expect(f.map((b) => b.nama)).toEqual(['indikator.csv', 'indikator.json', 'anggaran.csv', 'anggaran.json']);
    const json = JSON.parse(f[1].isi);
    expect(json.kamus.map((k: { nama: string }) => k.nama)).toEqual(KOLOM_INDIKATOR.map((k) => k.nama));
    const s1 = json.baris.find((b: { kode: string }) => b.kode === 'IKU-S1');
    expect(s1).toMatchObject({
      target: 91.5,
      realisasi: 54.9,
      realisasi_tw2: 54.9,
      realisasi_tw1: null,
      capaian_persen: 60,
      predikat: 'Rendah',
    });
    const s2 = json.baris.find((b: { kode: string }) => b.kode === 'IKU-S2');
    expect(s2.capaian_persen).toBeCloseTo(40.6463, 3); // 33,33 / 82: displayed truncated as 40,64
    expect(f[0].isi.startsWith('\uFEFFkode,kode_tujuan,tujuan,kode_sasaran,sasaran,indikator,')).toBe(true);
  });

  it('budget rows: every line once, parents before children, totals as in the report (Candipuro)', () => {
    const r = laporan('candipuro-2023-tw2');
    const datar = datarkanAnggaran(r.program);
    const program = datar.filter((d) => d.baris.tingkat === 'program');
    expect(program.reduce((a, d) => a + d.baris.pagu, 0)).toBe(2_752_150_911);
    expect(program.reduce((a, d) => a + d.baris.realisasi, 0)).toBe(1_483_229_067);
    for (const [i, d] of datar.entries()) if (d.induk) expect(datar.findIndex((x) => x.baris === d.induk)).toBeLessThan(i);
    const json = JSON.parse(berkasData(r)[3].isi);
    expect(json.baris[0]).toMatchObject({ tingkat: 'program', nomor: '1' });
    expect(
      json.baris.some((b: { nomor: string; tingkat: string }) => b.tingkat === 'sub kegiatan' && /^\d+\.\d+\.\d+$/.test(b.nomor)),
    ).toBe(true);
  });

  it('kelurahan are a column (Kedungkandang)', () => {
    const json = JSON.parse(berkasData(laporan('kedungkandang-2022'))[3].isi);
    const units = new Set(json.baris.map((b: { unit: string | null }) => b.unit).filter(Boolean));
    expect(units.size).toBe(12);
  });
});
