/** The site as a whole. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

describe('site', () => {
  it('does not publish drafts', () => {
    expect(existsSync('dist/jatiroto-2024')).toBe(false);
    expect(readFileSync('dist/index.html', 'utf8')).not.toContain('Jatiroto');
    expect(existsSync('dist/candipuro-2023-tw2/index.html')).toBe(true);
  });
});
