/**
 * Puts each language's 404 page where servers look for it. Astro writes only /404 as a status
 * page (404.html); the English one, a page like any other to it, comes out as en/404/index.html.
 * Servers want en/404.html: the nginx configuration's map (src/lib/serving/nginx.ts), and hosts
 * that serve the nearest 404.html up the path (Cloudflare Pages).
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { notFoundPages } from '../lib/serving/policy';

export function notFoundPageFiles(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const { page } of notFoundPages) {
          const written = fileURLToPath(new URL(`.${page.replace(/\.html$/, '/index.html')}`, dir));
          if (!existsSync(written)) continue;
          renameSync(written, fileURLToPath(new URL(`.${page}`, dir)));
          rmdirSync(dirname(written));
        }
      },
    },
  };
}
