/** Walking a report's YAML documents in place (comments and layout kept), shared by `baru --dari` and the import. */
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';

/** Every mapping in the document, parents before children. */
export function semuaPeta(node: unknown, out: YAMLMap[] = []): YAMLMap[] {
  if (isMap(node)) {
    out.push(node);
    node.items.forEach((it) => semuaPeta(it.value, out));
  } else if (isSeq(node)) node.items.forEach((x) => semuaPeta(x, out));
  return out;
}

/** Removes, at any depth, every key the predicate names. */
export function hapusKunci(doc: Document, pred: (key: string) => boolean): void {
  for (const m of semuaPeta(doc.contents))
    for (const it of [...m.items]) if (pred(String((it.key as { value?: unknown })?.value ?? it.key))) m.delete(it.key);
}

/** The indicators of a kinerja.yaml document by kode (a mapping with a kode and a target). */
export function simpulIndikator(doc: Document): Map<string, YAMLMap> {
  return new Map(
    semuaPeta(doc.contents)
      .filter((m) => m.has('target') && m.has('kode'))
      .map((m) => [String(m.get('kode')), m]),
  );
}
