/**
 * The build context: what the configuration knows that the pages need, handed
 * to them as data, the way Starlight hands its configuration to its pages
 * (`virtual:starlight/user-config`), not through module state. Astro loads
 * the configuration and the page bundle as separate module instances, so a
 * value set in one is not seen by the other; a Vite virtual module and two
 * defines carry it across instead:
 *
 * - `virtual:report-site/build-context`: where a build keeps drawn share
 *   cards (read by src/layouts/Base.astro);
 * - `import.meta.env.SITE_BUILD`: whether pages are being built, for the
 *   Content-Security-Policy meta tag (the dev server injects inline scripts
 *   and styles that it would block; import.meta.env.PROD is false while pages
 *   are prerendered);
 * - `import.meta.env.RASTER_WORKER_FILE`: the PNG worker's file, which the
 *   bundled pages can no longer find beside their own code
 *   (src/lib/images/raster-worker.ts).
 *
 * What the pages make for the integrations (PNG and share-card requests) goes
 * the other way, through src/lib/build/shared-store.ts, which says why.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const moduleId = 'virtual:report-site/build-context';
/** Vite's convention for a module that exists in no file. */
const resolvedId = `\0${moduleId}`;

/** What `virtual:report-site/build-context` exports (typed in src/virtual-modules.d.ts). */
export interface BuildContext {
  /** Where drawn share cards are kept between builds; only while building. */
  shareCardCacheDir: string | undefined;
}

/**
 * Where drawn share cards are kept between builds, for the project at `root`:
 * SHARE_CARD_CACHE_DIR moves it (the benchmark's cold builds start from an
 * empty one). One place, read by the pages (through the build context) and by
 * src/integrations/share-cards.ts.
 */
export function shareCardCacheDir(root: URL): string {
  return process.env.SHARE_CARD_CACHE_DIR || fileURLToPath(new URL('node_modules/.cache/share-cards/', root));
}

export function buildContext(): AstroIntegration {
  return {
    name: 'build-context',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const building = command === 'build';
        const context: BuildContext = { shareCardCacheDir: building ? shareCardCacheDir(config.root) : undefined };
        const rasterWorkerFile = fileURLToPath(new URL('../lib/images/raster-worker-thread.mjs', import.meta.url));
        updateConfig({
          vite: {
            define: {
              'import.meta.env.SITE_BUILD': JSON.stringify(building),
              'import.meta.env.RASTER_WORKER_FILE': JSON.stringify(rasterWorkerFile),
            },
            plugins: [
              {
                name: 'report-site-build-context',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) =>
                  id === resolvedId
                    ? `export const shareCardCacheDir = ${JSON.stringify(context.shareCardCacheDir)};\n`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
