// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { formatProblem } from './src/lib/content-error.ts';
import { validateContent } from './src/lib/validate/index.ts';
import { historyProblem } from './src/lib/history.ts';

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
      // Pages date themselves from git history; say so when it is missing or cut short.
      const history = historyProblem(new URL('.', config.root).pathname);
      if (history) logger.warn(history);
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
 * Tells pages whether they are being built, for the Content-Security-Policy
 * meta tag: the dev server injects inline scripts and styles that it would
 * block. (import.meta.env.PROD is false while pages are prerendered.)
 */
/** @type {import('astro').AstroIntegration} */
const buildFlag = {
  name: 'build-flag',
  hooks: {
    'astro:config:setup': ({ command, updateConfig }) => {
      updateConfig({ vite: { define: { 'import.meta.env.SITE_BUILD': JSON.stringify(command === 'build') } } });
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Stylesheets as files: the Content-Security-Policy (src/lib/serving/policy.ts) allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // `true` collapses whitespace but keeps a space where a newline separated
  // inline elements; the default 'jsx' mode would glue English words together.
  compressHTML: true,
  markdown: {
    // GFM through our own remark-gfm and its options (see src/lib/markdown.ts).
    processor: unified({ gfm: false, remarkPlugins, rehypePlugins }),
  },
  integrations: [contentValidation, buildFlag, mdx(), chartTiming],
  devToolbar: { enabled: false },
});
