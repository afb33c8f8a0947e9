/**
 * Indexes the built site with Pagefind after every `astro build`, so search
 * needs no separate step. Pagefind splits the index by `<html lang>` (one
 * per language, results never mix) and, in its extended binary, segments
 * Chinese into words. Only the part of a page marked `data-pagefind-body`
 * (the main content) is indexed: navigation and footer never match.
 *
 * A rebuild whose pages are all unchanged copies the index an earlier build
 * wrote instead of indexing again (about 0.6 s of a 9 s rebuild): indexes are
 * kept in node_modules/.cache/pagefind/ (SEARCH_INDEX_CACHE_DIR moves it),
 * keyed by a hash of every page and Pagefind's version, and sealed by a
 * manifest of their files' hashes (src/lib/build/cache.ts): a kept index with
 * a file changed, cut short, missing or added, or a month old, is indexed again.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Imported here, not in the hook: Astro closes its module loader before astro:build:done.
import * as pagefind from 'pagefind';
import { copyKeptFolder, keepFolder, removeStale } from '../lib/build/cache';

/** The files Pagefind writes that the site does not use (search is drawn by src/components/SiteSearch.astro). */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

// Found through the module system: Pagefind's package exports no package.json.
const pagefindVersion = (
  JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }
).version;

/** A hash of every HTML page in `site` (path and bytes) and Pagefind's version: what the index is made from. */
function pagesKey(site: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\n`);
  const pages = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((path) => path.endsWith('.html'))
    .sort();
  for (const page of pages) hash.update(`${page}\n`).update(readFileSync(join(site, page)));
  return hash.digest('hex').slice(0, 32);
}

const chineseWords = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * An English page as the index sees it: the Chinese it gives (names in brackets, the plan's own
 * wording) cut into words and added to its indexed part, so that 天河 or 友城 typed on the English
 * site find it. Pagefind's English index keeps a run of Chinese as one word. The search page then
 * keeps only pages where the query appears whole (SiteSearch.astro). Readers' pages are unchanged.
 */
export function withChineseWords(html: string): string {
  if (!/<html[^>]*\slang="en"/.test(html)) return html;
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const runs =
    html
      .slice(start, end)
      .replace(/<[^>]*>/g, ' ')
      .match(/[\u3400-\u9fff]+/g) ?? [];
  // Words as ICU cuts them, every pair of characters and every character: the search splits a name
  // its dictionary lacks (友城) into characters, and then keeps only pages that hold it whole.
  const words = new Set(
    runs.flatMap((run) => [
      ...run,
      ...[...chineseWords.segment(run)]
        .filter((part) => part.isWordLike && part.segment.length > 1)
        .map((part) => part.segment),
      ...Array.from({ length: Math.max(0, run.length - 1) }, (_, index) => run.slice(index, index + 2)),
    ]),
  );
  return words.size ? `${html.slice(0, end)}<p>${[...words].join(' ')}</p>${html.slice(end)}` : html;
}

async function writeIndex(site: string, outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pages = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((path) => path.endsWith('.html'))
      .sort();
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({
        sourcePath,
        content: withChineseWords(readFileSync(join(site, sourcePath), 'utf8')),
      });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    }
    const added = { page_count: pages.length };
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const unused of unusedFiles) rmSync(join(outputPath, unused), { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot =
          process.env.SEARCH_INDEX_CACHE_DIR || fileURLToPath(new URL('node_modules/.cache/pagefind/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const target = join(site, 'pagefind');
        const started = performance.now();
        const key = pagesKey(site);
        if (copyKeptFolder(cacheRoot, key, target)) {
          logger.info(
            `search: no page changed, index copied from an earlier build's in ${Math.round(performance.now() - started)} ms`,
          );
          return;
        }
        const pages = await writeIndex(site, target);
        keepFolder(cacheRoot, key, target);
        removeStale(cacheRoot);
        logger.info(`search: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
