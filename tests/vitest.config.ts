/**
 * Four test projects, run in this order by `npm test`:
 * - cepat: domain, schemas, checker, bad input, CLI commands that need no build (`npm run test:cepat`; seconds);
 * - keluaran: the real build read back (HTML, PDF) — needs dist/, built once by tests/built/setup.ts;
 * - peramban: the built site in Chromium (axe-core, widths, keyboard, search) — needs dist/ too;
 * - lambat: tests that build their own scratch copies (authoring, incremental printing, paper sizes) and the type check.
 * Only keluaran and peramban carry the build-once global setup, so it runs only when one of them has tests to run.
 * A new test file goes in tests/domain/ or tests/ (fast, no dist/), tests/built/ (reads dist/), or is added to LAMBAT.
 */
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import SummaryReporter from './summary-reporter.ts';

const root = new URL('..', import.meta.url).pathname;
const PERAMBAN = ['tests/built/peramban.test.ts', 'tests/built/lebar.test.ts'];
const LAMBAT = [
  'tests/penulisan.test.ts',
  'tests/dari-nol.test.ts',
  'tests/lembar-basi.test.ts',
  'tests/kitchen-sink.test.ts',
  'tests/built/bulanan.test.ts',
  'tests/built/nilai-huruf.test.ts',
  'tests/built/anggaran-berkala.test.ts',
  'tests/built/sambungan-unit.test.ts',
  'tests/perintah.test.ts',
  'tests/typecheck.test.ts',
  'tests/korpus-bangun.test.ts',
  'tests/built/inkremental.test.ts',
  'tests/built/kertas.test.ts',
  'tests/built/atomik.test.ts',
  'tests/built/shard.test.ts',
  'tests/built/bagian-laporan.test.ts',
  'tests/built/terulang.test.ts',
  'tests/built/cetak-stres.test.ts',
];
const BANGUN_SEKALI = ['tests/built/setup.ts'];

function proyek(
  name: string,
  groupOrder: number,
  include: string[],
  exclude: string[],
  lain: TestProjectInlineConfiguration['test'] = {},
): TestProjectInlineConfiguration {
  return { extends: true, test: { name, root, include, exclude: ['**/node_modules/**', ...exclude], sequence: { groupOrder }, ...lain } };
}

const semua = [
  // The fast tests share no state between files, so one worker runs several files (no start-up per file).
  proyek('cepat', 0, ['tests/*.test.ts', 'tests/domain/**/*.test.ts'], LAMBAT, { isolate: false, maxWorkers: '100%' }),
  proyek('keluaran', 1, ['tests/built/**/*.test.ts'], [...PERAMBAN, ...LAMBAT], { globalSetup: BANGUN_SEKALI }),
  proyek('peramban', 2, PERAMBAN, [], { globalSetup: BANGUN_SEKALI }),
  proyek('lambat', 3, LAMBAT, []),
];

// `vitest` in watch mode (no `run`/`list`, no --project) is the edit-test loop: the fast project only.
const argv = process.argv.slice(2);
const pantau = !['run', '--run', 'list'].some((a) => argv.includes(a)) && !process.env.CI && !argv.some((a) => a.startsWith('--project'));

export default defineConfig({
  test: {
    root,
    projects: pantau ? semua.slice(0, 1) : semua,
    reporters: ['default', new SummaryReporter()],
    // Transformed modules kept on disk (node_modules/.vitest-cache, keyed by content): a run does not re-transform
    // the ~250 unchanged TypeScript modules of the last one. No Vite plugin here reads outside a file, so no stale entry.
    fsModuleCache: true,
    // Limits that stop a hung test, not timings: generous, so that the suite passes while another build shares the
    // two cores (measured: with a clean build looping beside it and six developers at work, one test needed > 60 s).
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
