/**
 * The zip container of an .xlsx file, read and written with fflate. What fflate leaves to its caller is
 * here: a size limit checked before anything is unpacked, the encryption bit, and a sentence in
 * Indonesian for each way a file can fail to be a readable zip.
 */
import { unzipSync, zipSync } from 'fflate';

export class ZipRusak extends Error {}

/** A filled workbook unpacks to a few megabytes; a file that unpacks to more is refused, not read into memory. */
const BATAS_ISI = 256 * 2 ** 20;

/** An OLE compound file: what Excel writes for a workbook with a password to open (and the old .xls format). */
const TANDA_OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * fflate unpacks an entry encrypted with a zip password as if it were plain (into garbage): bit 0 of the
 * entry's flags in the central directory says it is encrypted.
 */
function adaTerkunci(data: Buffer): boolean {
  const akhir = data.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  if (akhir < 0 || akhir + 22 > data.length) return false;
  let p = data.readUInt32LE(akhir + 16);
  for (let n = data.readUInt16LE(akhir + 10); n > 0 && p + 46 <= data.length && data.readUInt32LE(p) === 0x02014b50; n--) {
    if (data.readUInt16LE(p + 8) & 1) return true;
    p += 46 + data.readUInt16LE(p + 28) + data.readUInt16LE(p + 30) + data.readUInt16LE(p + 32);
  }
  return false;
}

/** The entries of a zip file by name. Throws ZipRusak when the file is not a readable zip. */
export function bacaZip(data: Buffer): Map<string, Buffer> {
  if (data.subarray(0, 8).equals(TANDA_OLE))
    throw new ZipRusak('berkas terkunci dengan kata sandi, atau berformat Excel 97-2003 (.xls) walau bernama .xlsx');
  if (adaTerkunci(data)) throw new ZipRusak('berkas terkunci dengan kata sandi');
  let nama: string | undefined;
  let total = 0;
  let isi: Record<string, Uint8Array>;
  try {
    isi = unzipSync(data, {
      // Called before each entry is unpacked, with the sizes the directory declares: fflate unpacks into a
      // buffer of exactly the declared size, so the limit holds whatever the compressed data say.
      filter: (f) => {
        nama = f.name;
        if (f.compression !== 0 && f.compression !== 8) throw new ZipRusak(`cara pemadatan ${f.compression} pada ${f.name} tidak dikenal`);
        total += f.originalSize;
        if (total > BATAS_ISI) throw new ZipRusak(`isinya lebih dari 256 MB setelah dibuka (sampai ${f.name})`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ZipRusak) throw e;
    // fflate's code 13 ("invalid zip data"): no end-of-directory record, as in a cut-off file or one that is not a zip.
    if (nama === undefined) throw new ZipRusak((e as { code?: number }).code === 13 ? 'bukan berkas zip' : 'daftar isi zip rusak');
    throw new ZipRusak(`isi zip ${nama} rusak`);
  }
  const hasil = new Map<string, Buffer>();
  for (const [n, b] of Object.entries(isi)) hasil.set(n, Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  return hasil;
}

/** A zip file of the entries, in the given order, deflated; the date is fixed so the same entries give the same bytes. */
export function tulisZip(isi: Map<string, Buffer>): Buffer {
  // fflate writes the date in local time: a local 2020-01-01 00:00 is the same fields in every time zone.
  const tanggal = new Date(2020, 0, 1);
  const masukan: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [nama, data] of isi) masukan[nama] = [data, { mtime: tanggal }];
  const z = zipSync(masukan);
  return Buffer.from(z.buffer, z.byteOffset, z.byteLength);
}
