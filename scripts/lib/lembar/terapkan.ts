/**
 * Applying a workbook to a report's data files: the sheets' rows replace the rows the files give today (a sheet
 * absent from the workbook keeps its rows, a column absent keeps its values), the files' data is rebuilt from all
 * rows (datar.ts), and each file is edited in place as a YAML document so comments and the layout of what did not
 * change stay. Then the changes are listed (beda.ts) and the result validated (tulis.ts) before anything is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { IDENTITAS, LEMBAR, type Lembar } from './kolom.ts';
import { dariBaris, keBaris, type BarisLembar } from './datar.ts';
import { BERKAS_DATA } from './templat.ts';
import { rincian } from './beda.ts';
import { periksaPerubahan, type Perubahan } from './tulis.ts';
import { folderLaporan } from '../baru.ts';
import { kodeSebagaiTeks, BERKAS } from '../../../src/data/muat.ts';

export type { Perubahan };
export { tulisPerubahan } from './tulis.ts';

export interface HasilTerapkan {
  perubahan: Perubahan[];
  galat: string[];
}

const objekBiasa = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const kunciTeks = (k: unknown) => String(isScalar(k) ? k.value : k);

/** The node for `nilai`, reusing `node` (its comments, quoting and number layout) wherever the value is the same. */
function samakan(doc: Document, node: unknown, nilai: unknown): unknown {
  if (isScalar(node) && isDeepStrictEqual(node.value, nilai)) return node;
  if (isMap(node) && objekBiasa(nilai)) {
    // An empty `{}` that gets entries is written as a block, as a person would.
    if (!node.items.length) node.flow = false;
    for (const it of [...node.items]) if (!(kunciTeks(it.key) in nilai)) node.items.splice(node.items.indexOf(it), 1);
    for (const [k, v] of Object.entries(nilai)) {
      // Keys are matched as text: `2024: 87` has a number as its key.
      const pasangan = node.items.find((it) => kunciTeks(it.key) === k);
      if (pasangan) pasangan.value = samakan(doc, pasangan.value, v) as Node;
      else node.set(k, samakan(doc, undefined, v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(nilai)) {
    if (!node.items.length) node.flow = false;
    node.items = nilai.map((v, i) => samakan(doc, node.items[i], v)) as Node[];
    return node;
  }
  return doc.createNode(nilai);
}

/** Applies the workbook's sheets to the report's files in memory, validates the result, lists what would change. */
export function terapkan(root: string, id: string, lembar: Map<Lembar, BarisLembar[]>): HasilTerapkan {
  const dir = folderLaporan(root, id);
  if (!existsSync(join(dir, 'laporan.yaml'))) return { perubahan: [], galat: [`laporan "${id}" tidak ada di content/laporan/`] };
  const teksLama = new Map(BERKAS_DATA.filter((f) => existsSync(join(dir, f))).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const docs = new Map([...teksLama].map(([f, t]) => [f, parseDocument(t)]));
  const galatYaml = [...docs]
    .filter(([, d]) => d.errors.length)
    .map(([f]) => `${f} tidak dapat dibaca sebagai YAML; jalankan npm run check -- ${id}`);
  if (galatYaml.length) return { perubahan: [], galat: galatYaml };
  // Codes as typed (kode 1.10 is not 1.1), as the loader reads them.
  for (const [f, d] of docs) kodeSebagaiTeks(d, f === BERKAS.realisasi);
  const barisLama = keBaris(new Map([...docs].map(([f, d]) => [f, d.toJS() ?? {}])));
  const semua = new Map(LEMBAR.map((l) => [l, lembar.get(l) ?? barisLama.get(l) ?? []]));
  const { data, galat } = dariBaris(semua, barisLama);
  if (galat.length) return { perubahan: [], galat };

  // Files the workbook speaks for: those of its sheets (the Identitas sheet: the files its rows name).
  const disentuh = new Set<string>();
  for (const [l, rows] of lembar)
    if (l === IDENTITAS) rows.forEach((b) => disentuh.add(String(b.nilai['(berkas)'] ?? '').trim()));
    else disentuh.add(l.berkas);
  const perubahan: Perubahan[] = [];
  for (const f of BERKAS_DATA) {
    if (!disentuh.has(f)) continue;
    const lama = teksLama.get(f);
    const nilai = data.get(f);
    let baru: string | undefined;
    if (nilai !== undefined) {
      const doc = docs.get(f) ?? new Document({});
      doc.contents = samakan(doc, doc.contents, nilai) as typeof doc.contents;
      baru = doc.toString({ lineWidth: 0 });
    } else if (lama === undefined) continue;
    // A file whose data is the same is left as it is, formatting included.
    const r = baru === lama ? [] : rincian(lama, baru);
    if (r.length) perubahan.push({ berkas: f, lama, baru, rincian: r });
  }
  const galatPeriksa = perubahan.length ? periksaPerubahan(root, id, perubahan) : [];
  return { perubahan: galatPeriksa.length ? [] : perubahan, galat: galatPeriksa };
}
