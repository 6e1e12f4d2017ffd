/**
 * The zip container of an .xlsx file, read and written with node:zlib only: stored and deflated
 * entries, no ZIP64 (a workbook of the size a kecamatan fills is far below 4 GB), no encryption.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export class ZipRusak extends Error {}

/** A filled workbook unpacks to a few megabytes; a file that unpacks to more is refused, not read into memory. */
const BATAS_ISI = 256 * 2 ** 20;

/** The entries of a zip file by name. Throws ZipRusak when the file is not a readable zip. */
export function bacaZip(data: Buffer): Map<string, Buffer> {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
  let akhir = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      akhir = i;
      break;
    }
  if (akhir < 0) throw new ZipRusak('bukan berkas zip');
  const jumlah = data.readUInt16LE(akhir + 10);
  let p = data.readUInt32LE(akhir + 16);
  const isi = new Map<string, Buffer>();
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== 0x02014b50) throw new ZipRusak('daftar isi zip rusak');
    const flag = data.readUInt16LE(p + 8);
    const cara = data.readUInt16LE(p + 10);
    const ukuranTekan = data.readUInt32LE(p + 20);
    const panjangNama = data.readUInt16LE(p + 28);
    const panjangTambahan = data.readUInt16LE(p + 30);
    const panjangKomentar = data.readUInt16LE(p + 32);
    const lokal = data.readUInt32LE(p + 42);
    const nama = data.toString(flag & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + panjangNama);
    p += 46 + panjangNama + panjangTambahan + panjangKomentar;
    if (flag & 1) throw new ZipRusak('berkas terkunci dengan kata sandi');
    if (ukuranTekan === 0xffffffff) throw new ZipRusak('berkas terlalu besar (ZIP64)');
    if (lokal + 30 > data.length || data.readUInt32LE(lokal) !== 0x04034b50) throw new ZipRusak(`isi zip ${nama} rusak`);
    const mulai = lokal + 30 + data.readUInt16LE(lokal + 26) + data.readUInt16LE(lokal + 28);
    const mentah = data.subarray(mulai, mulai + ukuranTekan);
    if (cara === 0) isi.set(nama, mentah);
    else if (cara === 8) {
      try {
        isi.set(nama, inflateRawSync(mentah, { maxOutputLength: BATAS_ISI }));
      } catch (e) {
        throw new ZipRusak(
          (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? `isi ${nama} lebih dari 256 MB` : `isi zip ${nama} rusak`,
        );
      }
    } else throw new ZipRusak(`cara pemadatan ${cara} pada ${nama} tidak dikenal`);
  }
  return isi;
}

/** A zip file of the entries, in the given order, deflated; the date is fixed so the same entries give the same bytes. */
export function tulisZip(isi: Map<string, Buffer>): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const [nama, data] of isi) {
    const n = Buffer.from(nama, 'utf8');
    const tekan = deflateRawSync(data);
    const crc = crc32(data);
    const kepala = Buffer.alloc(30);
    kepala.writeUInt32LE(0x04034b50, 0);
    kepala.writeUInt16LE(20, 4);
    kepala.writeUInt16LE(0x800, 6);
    kepala.writeUInt16LE(8, 8);
    kepala.writeUInt16LE(0, 10); // 00:00
    kepala.writeUInt16LE(((2020 - 1980) << 9) | (1 << 5) | 1, 12); // 2020-01-01
    kepala.writeUInt32LE(crc, 14);
    kepala.writeUInt32LE(tekan.length, 18);
    kepala.writeUInt32LE(data.length, 22);
    kepala.writeUInt16LE(n.length, 26);
    kepala.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    kepala.copy(c, 6, 4, 30); // version needed … name length, extra length: the same fields
    c.writeUInt32LE(offset, 42);
    lokal.push(kepala, n, tekan);
    pusat.push(c, n);
    offset += 30 + n.length + tekan.length;
  }
  const ukuranPusat = pusat.reduce((s, b) => s + b.length, 0);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(isi.size, 8);
  akhir.writeUInt16LE(isi.size, 10);
  akhir.writeUInt32LE(ukuranPusat, 12);
  akhir.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokal, ...pusat, akhir]);
}
