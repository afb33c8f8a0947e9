// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';

/** Reports how long drawing the charts took, for scripts/benchmark.mjs. */
/** @type {import('astro').AstroIntegration} */
const chartTiming = {
  name: 'chart-timing',
  hooks: {
    'astro:build:done': ({ logger }) => {
      const stats = /** @type {Record<symbol, { drawn: number, reused: number, milliseconds: number } | undefined>} */ (/** @type {unknown} */ (globalThis))[Symbol.for('wuhan-report.chart-stats')];
      if (stats) logger.info(`charts: ${stats.drawn} drawn in ${Math.round(stats.milliseconds)} ms, ${stats.reused} reused from the cache`);
    },
  },
};

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
  integrations: [contentCheck(), mdx(), chartTiming],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // A few dependencies begin with "use client", a directive for React bundlers; the warning says nothing about this site.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
