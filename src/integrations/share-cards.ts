/**
 * The share cards of a build (src/lib/images/share-card.ts): pages ask for theirs as
 * they render and each is drawn at once, reusing unchanged ones from the
 * cache (build-context.ts `shareCardCacheDir`); this writes them all once
 * every page is built.
 */
import type { AstroIntegration } from 'astro';
import { drawShareCards } from '../lib/images/share-card';
import { keepQrCodes } from '../lib/images/qr';
import { shareCardCacheDir } from './build-context';

export function shareCards(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await drawShareCards(dir.pathname, shareCardCacheDir(root!));
        // The pages' QR codes, kept beside the cards (src/lib/images/qr.ts).
        keepQrCodes(shareCardCacheDir(root!));
        logger.info(
          `share cards: ${stats.drawn} drawn, ${stats.cached} from cache; ${Math.round(stats.milliseconds)} ms after the pages`,
        );
      },
    },
  };
}
