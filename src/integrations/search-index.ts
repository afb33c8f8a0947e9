/**
 * Indexes the built site with Pagefind after every `astro build`, so search
 * needs no separate step. Pagefind splits the index by `<html lang>` (one
 * per language, results never mix) and, in its extended binary, segments
 * Chinese into words. Only the part of a page marked `data-pagefind-body`
 * (the main content) is indexed: navigation and footer never match.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
// Imported here, not in the hook: Astro closes its module loader before astro:build:done.
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // The site draws its own results (<site-search>); Pagefind's ready-made UIs would only be dead weight.
          for (const unused of [
            'pagefind-ui.js',
            'pagefind-ui.css',
            'pagefind-modular-ui.js',
            'pagefind-modular-ui.css',
            'pagefind-component-ui.js',
            'pagefind-component-ui.css',
            'pagefind-highlight.js',
          ]) {
            rmSync(join(site, 'pagefind', unused), { force: true });
          }
          logger.info(`search: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
