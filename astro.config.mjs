// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, siteRemarkPlugins } from './src/lib/language/markdown.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildContext } from './src/integrations/build-context.ts';
import { buildNotices } from './src/integrations/build-notices.ts';
import { chartPngs } from './src/integrations/chart-pngs.ts';
import { lazyChunk } from './src/integrations/lazy-chunk.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { notFoundPageFiles } from './src/integrations/not-found-pages.ts';
import { defaultLang, languages, languageTag } from './src/lib/language/locale.ts';

/** The published address (https://…/), when the build is given it; everything else works without. */
const siteUrl = process.env.SITE_URL || undefined;

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
  // JSX's whitespace rules (Astro 7's default, written out): a line break between text, elements
  // and expressions is no space, so a formatter may break lines anywhere; a space that must be there
  // is written `{' '}`.
  compressHTML: 'jsx',
  markdown: {
    // GFM through our own remark-gfm and its options (see src/lib/language/markdown.ts).
    processor: unified({ gfm: false, remarkPlugins: siteRemarkPlugins, rehypePlugins }),
    // No Shiki: it colours code with style="…" attributes, which the CSP refuses; code blocks render as plain <pre><code>.
    syntaxHighlight: false,
  },
  integrations: [
    contentCheck(),
    buildContext(),
    buildNotices(siteUrl),
    mdx(),
    notFoundPageFiles(),
    chartPngs(siteUrl),
    shareCards(),
    ...sitemapWhenAddressed,
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [lazyChunk()],
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
