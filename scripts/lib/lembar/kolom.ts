/**
 * The workbook's sheets and columns, declared once: the template writes these headers, the import
 * finds columns by them (in any order), and messages name them. Headers are what staff read in Excel.
 */
/** tanggal: read from a date cell, an ISO date or a day/month/year text, kept as "YYYY-MM-DD". */
export type JenisKolom = 'teks' | 'angka' | 'kode' | 'tanggal';

export interface Kolom {
  kunci: string;
  judul: string;
  jenis: JenisKolom;
  /** Shown in the instructions sheet. */
  petunjuk: string;
  lebar?: number;
}

export interface Lembar {
  nama: string;
  /** The data file it fills. */
  berkas: string;
  kolom: Kolom[];
}

const k = (kunci: string, judul: string, jenis: JenisKolom, petunjuk: string, lebar = 14): Kolom => ({
  kunci,
  judul,
  jenis,
  petunjuk,
  lebar,
});

export const INDIKATOR: Lembar = {
  nama: 'Indikator',
  berkas: 'kinerja.yaml + realisasi.yaml',
  kolom: [
    k('kodeTujuan', 'Kode tujuan', 'teks', 'Kode singkat tujuan, mis. T1.', 10),
    k('tujuan', 'Tujuan', 'teks', 'Nama tujuan dari Renstra.', 30),
    k('kodeSasaran', 'Kode sasaran', 'teks', 'Kode sasaran, mis. S1. Kosongkan untuk indikator tujuan.', 10),
    k('sasaran', 'Sasaran', 'teks', 'Nama sasaran strategis. Kosongkan untuk indikator tujuan.', 30),
    k('kode', 'Kode indikator', 'teks', 'Kode unik indikator, mis. IKU-1. Dipakai di bab: <Nilai indikator="IKU-1" />.', 12),
    k('nama', 'Indikator', 'teks', 'Nama indikator seperti di Perjanjian Kinerja.', 40),
    k('satuan', 'Satuan', 'teks', 'persen, indeks, nilai, dokumen, …', 10),
    k(
      'polaritas',
      'Polaritas',
      'teks',
      '"positif" (makin tinggi makin baik) atau "negatif" (makin rendah makin baik). Kosong = positif.',
      10,
    ),
    k(
      'agregasi',
      'Agregasi triwulan',
      'teks',
      '"terakhir" (nilai s.d. triwulan terakhir), "kumulatif" (jumlah triwulan) atau "maksimum". Kosong = terakhir.',
      12,
    ),
    k('pkAwal', 'Target PK', 'angka', 'Target di Perjanjian Kinerja awal tahun.'),
    k('pkPerubahan', 'Target PK Perubahan', 'angka', 'Target di PK Perubahan, bila PK diubah. Kosongkan bila tidak ada.'),
    k('renstra', 'Target Renstra tahun ini', 'angka', 'Target Renstra untuk tahun laporan.'),
    k('akhir', 'Target akhir Renstra', 'angka', 'Target pada akhir periode Renstra.'),
    k('tw1', 'Realisasi TW I', 'angka', 'Realisasi triwulan I. Kosong = belum ada (bukan nol).'),
    k('tw2', 'Realisasi TW II', 'angka', 'Realisasi triwulan II.'),
    k('tw3', 'Realisasi TW III', 'angka', 'Realisasi triwulan III.'),
    k('tw4', 'Realisasi TW IV', 'angka', 'Realisasi triwulan IV.'),
    k('tahunan', 'Realisasi tahunan', 'angka', 'Realisasi setahun, bila tidak diisi per triwulan.'),
    k('rumus', 'Rumus', 'teks', 'Cara menghitung, seperti di dokumen IKU.', 30),
    k('sumberData', 'Sumber data', 'teks', 'Asal data.', 20),
    k('penanggungJawab', 'Penanggung jawab', 'teks', 'Seksi atau pejabat yang bertanggung jawab.', 20),
  ],
};

export const ANGGARAN: Lembar = {
  nama: 'Anggaran',
  berkas: 'anggaran.yaml',
  kolom: [
    k(
      'tingkat',
      'Tingkat',
      'teks',
      '"program", "kegiatan" atau "sub kegiatan". Kegiatan ada di bawah program di atasnya; sub kegiatan di bawah kegiatan di atasnya.',
      12,
    ),
    k('kode', 'Kode rekening', 'kode', 'Mis. 7.01.01.2.01.0001. Spasi dan titik di akhir dibuang.', 20),
    k('nama', 'Nama', 'teks', 'Nama program, kegiatan atau sub kegiatan.', 50),
    k('unit', 'Kelurahan/desa', 'teks', 'Kelurahan/desa pelaksana (harus ada di daftar wilayah laporan.yaml). Kosong bila tidak ada.', 16),
    k('sumberDana', 'Sumber dana', 'teks', 'Mis. DAU, DBHCHT. Boleh kosong.', 12),
    k(
      'sasaran',
      'Sasaran',
      'teks',
      'Kode sasaran yang didukung, pisahkan dengan koma (mis. S1, S2). Boleh kosong untuk mengikuti induknya.',
      10,
    ),
    k('paguAwal', 'Pagu awal', 'angka', 'Pagu sebelum perubahan anggaran (rupiah). Boleh kosong.', 16),
    k('pagu', 'Pagu', 'angka', 'Pagu anggaran (rupiah). Isi di tingkat terendah; jumlah induk dihitung sendiri.', 16),
    k('realisasi', 'Realisasi', 'angka', 'Realisasi anggaran (rupiah). Isi di tingkat terendah.', 16),
  ],
};

export const SDM: Lembar = {
  nama: 'SDM',
  berkas: 'sdm.yaml',
  kolom: [
    k('jabatan', 'Jabatan', 'teks', 'Jabatan, mis. Camat, Sekretaris, Tenaga Kontrak.', 30),
    k('lakiLaki', 'Laki-laki', 'angka', 'Jumlah pegawai laki-laki.', 10),
    k('perempuan', 'Perempuan', 'angka', 'Jumlah pegawai perempuan.', 10),
    k('keterangan', 'Keterangan', 'teks', 'Mis. Plt.', 14),
  ],
};
/** SDM columns counted by a key: "Status: PNS", "Pendidikan: S1", "Eselon: IV". */
export const GRUP_SDM = { status: 'Status', pendidikan: 'Pendidikan', eselon: 'Eselon' } as const;
export const GRUP_SDM_BAWAAN = { status: ['PNS', 'PPPK', 'Non ASN'], pendidikan: ['SMA', 'D3', 'S1', 'S2'], eselon: ['III', 'IV'] };

export const SARANA: Lembar = {
  nama: 'Sarana',
  berkas: 'sarana.yaml',
  kolom: [
    k('nama', 'Nama barang', 'teks', 'Nama sarana/prasarana.', 36),
    k('satuan', 'Satuan', 'teks', 'unit, buah, …', 10),
    k('jumlah', 'Jumlah', 'angka', 'Banyaknya.', 10),
    k('kondisi', 'Kondisi', 'teks', '"baik", "kurang baik", "rusak ringan" atau "rusak berat".', 14),
    k('keterangan', 'Keterangan', 'teks', 'Boleh kosong.', 20),
  ],
};

export const LEMBAR = [INDIKATOR, ANGGARAN, SDM, SARANA];

/** Column letters as Excel shows them: 0 -> A, 26 -> AA. */
export function hurufKolom(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
