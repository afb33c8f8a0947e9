// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { missingAddressNotice } from './src/lib/site-address.ts';

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

const siteUrl = process.env.SITE_URL || undefined;

/** Says once, at the start of a build, what lacks an address when SITE_URL is not set. */
/** @type {import('astro').AstroIntegration} */
const siteAddress = {
  name: 'site-address',
  hooks: {
    'astro:build:start': ({ logger }) => {
      const notice = missingAddressNotice(siteUrl);
      if (notice) logger.warn(notice);
    },
  },
};

/**
 * sitemap.xml lists absolute URLs, so it is written only with SITE_URL; each
 * page carries its other-language alternate (xhtml:link hreflang).
 */
const sitemapWhenAddressed = siteUrl
  ? [sitemap({ i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } } })]
  : [];

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `true` collapses whitespace but keeps a space where a newline separated
  // inline elements; the default 'jsx' mode would glue English words together.
  compressHTML: true,
  markdown: {
    // GFM through our own remark-gfm and its options (see src/lib/markdown.ts).
    processor: unified({ gfm: false, remarkPlugins, rehypePlugins }),
  },
  integrations: [contentCheck(), siteAddress, mdx(), chartTiming, ...sitemapWhenAddressed, searchIndex()],
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
