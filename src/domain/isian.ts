/**
 * Reading what people type into spreadsheet cells and CSV. Numbers: "1.234.567,89" (Indonesian),
 * "1,234,567.89" (English), "54,90", "Rp 2.500.000", "60%". A figure that could be read two ways
 * ("1.234": one thousand two hundred thirty-four, or one point two three four) is refused, never guessed.
 */
export type HasilBaca = { ok: true; nilai: number } | { ok: false; alasan: string };

const gagal = (alasan: string): HasilBaca => ({ ok: false, alasan });

function bersihkan(teks: string): { s: string; negatif: boolean } {
  let s = teks
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0]/g, '');
  let negatif = false;
  if (/^\(.*\)$/.test(s)) ((negatif = true), (s = s.slice(1, -1)));
  if (/^[-−]/.test(s)) ((negatif = true), (s = s.slice(1)));
  return { s, negatif };
}

/** Which way a cell writes numbers, when it shows: "54,90" or "1.234.567" Indonesian, "54.90" or "1,234,567" English. */
export function caraAngka(teks: string): 'id' | 'en' | undefined {
  const s = bersihkan(teks).s;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) return 'id';
  if (/^\d+,\d+$/.test(s) && !/^[1-9]\d{0,2},\d{3}$/.test(s)) return 'id';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !/^[1-9]\d{0,2},\d{3}$/.test(s)) return 'en';
  if (/^\d+\.\d+$/.test(s) && !/^[1-9]\d{0,2}\.\d{3}$/.test(s)) return 'en';
  return undefined;
}

/**
 * `cara`: how the rest of the sheet writes numbers. "500.000" alone could be either; in a sheet
 * that elsewhere writes "1.000.000,00" it is five hundred thousand.
 */
export function bacaAngka(teks: string, cara?: 'id' | 'en'): HasilBaca {
  const { s, negatif } = bersihkan(teks);
  const jadi = (x: string): HasilBaca => ({ ok: true, nilai: (negatif ? -1 : 1) * Number(x) });
  if (s === '') return gagal('kosong');
  if (/^\d+$/.test(s)) return jadi(s);
  // Both separators with exactly three digits after the last: a thousands separator typed wrong ("21.600,000" for
  // 21.600.000) as likely as three decimals, and a thousandfold difference; refused rather than guessed.
  if (/^\d{1,3}(\.\d{3})+,\d{3}$/.test(s) || /^\d{1,3}(,\d{3})+\.\d{3}$/.test(s))
    return gagal(
      `"${teks.trim()}" dapat dibaca dua cara: pemisah terakhir diikuti tiga angka, seperti pemisah ribuan (${s.replace(/[.,]/g, '.')}?); tulis tanpa pemisah ribuan (mis. ${s.replace(/[.,]/g, '')}) atau dengan desimal yang jelas`,
    );
  // Both separators: the last one is the decimal mark.
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) return jadi(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) return jadi(s.replace(/,/g, ''));
  // Several of one separator: thousands.
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) return jadi(s.replace(/\./g, ''));
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) return jadi(s.replace(/,/g, ''));
  // One separator followed by exactly three digits, after 1-3 digits not starting with 0: ambiguous.
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(s)) {
    const ribuan = (cara === 'id' && s.includes('.')) || (cara === 'en' && s.includes(','));
    if (cara) return ribuan ? jadi(s.replace(/[.,]/, '')) : jadi(s.replace(',', '.'));
    return gagal(
      `"${teks.trim()}" dapat dibaca dua cara (ribuan atau desimal); tulis tanpa pemisah ribuan (mis. 1234) atau dengan desimal yang jelas (mis. 1,2340)`,
    );
  }
  // One separator otherwise: a decimal mark, comma (Indonesian) or point.
  if (/^\d+[.,]\d+$/.test(s)) return jadi(s.replace(',', '.'));
  return gagal(`"${teks.trim()}" bukan angka yang dikenali (contoh yang benar: 1234567,89 atau 1.234.567,89)`);
}

/**
 * Kode rekening as typed ("7.01.01.2.01", "7 .01.01", "'7.01.01." from a spreadsheet) to one form:
 * no spaces, no leading apostrophe, no trailing point. Permendagri 90 codes, ordinals (1.2) or letters.
 */
export function normalkanKode(teks: string): string {
  return teks.trim().replace(/^'/, '').replace(/\s+/g, '').replace(/\.+$/, '');
}

export const POLA_KODE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/;
