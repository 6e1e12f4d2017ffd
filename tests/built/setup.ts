/**
 * Global setup for the tests that read the real output: runs the README's build command
 * (site + PDF with Paged.js in a real Chromium) once, drafts included so their components are tested
 * too, unless LKJIP_SKIP_BUILD=1 and dist/ exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.LKJIP_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LKJIP_DRAF: '1' },
  });
  if (r.status !== 0) throw new Error(`npm run build gagal (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}
