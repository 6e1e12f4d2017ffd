import { defineConfig } from 'vitest/config';
import SummaryReporter from './summary-reporter.ts';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Builds the real site and PDF once; tests under tests/built/ read them.
    globalSetup: ['tests/built/setup.ts'],
    reporters: ['default', new SummaryReporter()],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
