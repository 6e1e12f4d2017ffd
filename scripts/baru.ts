/**
 * npm run baru: a new report folder in content/laporan/. Asks for what it needs when run in a
 * terminal; scripts pass the same as flags:
 *   npm run baru -- --id sukodono-2025 --instansi "Kecamatan Sukodono" --kabupaten Lumajang \
 *     --provinsi "Jawa Timur" --tahun 2025 --periode tahunan --tempat Lumajang --camat "Nama Camat" [--nip "..."] [--skala lumajang-5]
 *   npm run baru -- --dari candipuro-2023-tw2 --id candipuro-2023-tw3 --periode tw3 [--tahun 2023]
 * Never overwrites an existing folder.
 */
import { createInterface } from 'node:readline/promises';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buatLaporan, lanjutkanLaporan, folderLaporan, GagalBaru, type IdentitasBaru } from './lib/baru.ts';
import { periksaSatu } from '../src/data/periksaSemua.ts';
import { formatMasalah } from '../src/data/masalah.ts';
import { checkNip } from '../src/domain/nip.ts';
import type { Laporan } from '../src/schemas/laporan.ts';
import { bacaArgumen, type Pilihan } from './lib/argumen.ts';

const teks = (keterangan: string, nilai = 'TEKS'): Pilihan => ({ type: 'string', nilai, keterangan });
const { nilai: opsi } = bacaArgumen({
  pakai: 'npm run baru [-- pilihan]',
  keterangan:
    'Membuat folder laporan baru di content/laporan/<id>/: identitas, kerangka BAB I-IV dengan petunjuk, data awal,\n' +
    'sebagai draf. Menanyakan yang belum diberikan sebagai pilihan. Dengan --dari: periode berikutnya dari laporan yang ada.\n' +
    'Folder yang sudah ada tidak pernah ditimpa.',
  pilihan: {
    id: teks('id laporan baru: huruf kecil, angka, tanda hubung (mis. sukodono-2025)', 'ID'),
    instansi: teks('nama kecamatan (mis. "Kecamatan Sukodono")'),
    kabupaten: teks('nama kabupaten (tanpa kata "Kabupaten")'),
    kota: teks('nama kota, bila kecamatan di kota (tanpa kata "Kota")'),
    provinsi: teks('provinsi'),
    tahun: teks('tahun laporan', 'TAHUN'),
    periode: teks('tahunan, tw1 … tw4, semester-1 atau semester-2', 'PERIODE'),
    tempat: teks('tempat penandatanganan'),
    camat: teks('nama camat dengan gelar'),
    nip: teks('NIP camat (18 angka)', 'NIP'),
    pangkat: teks('pangkat/golongan camat'),
    skala: teks('skala predikat: nama berkas di content/skala/ tanpa .yaml', 'SKALA'),
    dari: teks('laporan yang ada, sebagai dasar periode berikutnya', 'ID'),
    root: teks('folder proyek (bawaan: folder ini)', 'FOLDER'),
    'tanpa-tanya': { type: 'boolean', keterangan: 'jangan bertanya: yang tidak diberikan memakai nilai bawaan atau ditolak' },
  },
  contoh: [
    'npm run baru',
    'npm run baru -- --id sukodono-2025 --instansi Sukodono --kabupaten Lumajang --provinsi "Jawa Timur" --tahun 2025 \\\n' +
      '    --periode tahunan --tempat Lumajang --camat "Drs. BUDI SANTOSO" --skala lumajang-5',
    'npm run baru -- --dari candipuro-2023-tw2 --id candipuro-2023-tw3 --periode tw3',
  ],
});
const flag = (n: string): string | undefined => (opsi as Record<string, string | undefined>)[n];
const root = resolve(flag('root') ?? '.');
const tanya = !opsi['tanpa-tanya'];
const rl = tanya && process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/**
 * Answers piped in (`printf '…\n…\n' | npm run baru`) are taken as typed, one line per question in order. Read
 * only when a question is asked, so a command given every flag never waits on an open stdin.
 */
let jawabanPipa: string[] | undefined;
async function barisPipa(): Promise<string[]> {
  if (!jawabanPipa) {
    let semua = '';
    for await (const d of process.stdin) semua += d;
    jawabanPipa = semua.split(/\r?\n/);
  }
  return jawabanPipa;
}

/** The next answer (trimmed), or undefined when nobody can answer (no terminal, pipe exhausted, --tanpa-tanya). */
async function jawab(pertanyaan: string): Promise<string | undefined> {
  if (rl) return (await rl.question(pertanyaan)).trim();
  if (!tanya || process.stdin.isTTY) return undefined;
  const baris = await barisPipa();
  if (!baris.length || (baris.length === 1 && baris[0] === '')) return undefined;
  const j = baris.shift()!.trim();
  console.log(`${pertanyaan}${j}`);
  return j;
}

/** A value from its flag, else asked; `periksa` says what is wrong with it (asked again in a terminal, refused otherwise). */
async function isian(nama: string, pertanyaan: string, bawaan?: string, periksa?: (v: string) => string | undefined): Promise<string> {
  const tolakAtauUlang = async (v: string, dariFlag: boolean): Promise<string> => {
    const salah = periksa?.(v);
    if (!salah) return v;
    if (rl && !dariFlag) {
      console.log(`  ${salah}`);
      return isian(nama, pertanyaan, bawaan, periksa);
    }
    throw new GagalBaru(`${dariFlag ? `--${nama}` : pertanyaan}: ${salah}`);
  };
  const v = flag(nama);
  if (v) return tolakAtauUlang(v, true);
  const j = await jawab(`${pertanyaan}${bawaan ? ` [${bawaan}]` : ''}: `);
  if (j) return tolakAtauUlang(j, false);
  if (bawaan !== undefined) return bawaan;
  if (rl && j === '') return isian(nama, pertanyaan, bawaan, periksa);
  throw new GagalBaru(`isian --${nama} belum diberikan (${pertanyaan})`);
}

const salahNip = (v: string) => {
  const c = checkNip(v);
  return c.ok ? undefined : c.reason;
};

/** The predikat scales the project has (content/skala/*.yaml), with their names: the author picks one, none is assumed. */
function daftarSkala(): { id: string; nama: string }[] {
  const dir = join(root, 'content', 'skala');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      nama: String((parse(readFileSync(join(dir, f), 'utf8')) as { nama?: unknown })?.nama ?? ''),
    }));
}

async function pilihSkala(): Promise<string> {
  const skala = daftarSkala();
  const pilihan = skala.map((s, i) => `  ${i + 1}. ${s.id}${s.nama ? ` — ${s.nama}` : ''}`).join('\n');
  const pakai = (v: string) => (/^\d+$/.test(v) && skala[Number(v) - 1] ? skala[Number(v) - 1].id : v);
  if (!flag('skala') && (rl || (tanya && !process.stdin.isTTY))) console.log(`Skala predikat yang tersedia (content/skala/):\n${pilihan}`);
  const v = await isian('skala', 'Skala predikat (nomor atau nama berkas)', undefined, (x) =>
    skala.some((s) => s.id === pakai(x)) ? undefined : `skala "${x}" tidak ada; pilih salah satu:\n${pilihan}`,
  ).catch((e: unknown) => {
    if (e instanceof GagalBaru && /belum diberikan/.test(e.message))
      throw new GagalBaru(
        `skala predikat belum dipilih: tulis --skala dengan salah satu dari ${skala.map((s) => s.id).join(', ')} (content/skala/)`,
      );
    throw e;
  });
  return pakai(v);
}

/**
 * What was written must pass `npm run check`; otherwise the new folder is removed again and the reasons shown.
 * A next period (--dari) keeps its predecessor's chapters, whose references to figures cleared for the new period
 * are listed as work to do rather than refused (they resolve once the data is entered).
 */
function periksaYangDitulis(id: string, babBolehMenunggu = false): void {
  const semua = periksaSatu(root, id).masalah.filter((m) => m.tingkat === 'galat');
  const menunggu = babBolehMenunggu ? semua.filter((m) => m.berkas.includes('/bab/')) : [];
  const galat = semua.filter((m) => !menunggu.includes(m));
  if (menunggu.length)
    console.log(
      `\nBab yang masih merujuk data yang dikosongkan (lolos npm run check setelah data diisi):\n${menunggu.map(formatMasalah).join('\n')}`,
    );
  if (!galat.length) return;
  rmSync(folderLaporan(root, id), { recursive: true, force: true });
  throw new GagalBaru(
    `hasilnya tidak lolos pemeriksaan (npm run check), jadi tidak ada yang ditulis:\n${galat.map(formatMasalah).join('\n')}`,
  );
}

/** "tahunan", "tw2"/"triwulan-2", "semester-1"/"s1". */
function bacaPeriode(s: string): Laporan['periode'] {
  const t = s.toLowerCase().replace(/\s+/g, '');
  if (t === 'tahunan') return { jenis: 'tahunan' };
  const tw = /^(?:tw|triwulan-?)([1-4])$/.exec(t);
  if (tw) return { jenis: 'triwulan', ke: Number(tw[1]) };
  const sm = /^(?:s|semester-?)([12])$/.exec(t);
  if (sm) return { jenis: 'semester', ke: Number(sm[1]) };
  throw new GagalBaru(`periode "${s}" tidak dikenal: tulis tahunan, tw1 … tw4, atau semester-1 / semester-2`);
}

function bacaTahun(s: string): number {
  if (!/^\d{4}$/.test(s)) throw new GagalBaru(`tahun "${s}" harus 4 angka, mis. 2025`);
  return Number(s);
}

try {
  const dari = flag('dari');
  if (dari) {
    const id = await isian('id', 'Id laporan baru (huruf kecil dan tanda hubung, mis. candipuro-2024)');
    const periode = bacaPeriode(await isian('periode', 'Periode (tahunan, tw1 … tw4, semester-1, semester-2)'));
    const tahun = bacaTahun(await isian('tahun', 'Tahun', flag('tahun') ?? String(new Date().getFullYear())));
    const { berkas, catatan } = lanjutkanLaporan(root, dari, { id, tahun, periode });
    periksaYangDitulis(id, true);
    console.log(`Laporan ${id} dibuat dari ${dari} (${berkas.length} berkas/folder).`);
    for (const c of catatan) console.log(`- ${c}`);
    console.log(
      `\nLangkah berikutnya: isi data (npm run templat -- ${id}, lalu npm run impor -- ${id} <berkas.xlsx>), lalu lihat pratinjau dengan npm run dev.`,
    );
  } else {
    const id = await isian('id', 'Id laporan (huruf kecil dan tanda hubung, mis. sukodono-2025)');
    let instansi = await isian('instansi', 'Nama kecamatan (mis. Kecamatan Sukodono)');
    if (!/^kecamatan\s/i.test(instansi)) instansi = `Kecamatan ${instansi}`;
    const kota = flag('kota');
    const jenis = kota
      ? 'kota'
      : flag('kabupaten')
        ? 'kabupaten'
        : ((await isian('jenis', 'Kabupaten atau kota', 'kabupaten')).toLowerCase() as 'kabupaten' | 'kota');
    if (jenis !== 'kabupaten' && jenis !== 'kota') throw new GagalBaru('jawab "kabupaten" atau "kota"');
    const namaPemerintah = kota ?? flag('kabupaten') ?? (await isian('pemerintah', `Nama ${jenis} (tanpa kata "${jenis}")`));
    const x: IdentitasBaru = {
      id,
      instansi,
      pemerintah: { jenis, nama: namaPemerintah },
      provinsi: await isian('provinsi', 'Provinsi', 'Jawa Timur'),
      tahun: bacaTahun(await isian('tahun', 'Tahun laporan', String(new Date().getFullYear()))),
      periode: bacaPeriode(await isian('periode', 'Periode (tahunan, tw1 … tw4, semester-1, semester-2)', 'tahunan')),
      tempat: await isian('tempat', 'Tempat penandatanganan', namaPemerintah),
      camat: {
        nama: await isian('camat', 'Nama camat (dengan gelar)'),
        nip: (await isian('nip', 'NIP camat (18 angka; kosongkan bila belum ada)', '', salahNip)) || undefined,
        pangkat: flag('pangkat'),
      },
      skala: await pilihSkala(),
    };
    const berkas = buatLaporan(root, x);
    periksaYangDitulis(id);
    console.log(`Laporan ${id} dibuat di content/laporan/${id}/ (${berkas.length} berkas), sebagai draf.`);
    console.log(
      `\nLangkah berikutnya:\n  1. npm run templat -- ${id}      lembar kerja Excel untuk mengisi indikator dan anggaran\n  2. npm run impor -- ${id} <berkas.xlsx>\n  3. npm run dev                    pratinjau situs dan halaman cetak`,
    );
  }
} catch (e) {
  if (e instanceof GagalBaru) {
    console.error(`Tidak dibuat: ${e.message}`);
    process.exitCode = 1;
  } else if ((e as Error).name === 'AbortError') {
    // Ctrl+C or Ctrl+D at a question.
    console.error('\nDibatalkan; tidak ada yang dibuat.');
    process.exitCode = 1;
  } else throw e;
} finally {
  rl?.close();
}
