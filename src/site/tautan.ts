/** Every URL of the website in one place, so pages, components and tests agree on them. */
export const tautan = {
  beranda: () => '/',
  laporan: (id: string) => `/${id}/`,
  bab: (id: string, kunci: string) => `/${id}/${kunci}/`,
  pdf: (id: string) => `/${id}/${id}.pdf`,
  data: (id: string) => `/${id}/data/`,
  berkasData: (id: string, nama: string) => `/${id}/data/${nama}`,
  indikator: (kunci: string) => `/indikator/${kunci}/`,
  semuaIndikator: () => '/indikator/',
  cari: () => '/cari/',
};

/** Path segments a chapter key may not take: they are pages of the report themselves. */
export const KUNCI_TERPAKAI = ['cetak', 'data'];
