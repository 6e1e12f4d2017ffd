// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { pluginRemarkBab } from './src/data/mdx-bab.ts';
import { existsSync, realpathSync } from 'node:fs';

// Astro 7's default Markdown engine runs no remark plugins: the unified processor does, with the chapters'
// plugins (src/data/mdx-bab.ts, shared with `npm run check`): GFM tables from remark-gfm, and the rule that
// chapters are content, not programs (no import/export, no {expressions}, no <script>, no remote URLs).
export default defineConfig({
  site: 'https://example.go.id',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: pluginRemarkBab() }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // The live preview serves fonts from node_modules; when node_modules is a link to elsewhere (scratch copies
  // made by the tests and `npm run bench`, shared installs) its real folder must be allowed too.
  vite: { server: { fs: { allow: ['.', ...(existsSync('node_modules') ? [realpathSync('node_modules')] : [])] } } },
});
