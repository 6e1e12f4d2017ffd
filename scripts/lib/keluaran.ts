/**
 * Quiet build output: only what the person running the build can act on. Messages from the
 * libraries that nobody using this builder can fix are dropped here, each with the reason (Vite's at
 * their source, in `viteTenang`; others by text, in DIBUANG), and colour codes are removed when the
 * output is not a terminal (a CI log, a file, a pipe).
 */
import { stripVTControlCharacters } from 'node:util';

/**
 * Messages dropped from Astro's and Vite's output, each with why nobody can act on it. Empty now: the
 * `[content] Entry sdm → <id> was not found` and `[glob-loader] No files found matching "*\/sdm.yaml"`
 * warnings for optional data files went away with the data collections (one loader reads the data).
 * A new one goes here as a pattern with its reason.
 */
const DIBUANG: { pola: RegExp; alasan: string }[] = [];

/** Every message Astro or Vite writes passes through this test; true drops it. */
export function pesanDibuang(teks: string): boolean {
  const t = stripVTControlCharacters(teks);
  return DIBUANG.some((d) => d.pola.test(t));
}

/**
 * Filters what is written to stdout/stderr from now on: drops the messages above and strips colour
 * codes when the stream is not a terminal. Returns a function that puts the streams back.
 */
export function saringKeluaran(): () => void {
  const asli = [process.stdout, process.stderr].map((s) => {
    const write = s.write.bind(s);
    s.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const teks = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (pesanDibuang(teks)) {
        // Keep the callback contract of write() for callers that wait on it.
        const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        cb?.();
        return true;
      }
      return write(s.isTTY ? chunk : stripVTControlCharacters(teks), ...rest);
    }) as typeof s.write;
    return () => {
      s.write = write as typeof s.write;
    };
  });
  return () => asli.forEach((p) => p());
}

/**
 * Vite/Rolldown build options that silence two warnings nobody can act on:
 * - MODULE_LEVEL_DIRECTIVE for "use astro:head-inject": Astro's MDX compiler puts that directive at
 *   the top of every chapter module and Rolldown says it may not be preserved when bundling; Astro
 *   handles head injection itself, so it is harmless and would otherwise print once per chapter.
 *   Any other directive warning is still shown.
 * - the chunk-size warning: the only chunk above 500 kB is the print page's Paged.js bundle (about
 *   510 kB), loaded only by the browser that prints the PDF, never by a reader's page; the limit is
 *   raised just above it so a growing web chunk still warns.
 */
export const viteTenang = {
  build: {
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      onwarn(w: { code?: string; message: string }, bawaan: (w: { code?: string; message: string }) => void) {
        if (w.code === 'MODULE_LEVEL_DIRECTIVE' && w.message.includes('use astro:head-inject')) return;
        bawaan(w);
      },
    },
  },
};
