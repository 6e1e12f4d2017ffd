/** CSV as spreadsheets read it (RFC 4180): comma-separated, quoted when needed, CRLF line ends. */
export type Sel = string | number | null | undefined;

function sel(v: Sel): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers are written in full precision with a dot decimal, so a spreadsheet reads them as numbers. */
export function csv(kepala: string[], baris: Sel[][]): string {
  return [kepala, ...baris].map((b) => b.map(sel).join(',')).join('\r\n') + '\r\n';
}
