/**
 * The organisation structure (susunan organisasi) of the instansi: content/laporan/<id>/struktur.yaml.
 * Entered once as a flat list of units, each naming its superior (`atasan`), as a regulation lists them;
 * the bagan (<BaganOrganisasi>), its text alternative and quotes of a holder (<Pejabat>) are drawn from it.
 */
import { z } from 'zod';
import { teks, kodeRujukan, wajib } from './common.ts';
import { nipSchema } from './laporan.ts';

/** Who holds a position. */
export const pemangkuSchema = z.strictObject({
  /** Full name with titles, e.g. "KUTUM HADI KASIYAN, S.H.". */
  nama: teks.describe('nama lengkap dengan gelar, mis. "KUTUM HADI KASIYAN, S.H."'),
  /** NIP (18 digits, spaces allowed); optional. */
  nip: nipSchema.optional().describe('NIP 18 angka dalam tanda kutip, spasi boleh'),
  /** Rank and grade, e.g. "Penata Tk. I (III/d)"; optional. */
  pangkat: teks.optional().describe('pangkat dan golongan, mis. "Penata Tk. I (III/d)"'),
  /** Acting holder: "Plt" or "Plh"; optional. */
  status: z
    .enum(['Plt', 'Plh'], { error: wajib('harus "Plt" atau "Plh"') })
    .optional()
    .describe('pejabat pelaksana tugas: "Plt" atau "Plh"'),
});

export const unitStrukturSchema = z.strictObject({
  /** Short id the other units (atasan) and <Pejabat unit="…"> use, e.g. "sekcam". */
  kode: kodeRujukan.describe('kode pendek unit, dipakai atasan dan <Pejabat unit>, mis. "sekcam"'),
  /** Position as the regulation names it, e.g. "Sekretaris Kecamatan", "Kepala Seksi Pemerintahan". */
  jabatan: teks.describe('nama jabatan menurut peraturan, mis. "Sekretaris Kecamatan"'),
  /** Name of the unit when it differs from the position, e.g. "Sekretariat"; optional. */
  unit: teks.optional().describe('nama unit bila berbeda dari jabatannya, mis. "Sekretariat Kecamatan"'),
  /** Kode of the superior unit; left out for exactly one unit, the head (camat). */
  atasan: kodeRujukan.optional().describe('kode unit atasannya; dikosongkan hanya untuk camat'),
  /**
   * "struktural" (default), "fungsional" (kelompok jabatan fungsional: drawn with a dashed line),
   * "pelaksana" (staff), or "wilayah" (kelurahan/desa heads under the camat).
   */
  jenis: z
    .enum(['struktural', 'fungsional', 'pelaksana', 'wilayah'], {
      error: wajib('harus "struktural", "fungsional", "pelaksana" atau "wilayah"'),
    })
    .default('struktural')
    .describe('"struktural" (baku), "fungsional", "pelaksana" atau "wilayah" (lurah/kepala desa)'),
  /**
   * Where the unit is drawn under its superior: "bawah" (in the row below, as the seksi are) or
   * "samping" (beside the line down, as the sekretariat and the kelompok jabatan fungsional usually
   * are: fungsional on the left, others on the right). Default: "samping" for fungsional, else "bawah".
   */
  letak: z
    .enum(['samping', 'bawah'], { error: wajib('harus "samping" atau "bawah"') })
    .optional()
    .describe('"samping" (di samping garis, seperti sekretariat) atau "bawah" (baris di bawah)'),
  /**
   * The line to the superior: "komando" (solid: reports to) or "koordinasi" (dashed: coordination or
   * guidance only, e.g. kelompok jabatan fungsional, desa). Default: "koordinasi" for fungsional, else "komando".
   */
  garis: z
    .enum(['komando', 'koordinasi'], { error: wajib('harus "komando" atau "koordinasi"') })
    .optional()
    .describe('"komando" (garis penuh) atau "koordinasi" (garis putus-putus)'),
  /** Eselon, e.g. "III.a"; optional. */
  eselon: teks.optional().describe('eselon, mis. "III.a"'),
  /**
   * The holder: a name (with NIP), or the word "penandatangan" for the camat who signs the report
   * (laporan.yaml), so the name is entered once. Optional: a vacant or unnamed position shows the jabatan only.
   */
  pemangku: z
    .union([z.literal('penandatangan'), pemangkuSchema], { error: wajib('tulis nama pemangku (nama, nip) atau "penandatangan"') })
    .optional()
    .describe('pejabat yang menjabat: nama dan NIP, atau "penandatangan" (camat dari laporan.yaml)'),
  /** A short line under the jabatan, e.g. "10 desa" or "12 kelurahan"; optional. */
  keterangan: teks.optional().describe('baris kecil di bawah jabatan, mis. "10 desa"'),
});

export const strukturSchema = z.strictObject({
  /** The regulation the structure follows, printed as the figure's source line, e.g. "Perbup Lumajang Nomor 96 Tahun 2019". */
  dasarHukum: teks.describe('peraturan yang menjadi dasar susunan organisasi; dicetak sebagai sumber bagan'),
  /** The units, in the order the regulation lists them (siblings are drawn left to right in this order). */
  unit: z.array(unitStrukturSchema).min(1, 'isi sedikitnya 1 unit (camat)').describe('daftar unit/jabatan, berurutan seperti di peraturan'),
});

export type UnitStruktur = z.infer<typeof unitStrukturSchema>;
export type Struktur = z.infer<typeof strukturSchema>;
export type Pemangku = z.infer<typeof pemangkuSchema>;
