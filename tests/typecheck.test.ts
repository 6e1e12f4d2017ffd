/** TypeScript strict over the whole project, .astro files included (astro check). */
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

it('astro check reports 0 errors', () => {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(r.stdout + r.stderr).toMatch(/- 0 errors/);
  expect(r.status).toBe(0);
}, 240_000);
