// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { formatProblem } from './src/lib/content-error.ts';
import { validateContent } from './src/lib/validate/index.ts';
import { drawShareCards } from './src/lib/share-card.ts';

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

/**
 * Draws the share cards the pages asked for (src/lib/share-card.ts) once
 * every page is built, reusing unchanged ones from node_modules/.cache.
 */
let projectRoot = new URL('.', import.meta.url);
/** @type {import('astro').AstroIntegration} */
const shareCards = {
  name: 'share-cards',
  hooks: {
    'astro:config:done': ({ config }) => {
      projectRoot = config.root;
    },
    'astro:build:done': async ({ dir, logger }) => {
      const cache = new URL('node_modules/.cache/share-cards/', projectRoot).pathname;
      const stats = await drawShareCards(dir.pathname, cache);
      logger.info(`share cards: ${stats.drawn} drawn, ${stats.cached} from cache, in ${Math.round(stats.milliseconds)} ms`);
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
  integrations: [contentValidation, mdx(), chartTiming, shareCards],
  devToolbar: { enabled: false },
  // Never inline a small script into the page: the site is served under a CSP without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
});
