// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { existsSync, realpathSync } from 'node:fs';

// Astro 7's default Markdown engine runs no remark plugins: the unified processor does, with GFM
// (tables, strikethrough) from remark-gfm, so chapters written by hand keep working as authors expect.
export default defineConfig({
  site: 'https://example.go.id',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // The live preview serves fonts from node_modules; when node_modules is a link to elsewhere (scratch copies
  // made by the tests and `npm run bench`, shared installs) its real folder must be allowed too.
  vite: { server: { fs: { allow: ['.', ...(existsSync('node_modules') ? [realpathSync('node_modules')] : [])] } } },
});
