/**
 * Source lines under charts and tables, in words for a reader: the kind of data, the instansi and
 * the period it comes from ("Sumber: data realisasi anggaran Kecamatan Jatiroto Tahun 2024"),
 * never a data file's name. Web and print show the same line.
 */

/** A source line made by this module: charts take only these, so no chart can name a data file instead. */
export type KalimatSumber = string & { readonly __kalimatSumber: true };
const kalimat = (s: string) => s as KalimatSumber;

/** What the figures are: the instansi's own performance measurement, or its budget realisation. */
export type JenisData = 'kinerja' | 'anggaran';

const DATA: Record<JenisData, string> = {
  kinerja: 'data pengukuran kinerja',
  anggaran: 'data realisasi anggaran',
};

/** "2019–2023" for consecutive years, else "2019, 2021 dan 2023". */
export function rentangTahun(tahun: number[]): string {
  const t = [...new Set(tahun)].sort((a, b) => a - b);
  if (t.length > 2 && t[t.length - 1] - t[0] === t.length - 1) return `${t[0]}–${t[t.length - 1]}`;
  return daftarKata(t.map(String));
}

function daftarKata(x: string[]): string {
  return x.length < 2 ? (x[0] ?? '') : `${x.slice(0, -1).join(', ')} dan ${x[x.length - 1]}`;
}

/**
 * The source of a report's chart or table. `periode` is the report's period name ("Triwulan II
 * Tahun 2023"); `tahunLalu`, years whose figures come from earlier reports (an indicator's history).
 */
export function sumberData(jenis: JenisData, instansi: string, periode: string, tahunLalu: number[] = []): KalimatSumber {
  const ini = `${DATA[jenis]} ${instansi} ${periode}`;
  if (!tahunLalu.length) return kalimat(`Sumber: ${ini}`);
  return kalimat(`Sumber: Laporan Kinerja ${instansi} Tahun ${rentangTahun(tahunLalu)}; ${ini}`);
}

/** The source of figures gathered from several reports of one instansi (an indicator's page): their periods. */
export function sumberLaporan(instansi: string, periode: string[]): KalimatSumber {
  const unik = [...new Set(periode)];
  const tahun = unik
    .map((p) => /^Tahun (\d{4})$/.exec(p)?.[1])
    .filter((t): t is string => !!t)
    .map(Number);
  const lain = unik.filter((p) => !/^Tahun \d{4}$/.test(p));
  const bagian = [...(tahun.length ? [`Tahun ${rentangTahun(tahun)}`] : []), ...lain];
  return kalimat(`Sumber: Laporan Kinerja ${instansi}${bagian.length ? ` ${daftarKata(bagian)}` : ''}`);
}
