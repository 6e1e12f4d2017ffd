/** The staff table (sdm.yaml): its typed Jumlah row against the sum of its rows, and each row's groups against its headcount. */
import type { LaporanTerhitung } from '../laporan.ts';
import type { Pencatat } from './pencatat.ts';

/** The typed totals (by sex, status, education, eselon), then every row's status and education counts. */
export function periksaSdm(r: LaporanTerhitung, c: Pencatat): void {
  const sdm = r.data.sdm;
  if (!sdm) return;
  const t = sdm.jumlahTertulis;
  if (t) {
    const j = r.organisasi.sdm!.jumlah;
    for (const key of ['lakiLaki', 'perempuan'] as const)
      if (t[key] !== undefined && (c.banding('sdm.yaml', `jumlahTertulis.${key}`), t[key] !== j[key]))
        c.warn(
          'sdm.yaml',
          `jumlahTertulis.${key}`,
          `baris Jumlah mencetak ${key} ${t[key]} orang, tetapi baris-barisnya berjumlah ${j[key]}`,
        );
    for (const grup of ['status', 'pendidikan', 'eselon'] as const)
      for (const [k, v] of Object.entries(t[grup] ?? {}))
        if ((c.banding('sdm.yaml', `jumlahTertulis.${grup}.${k}`), v !== (j[grup][k] ?? 0)))
          c.warn(
            'sdm.yaml',
            `jumlahTertulis.${grup}.${k}`,
            `baris Jumlah mencetak ${grup} ${k} ${v} orang, tetapi baris-barisnya berjumlah ${j[grup][k] ?? 0}`,
          );
  }
  sdm.baris.forEach((b, i) => {
    const orang = b.lakiLaki + b.perempuan;
    for (const key of ['status', 'pendidikan'] as const) {
      const values = Object.values(b[key]);
      const total = values.reduce((a, x) => a + x, 0);
      if (values.length > 0 && total !== orang)
        c.warn(
          'sdm.yaml',
          `baris[${i}].${key}`,
          `baris "${b.jabatan}": jumlah menurut ${key} ${total} orang, tetapi laki-laki + perempuan ${orang} orang`,
        );
    }
  });
}
