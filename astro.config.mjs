// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { formatProblem } from './src/lib/content-error.ts';
import { validateContent } from './src/lib/validate/index.ts';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { missingAddressNotice } from './src/lib/site-address.ts';

/**
 * Runs the editors' validator before anything is built, so `astro build` and
 * `npm run validate` refuse bad content with the same messages.
 */
/** @type {import('astro').AstroIntegration} */
const contentValidation = {
  name: 'content-validation',
  hooks: {
    'astro:config:setup': async ({ config, logger }) => {
      const { errors, warnings } = await validateContent(new URL('.', config.root).pathname);
      for (const warning of warnings) logger.warn(formatProblem(warning));
      if (errors.length) {
        const message = `${errors.length} problem${errors.length === 1 ? '' : 's'} in content/; nothing was built:\n${errors.map(formatProblem).join('\n')}`;
        throw new Error(message);
      }
    },
  },
};

/** Reports how long drawing the charts took, for scripts/benchmark.mjs. */
/** @type {import('astro').AstroIntegration} */
const chartTiming = {
  name: 'chart-timing',
  hooks: {
    'astro:build:done': ({ logger }) => {
      const stats = /** @type {Record<symbol, { count: number, milliseconds: number } | undefined>} */ (/** @type {unknown} */ (globalThis))[Symbol.for('wuhan-report.chart-stats')];
      if (stats) logger.info(`charts: ${stats.count} drawn in ${Math.round(stats.milliseconds)} ms`);
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
  integrations: [contentValidation, siteAddress, mdx(), chartTiming, ...sitemapWhenAddressed, searchIndex()],
  devToolbar: { enabled: false },
});
