// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { missingAddressNotice } from './src/lib/site-address.ts';
import { drawShareCards, startShareCards } from './src/lib/share-card.ts';
import { writeChartPngs } from './src/lib/charts/render.ts';
import { historyProblem } from './src/lib/history.ts';
import { defaultLang, languages, languageTag } from './src/lib/locale.ts';

/**
 * The chart files' drawings, imported as the configuration loads (Vite's
 * loader is closed by the time a build starts). It reads the content: content
 * that breaks its schemas fails here, and is left to the content check
 * (src/integrations/content-check.ts), which reports every problem in the
 * editors' words; without this module the PNGs are still drawn, asked for by
 * their SVGs as the pages render.
 */
const chartFile = await import('./src/lib/charts/chart-file.ts').catch((error) => {
  if (error instanceof Error && error.name === 'ContentError') return undefined;
  throw error;
});

/**
 * Asks for every chart PNG as the build starts, so they are drawn while Astro
 * bundles and renders (src/lib/charts/chart-file.ts); writes them when the
 * pages are built, and reports how long drawing them took, for
 * scripts/benchmark.mjs.
 */
/** @type {import('astro').AstroIntegration} */
const chartPngs = {
  name: 'chart-pngs',
  hooks: {
    'astro:build:start': () => chartFile?.requestAllChartPngs(siteUrl && new URL(siteUrl).href),
    'astro:build:done': async ({ dir, logger }) => {
      const stats = await writeChartPngs(dir.pathname);
      logger.info(`charts: ${stats.drawn} drawn in ${Math.round(stats.milliseconds)} ms, ${stats.reused} reused from the cache`);
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
      // Pages date themselves from git history; say so when it is missing or cut short.
      const history = historyProblem(projectRoot.pathname);
      if (history) logger.warn(history);
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

/**
 * Draws the share cards the pages ask for (src/lib/share-card.ts) while the
 * pages render, reusing unchanged ones from node_modules/.cache, and writes
 * them once every page is built.
 */
let projectRoot = new URL('.', import.meta.url);
/** Where drawn share cards are kept between builds; SHARE_CARD_CACHE_DIR moves it (the benchmark's cold builds start from an empty one). */
const shareCardCache = () => process.env.SHARE_CARD_CACHE_DIR || new URL('node_modules/.cache/share-cards/', projectRoot).pathname;
/** @type {import('astro').AstroIntegration} */
const shareCards = {
  name: 'share-cards',
  hooks: {
    'astro:config:done': ({ config }) => {
      projectRoot = config.root;
    },
    'astro:build:start': () => startShareCards(shareCardCache()),
    'astro:build:done': async ({ dir, logger }) => {
      const stats = await drawShareCards(dir.pathname, shareCardCache());
      logger.info(`share cards: ${stats.drawn} drawn, ${stats.cached} from cache; ${Math.round(stats.milliseconds)} ms after the pages`);
    },
  },
};

/**
 * sitemap.xml lists absolute URLs, so it is written only with SITE_URL; each
 * page carries its other-language alternate (xhtml:link hreflang).
 */
const sitemapWhenAddressed = siteUrl ? [sitemap({ i18n: { defaultLocale: defaultLang, locales: languageTag } })] : [];

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // The languages as Astro knows them (Astro.currentLocale). Pages are still
  // routed by src/pages/[...lang]/ and their language read from the URL by
  // src/middleware.ts; Chinese stays at the root, with no /zh/ prefix.
  i18n: { locales: [...languages], defaultLocale: defaultLang, routing: { prefixDefaultLocale: false } },
  // Stylesheets as files: the Content-Security-Policy (src/lib/serving/policy.ts) allows no inline style.
  // Four pages at a time: while share cards are encoded off the main thread, other pages render.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // `true` collapses whitespace but keeps a space where a newline separated
  // inline elements; the default 'jsx' mode would glue English words together.
  compressHTML: true,
  markdown: {
    // GFM through our own remark-gfm and its options (see src/lib/markdown.ts).
    processor: unified({ gfm: false, remarkPlugins, rehypePlugins }),
    // No Shiki: it colours code with style="…" attributes, which the CSP refuses; code blocks render as plain <pre><code>.
    syntaxHighlight: false,
  },
  integrations: [contentCheck(), buildFlag, siteAddress, mdx(), chartPngs, shareCards, ...sitemapWhenAddressed, searchIndex()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline a small script into the page: the site is served under a CSP without 'unsafe-inline'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // A few dependencies begin with "use client", a directive for React bundlers; the warning says nothing about this site.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
