/**
 * Says once, at the start of a build, what the site will lack: an address
 * when SITE_URL is not set (src/lib/build/site-address.ts), and page dates when the
 * git history is missing or cut short (src/lib/build/page-dates.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { historyProblem } from '../lib/build/page-dates';
import { missingAddressNotice } from '../lib/build/site-address';

export function buildNotices(siteUrl: string | undefined): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'build-notices',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:start': ({ logger }) => {
        const notice = missingAddressNotice(siteUrl);
        if (notice) logger.warn(notice);
        const history = historyProblem(fileURLToPath(root!));
        if (history) logger.warn(history);
      },
    },
  };
}
