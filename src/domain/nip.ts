/**
 * NIP (Nomor Induk Pegawai): 18 digits, written "19680407 198903 1 006":
 * birth date (YYYYMMDD), appointment (YYYYMM), sex (1 or 2), serial (3 digits).
 */
export type NipCheck = { ok: true; digits: string } | { ok: false; reason: string };

/** A NIP without its spaces. */
export function normaliseNip(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Is a NIP well-formed (18 digits, a plausible birth date and appointment year-month, sex 1 or 2)? The reason when not. */
export function checkNip(text: string): NipCheck {
  const digits = normaliseNip(text);
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'NIP hanya boleh berisi angka dan spasi' };
  if (digits.length !== 18) return { ok: false, reason: `NIP harus 18 angka, tertulis ${digits.length} angka` };
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6, 8));
  const birth = new Date(Date.UTC(y, m - 1, d));
  const realDate = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d;
  if (!realDate || y < 1940 || y > 2010) {
    return { ok: false, reason: `8 angka pertama NIP (${digits.slice(0, 8)}) bukan tanggal lahir yang masuk akal (YYYYMMDD)` };
  }
  const ay = Number(digits.slice(8, 12));
  const am = Number(digits.slice(12, 14));
  if (am < 1 || am > 12 || ay < y + 17) {
    return { ok: false, reason: `angka ke-9 s.d. 14 NIP (${digits.slice(8, 14)}) bukan tahun-bulan pengangkatan yang masuk akal` };
  }
  const sex = digits[14];
  if (sex !== '1' && sex !== '2') return { ok: false, reason: `angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis ${sex}` };
  return { ok: true, digits };
}

/** Display form "19680407 198903 1 006". */
export function formatNip(text: string): string {
  const d = normaliseNip(text);
  if (d.length !== 18) return text;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}
