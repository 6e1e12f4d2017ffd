/**
 * Turning workbook rows into the report's data files without losing what the workbook does not hold:
 * each file is edited in place as a YAML document (comments, history, typed figures, counting
 * details stay), the result is validated as a whole before anything is written, the changes are
 * listed, and every file replaced is first copied to cadangan/<time>/ in the report folder.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument, isMap, isSeq, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { periksaSatu } from '../../../src/data/periksaSemua.ts';
import { formatMasalah } from '../../../src/data/masalah.ts';
import { INDIKATOR, ANGGARAN, SDM, SARANA, type Lembar } from './kolom.ts';
import type { BarisLembar, Nilai } from './baca.ts';
import { folderLaporan } from '../baru.ts';
import { simpulIndikator } from '../simpul-yaml.ts';

export interface Perubahan {
  berkas: string;
  lama: string | undefined;
  baru: string;
  /** "program[0].pagu: 1.000 → 2.000"-style lines. */
  rincian: string[];
}

export interface HasilTerapkan {
  perubahan: Perubahan[];
  galat: string[];
  /** Sheets that were present but empty, so left alone. */
  dilewati: string[];
}

const bacaDoc = (dir: string, f: string): Document | undefined =>
  existsSync(join(dir, f)) ? parseDocument(readFileSync(join(dir, f), 'utf8')) : undefined;

/** Set a value, or remove it when the cell is empty. */
function isi(node: YAMLMap, kunci: string, v: Nilai): void {
  if (v === undefined) node.delete(kunci);
  else node.set(kunci, v);
}

function anak(node: YAMLMap, kunci: string): YAMLMap {
  const n = node.get(kunci);
  if (isMap(n)) return n;
  const baru = new YAMLMap();
  node.set(kunci, baru);
  return baru;
}

function terapkanIndikator(kin: Document, real: Document, baris: BarisLembar[], tahun: number, galat: string[]): void {
  const indikatorLama = simpulIndikator(kin);
  const tujuanLama = new Map(
    ((kin.get('tujuan') as YAMLSeq | undefined)?.items ?? []).filter(isMap).map((m) => [String(m.get('kode')), m as YAMLMap]),
  );
  const tujuan = new Map<string, { node: YAMLMap; indikator: YAMLMap[]; sasaran: Map<string, { node: YAMLMap; indikator: YAMLMap[] }> }>();
  const dipakai = new Set<string>();
  for (const b of baris) {
    const v = b.nilai;
    const tempat = `Indikator baris ${b.nomor}`;
    if (!v.kode || !v.nama || !v.kodeTujuan) {
      galat.push(`${tempat}: isi sedikitnya "Kode tujuan", "Kode indikator" dan "Indikator"`);
      continue;
    }
    const kode = String(v.kode);
    if (dipakai.has(kode)) {
      galat.push(`${tempat}: kode indikator "${kode}" sudah dipakai di baris sebelumnya`);
      continue;
    }
    dipakai.add(kode);
    const kt = String(v.kodeTujuan);
    if (!tujuan.has(kt)) {
      const node = tujuanLama.get(kt) ?? new YAMLMap();
      node.set('kode', kt);
      tujuan.set(kt, { node, indikator: [], sasaran: new Map() });
    }
    const tj = tujuan.get(kt)!;
    if (v.tujuan) tj.node.set('nama', v.tujuan);
    else if (!tj.node.has('nama')) galat.push(`${tempat}: isi nama tujuan ${kt}`);
    const ind = indikatorLama.get(kode) ?? new YAMLMap();
    ind.set('kode', kode);
    ind.set('nama', v.nama);
    // Satuan is required: an empty cell keeps the one in the file (or "persen" for a new indicator).
    if (v.satuan !== undefined) ind.set('satuan', v.satuan);
    else if (!ind.has('satuan')) ind.set('satuan', 'persen');
    for (const [kunci, bawaan] of [
      ['polaritas', 'positif'],
      ['agregasi', 'terakhir'],
    ] as const) {
      // A default the file never spelled out stays unwritten.
      if (v[kunci] === undefined || (v[kunci] === bawaan && !ind.has(kunci))) ind.delete(kunci);
      else ind.set(kunci, v[kunci]);
    }
    for (const kunci of ['rumus', 'sumberData', 'penanggungJawab'] as const) isi(ind, kunci, v[kunci]);
    const target = anak(ind, 'target');
    isi(target, 'pkAwal', v.pkAwal);
    isi(target, 'pkPerubahan', v.pkPerubahan);
    isi(target, 'akhir', v.akhir);
    const renstra = anak(target, 'renstra');
    isi(renstra, String(tahun), v.renstra);
    if (!renstra.items.length) target.delete('renstra');
    if (v.kodeSasaran) {
      const ks = String(v.kodeSasaran);
      if (!tj.sasaran.has(ks)) {
        const lama = ((tj.node.get('sasaran') as YAMLSeq | undefined)?.items ?? []).find(
          (s) => isMap(s) && String(s.get('kode')) === ks,
        ) as YAMLMap | undefined;
        const node = lama ?? new YAMLMap();
        node.set('kode', ks);
        tj.sasaran.set(ks, { node, indikator: [] });
      }
      const s = tj.sasaran.get(ks)!;
      if (v.sasaran) s.node.set('nama', v.sasaran);
      else if (!s.node.has('nama')) galat.push(`${tempat}: isi nama sasaran ${ks}`);
      s.indikator.push(ind);
    } else tj.indikator.push(ind);

    // Realisasi of the indicator, in realisasi.yaml.
    const r = isMap(real.get(kode)) ? (real.get(kode) as YAMLMap) : new YAMLMap();
    for (const kunci of ['tw1', 'tw2', 'tw3', 'tw4', 'tahunan'] as const) isi(r, kunci, v[kunci]);
    if (r.items.length) real.set(kode, r);
    else real.delete(kode);
  }
  const seq = (xs: YAMLMap[]) => {
    const s = new YAMLSeq();
    s.items.push(...xs);
    return s;
  };
  kin.set(
    'tujuan',
    seq(
      [...tujuan.values()].map((tj) => {
        if (tj.indikator.length) tj.node.set('indikator', seq(tj.indikator));
        else tj.node.delete('indikator');
        if (tj.sasaran.size)
          tj.node.set('sasaran', seq([...tj.sasaran.values()].map((s) => (s.node.set('indikator', seq(s.indikator)), s.node))));
        else tj.node.delete('sasaran');
        return tj.node;
      }),
    ),
  );
  // Realisasi of indicators no longer in the report would be reported as unknown: they go too.
  if (isMap(real.contents))
    for (const it of [...real.contents.items])
      if (!dipakai.has(String((it.key as { value?: unknown })?.value ?? it.key))) real.delete(it.key);
}

const TINGKAT: Record<string, { kunci: 'program' | 'kegiatan' | 'subKegiatan'; induk?: 'program' | 'kegiatan' }> = {
  program: { kunci: 'program' },
  kegiatan: { kunci: 'kegiatan', induk: 'program' },
  'sub kegiatan': { kunci: 'subKegiatan', induk: 'kegiatan' },
  subkegiatan: { kunci: 'subKegiatan', induk: 'kegiatan' },
};

function terapkanAnggaran(ang: Document, baris: BarisLembar[], galat: string[]): void {
  type Simpul = { node: YAMLMap; anak: Simpul[]; lama: YAMLMap[] };
  const lamaDi = (node: YAMLMap | Document, kunci: string): YAMLMap[] =>
    ((node.get(kunci) as YAMLSeq | undefined)?.items ?? []).filter(isMap) as YAMLMap[];
  const akar: Simpul = { node: new YAMLMap(), anak: [], lama: lamaDi(ang, 'program') };
  const terakhir: Partial<Record<'program' | 'kegiatan', Simpul>> = {};
  for (const b of baris) {
    const v = b.nilai;
    const tempat = `Anggaran baris ${b.nomor}`;
    const t =
      TINGKAT[
        String(v.tingkat ?? '')
          .toLowerCase()
          .trim()
      ];
    if (!t) {
      galat.push(`${tempat}: kolom "Tingkat" harus "program", "kegiatan" atau "sub kegiatan" (tertulis "${v.tingkat ?? ''}")`);
      continue;
    }
    if (!v.nama) {
      galat.push(`${tempat}: kolom "Nama" kosong`);
      continue;
    }
    const induk = t.induk ? terakhir[t.induk] : akar;
    if (!induk) {
      galat.push(`${tempat}: ${v.tingkat} "${v.nama}" tidak berada di bawah ${t.induk} mana pun; letakkan di bawah baris ${t.induk}-nya`);
      continue;
    }
    // The same line as before: same kode, or same name and kelurahan when there is no kode.
    const cocok = induk.lama.findIndex((m) =>
      v.kode
        ? String(m.get('kode') ?? '') === v.kode
        : !m.has('kode') && m.get('nama') === v.nama && (m.get('unit') ?? undefined) === v.unit,
    );
    const node = cocok >= 0 ? induk.lama.splice(cocok, 1)[0] : new YAMLMap();
    isi(node, 'kode', v.kode);
    node.set('nama', v.nama);
    isi(node, 'unit', v.unit);
    isi(node, 'sumberDana', v.sumberDana);
    const sasaran =
      v.sasaran === undefined
        ? []
        : String(v.sasaran)
            .split(/[,;]\s*/)
            .map((s) => s.trim())
            .filter(Boolean);
    // Left untouched when the codes are the same: shares (porsi) and the file's formatting stay.
    const sasaranLama = isSeq(node.get('sasaran'))
      ? (node.get('sasaran') as YAMLSeq).items.map((x) => String(isMap(x) ? x.get('kode') : ((x as { value?: unknown }).value ?? x)))
      : [];
    if (sasaran.join(',') !== sasaranLama.join(',')) {
      if (sasaran.length) node.set('sasaran', ang.createNode(sasaran, { flow: true }));
      else node.delete('sasaran');
    }
    for (const kunci of ['paguAwal', 'pagu', 'realisasi'] as const) isi(node, kunci, v[kunci]);
    const turunan = t.kunci === 'program' ? 'kegiatan' : t.kunci === 'kegiatan' ? 'subKegiatan' : undefined;
    const simpul: Simpul = { node, anak: [], lama: turunan ? lamaDi(node, turunan) : [] };
    induk.anak.push(simpul);
    if (t.kunci !== 'subKegiatan') terakhir[t.kunci] = simpul;
    if (t.kunci === 'program') delete terakhir.kegiatan;
  }
  const pasang = (s: Simpul, kunci: string | undefined) => {
    if (!kunci) return;
    const berikut = kunci === 'kegiatan' ? 'subKegiatan' : undefined;
    if (s.anak.length) {
      const seq = new YAMLSeq();
      seq.items.push(...s.anak.map((a) => (pasang(a, berikut), a.node)));
      s.node.set(kunci, seq);
    } else s.node.delete(kunci);
  };
  akar.anak.forEach((p) => pasang(p, 'kegiatan'));
  const seq = new YAMLSeq();
  seq.items.push(...akar.anak.map((a) => a.node));
  ang.set('program', seq);
}

function terapkanSdm(sdm: Document, baris: BarisLembar[], galat: string[]): void {
  const seq = new YAMLSeq();
  for (const b of baris) {
    if (!b.nilai.jabatan) {
      galat.push(`SDM baris ${b.nomor}: kolom "Jabatan" kosong`);
      continue;
    }
    const m = new YAMLMap();
    m.set('jabatan', b.nilai.jabatan);
    m.set('lakiLaki', b.nilai.lakiLaki ?? 0);
    m.set('perempuan', b.nilai.perempuan ?? 0);
    for (const g of ['status', 'pendidikan', 'eselon'] as const) {
      const isiGrup = (b.grup ?? []).filter((x) => x.grup === g);
      if (isiGrup.length) m.set(g, sdm.createNode(Object.fromEntries(isiGrup.map((x) => [x.kunci, x.nilai])), { flow: true }));
    }
    isi(m, 'keterangan', b.nilai.keterangan);
    seq.items.push(m);
  }
  sdm.set('baris', seq);
}

function terapkanSarana(sarana: Document, baris: BarisLembar[], galat: string[]): void {
  const seq = new YAMLSeq();
  for (const b of baris) {
    const v = b.nilai;
    if (!v.nama || v.jumlah === undefined || !v.kondisi) {
      galat.push(`Sarana baris ${b.nomor}: isi "Nama barang", "Jumlah" dan "Kondisi"`);
      continue;
    }
    const m = sarana.createNode(
      Object.fromEntries(
        Object.entries({
          nama: v.nama,
          satuan: v.satuan ?? 'unit',
          jumlah: v.jumlah,
          kondisi: String(v.kondisi).toLowerCase(),
          keterangan: v.keterangan,
        }).filter(([, x]) => x !== undefined),
      ),
      { flow: true },
    );
    seq.items.push(m);
  }
  sarana.set('barang', seq);
}

/** Leaf values of parsed YAML by path, for a readable list of changes. */
export function ratakan(x: unknown, jalur = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(x)) x.forEach((v, i) => ratakan(v, `${jalur}[${i}]`, out));
  else if (x && typeof x === 'object' && !(x instanceof Date))
    for (const [k, v] of Object.entries(x)) ratakan(v, jalur ? `${jalur}.${k}` : k, out);
  else out.set(jalur, x instanceof Date ? x.toISOString().slice(0, 10) : String(x));
  return out;
}

function rincian(lama: string | undefined, baru: string): string[] {
  const a = ratakan(lama ? parse(lama) : {});
  const b = ratakan(parse(baru));
  const out: string[] = [];
  for (const [k, v] of b)
    if (!a.has(k)) out.push(`+ ${k}: ${v}`);
    else if (a.get(k) !== v) out.push(`~ ${k}: ${a.get(k)} → ${v}`);
  for (const [k, v] of a) if (!b.has(k)) out.push(`- ${k}: ${v} (dihapus)`);
  return out;
}

/** Applies the rows to the report's files in memory, validates the result, lists what would change. */
export function terapkan(root: string, id: string, lembar: Map<Lembar, BarisLembar[]>): HasilTerapkan {
  const dir = folderLaporan(root, id);
  if (!existsSync(join(dir, 'laporan.yaml')))
    return { perubahan: [], galat: [`laporan "${id}" tidak ada di content/laporan/`], dilewati: [] };
  const galat: string[] = [];
  const dilewati: string[] = [];
  const tahun = Number(parse(readFileSync(join(dir, 'laporan.yaml'), 'utf8'))?.tahun);
  const tanggal = parse(readFileSync(join(dir, 'laporan.yaml'), 'utf8'))?.tanggal;
  const baru = new Map<string, Document>();
  const ada = (l: Lembar) => {
    const b = lembar.get(l);
    if (b && !b.length) dilewati.push(`lembar ${l.nama} kosong: ${l.berkas} tidak diubah`);
    return b?.length ? b : undefined;
  };
  const ind = ada(INDIKATOR);
  if (ind) {
    const kin = bacaDoc(dir, 'kinerja.yaml') ?? parseDocument('tujuan: []\n');
    const real = bacaDoc(dir, 'realisasi.yaml') ?? parseDocument('{}\n');
    if (!isMap(real.contents)) real.contents = new YAMLMap() as never;
    terapkanIndikator(kin, real, ind, tahun, galat);
    baru.set('kinerja.yaml', kin).set('realisasi.yaml', real);
  }
  const ang = ada(ANGGARAN);
  if (ang) {
    const doc = bacaDoc(dir, 'anggaran.yaml') ?? parseDocument('program: []\n');
    terapkanAnggaran(doc, ang, galat);
    baru.set('anggaran.yaml', doc);
  }
  const sdm = ada(SDM);
  if (sdm) {
    const doc =
      bacaDoc(dir, 'sdm.yaml') ??
      parseDocument(`perTanggal: ${tanggal instanceof Date ? tanggal.toISOString().slice(0, 10) : tanggal}\nbaris: []\n`);
    terapkanSdm(doc, sdm, galat);
    baru.set('sdm.yaml', doc);
  }
  const sarana = ada(SARANA);
  if (sarana) {
    const doc =
      bacaDoc(dir, 'sarana.yaml') ??
      parseDocument(`perTanggal: ${tanggal instanceof Date ? tanggal.toISOString().slice(0, 10) : tanggal}\nbarang: []\n`);
    terapkanSarana(doc, sarana, galat);
    baru.set('sarana.yaml', doc);
  }
  if (galat.length) return { perubahan: [], galat, dilewati };

  const perubahan: Perubahan[] = [];
  for (const [f, doc] of baru) {
    const teks = doc.toString({ lineWidth: 0 });
    const lama = existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined;
    // A file whose data is the same is left as it is, formatting included.
    const r = teks === lama ? [] : rincian(lama, teks);
    if (r.length) perubahan.push({ berkas: f, lama, baru: teks, rincian: r });
  }

  // The whole report with the new files must still be valid: checked in a scratch copy.
  if (perubahan.length) {
    const uji = mkdtempSync(join(tmpdir(), 'lkjip-impor-'));
    try {
      cpSync(join(root, 'content', 'skala'), join(uji, 'content', 'skala'), { recursive: true });
      cpSync(dir, folderLaporan(uji, id), { recursive: true, filter: (p) => !p.includes(`${id}/cadangan`) });
      for (const p of perubahan) writeFileSync(join(folderLaporan(uji, id), p.berkas), p.baru);
      const hasil = periksaSatu(uji, id);
      for (const m of hasil.masalah.filter((x) => x.tingkat === 'galat')) galat.push(formatMasalah(m).split(uji).join(root));
    } finally {
      rmSync(uji, { recursive: true, force: true });
    }
  }
  return { perubahan: galat.length ? [] : perubahan, galat, dilewati };
}

/** Writes the changes, each replaced file first copied to content/laporan/<id>/cadangan/<time>/. Returns the backup folder. */
export function tulisPerubahan(root: string, id: string, perubahan: Perubahan[], waktu = new Date()): string | undefined {
  const dir = folderLaporan(root, id);
  const cadangan = join(dir, 'cadangan', waktu.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19));
  let adaCadangan = false;
  for (const p of perubahan) {
    if (p.lama !== undefined) {
      mkdirSync(cadangan, { recursive: true });
      copyFileSync(join(dir, p.berkas), join(cadangan, p.berkas));
      adaCadangan = true;
    }
  }
  for (const p of perubahan) writeFileSync(join(dir, p.berkas), p.baru);
  return adaCadangan ? cadangan : undefined;
}
