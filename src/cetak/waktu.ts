/**
 * Where Paged.js spends its time, for `npm run bench:pdf` and `npm run bench:profil`: the moments it
 * enters each of its own phases (styles fetched and rewritten, content parsed, every page laid out,
 * our after-render work), read through its hooks. Cheap (one performance.now() per page), so it
 * runs in every print; the times only leave the page in the status object.
 */
type HandlerClass = new (...args: never[]) => object;

export const waktuPaged = { mulai: 0, gaya: 0, urai: 0, halaman: [] as number[], akhir: 0 };

export function CatatWaktu(Base: HandlerClass) {
  return class extends (Base as new (...args: unknown[]) => object) {
    beforeParsed() {
      waktuPaged.gaya = performance.now();
    }
    afterParsed() {
      waktuPaged.urai = performance.now();
    }
    afterPageLayout() {
      waktuPaged.halaman.push(performance.now());
    }
    afterRendered() {
      waktuPaged.akhir = performance.now();
    }
  };
}

/**
 * Paged.js's phases in ms: pagedGaya (stylesheets fetched, parsed and rewritten by its polisher),
 * pagedUrai (content parsed), pagedTata (every page laid out), pagedAkhir (handlers after layout,
 * ours included: page numbers), and the layout time of each page in order.
 */
export function fasePaged(selesai: number): { fase: Record<string, number>; perHalaman: number[] } {
  const w = waktuPaged;
  const akhirTata = w.halaman.at(-1) ?? w.urai;
  const perHalaman = w.halaman.map((t, i) => Math.round((t - (i ? w.halaman[i - 1] : w.urai)) * 10) / 10);
  return {
    fase: {
      pagedGaya: Math.round(w.gaya - w.mulai),
      pagedUrai: Math.round(w.urai - w.gaya),
      pagedTata: Math.round(akhirTata - w.urai),
      pagedAkhir: Math.round(selesai - akhirTata),
    },
    perHalaman,
  };
}
