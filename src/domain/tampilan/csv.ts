/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, quoted when needed, CRLF line ends.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell that starts with =, +, -, @, a tab or a
 * carriage return is read by Excel and LibreOffice as a formula, so such a cell gets a leading
 * apostrophe and is quoted. Numbers are written as numbers and never prefixed: a negative number
 * such as -2.5 is a value, not a formula, and a spreadsheet must keep reading it as one. Text that
 * merely looks like a negative number ("-5" as a name or kode) is text and is prefixed.
 */
export type Sel = string | number | null | undefined;

/** The first characters that make a spreadsheet evaluate a cell (OWASP's list). */
const AWAL_RUMUS = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet: the apostrophe tells it "this is text". */
export function netralkan(s: string): string {
  return AWAL_RUMUS.test(s) ? `'${s}` : s;
}

/** The reverse, for a downloaded CSV imported back: "'=SUM(A1)" is the text "=SUM(A1)"; any other apostrophe stays. */
export function pulihkan(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

function sel(v: Sel): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = netralkan(v);
  return s !== v || /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers are written in full precision with a dot decimal, so a spreadsheet reads them as numbers. */
export function csv(kepala: string[], baris: Sel[][]): string {
  return [kepala, ...baris].map((b) => b.map(sel).join(',')).join('\r\n') + '\r\n';
}
