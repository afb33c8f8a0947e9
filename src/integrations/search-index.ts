/**
 * Indexes the built site after every `astro build`, so search needs no
 * separate step: one index per `<html lang>` (results never mix languages),
 * written as small JSON files into dist/search-index/ by
 * src/lib/outputs/search-index.ts. Only the part of a page marked
 * `data-pagefind-body` (the main content) is indexed: navigation and footer
 * never match.
 *
 * A rebuild whose pages are all unchanged copies the index an earlier build
 * wrote instead of indexing again: indexes are kept in
 * node_modules/.cache/search-index/ (SEARCH_INDEX_CACHE_DIR moves it), keyed
 * by a hash of every page and of the indexer's own source, and sealed by a
 * manifest of their files' hashes (src/lib/build/cache.ts): a kept index with
 * a file changed, cut short, missing or added, or a month old, is indexed again.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyKeptFolder, keepFolder, removeStale } from '../lib/build/cache';
import { readPage, searchIndexFiles, type IndexedPage } from '../lib/outputs/search-index';

/** The indexer's and the word cutter's source: a change to either writes a new index. */
const indexerSource = ['../lib/outputs/search-index.ts', '../lib/language/search-terms.ts']
  .map((path) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8'))
  .join('\n');

/** The HTML pages of `site`, sorted. */
const htmlPages = (site: string) =>
  (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((path) => path.endsWith('.html'))
    .sort();

/** A hash of every HTML page in `site` (path and bytes) and of the indexer: what the index is made from. */
function pagesKey(site: string): string {
  const hash = createHash('sha256').update(indexerSource);
  for (const page of htmlPages(site)) hash.update(`${page}\n`).update(readFileSync(join(site, page)));
  return hash.digest('hex').slice(0, 32);
}

/** The address a built file answers at: en/tasks/x/index.html → /en/tasks/x/. */
const pathOf = (file: string) =>
  `/${file.replace(/\\/g, '/').replace(/(?:^|\/)index\.html$/, '/')}`.replace(/^\/\/$/, '/');

/** Writes the index of `site` into `outputPath`; returns how many pages it holds. */
function writeIndex(site: string, outputPath: string, version: string): number {
  const pages = htmlPages(site)
    .map((file) => readPage(readFileSync(join(site, file), 'utf8'), pathOf(file)))
    .filter((page): page is IndexedPage => page !== undefined);
  rmSync(outputPath, { recursive: true, force: true });
  for (const [file, text] of searchIndexFiles(pages, version)) {
    mkdirSync(dirname(join(outputPath, file)), { recursive: true });
    writeFileSync(join(outputPath, file), text);
  }
  return pages.length;
}

export function searchIndex(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot =
          process.env.SEARCH_INDEX_CACHE_DIR ||
          fileURLToPath(new URL('node_modules/.cache/search-index/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const target = join(site, 'search-index');
        const started = performance.now();
        const key = pagesKey(site);
        if (copyKeptFolder(cacheRoot, key, target)) {
          logger.info(
            `search: no page changed, index copied from an earlier build's in ${Math.round(performance.now() - started)} ms`,
          );
          return;
        }
        const pages = writeIndex(site, target, key.slice(0, 12));
        keepFolder(cacheRoot, key, target);
        removeStale(cacheRoot);
        logger.info(`search: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
