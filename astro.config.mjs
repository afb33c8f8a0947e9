// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `true` collapses whitespace but keeps a space where a newline separated
  // inline elements; the default 'jsx' mode would glue English words together.
  compressHTML: true,
  markdown: {
    // GFM through our own remark-gfm and its options (see src/lib/markdown.ts).
    processor: unified({ gfm: false, remarkPlugins, rehypePlugins }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
