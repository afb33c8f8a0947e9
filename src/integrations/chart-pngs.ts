/**
 * The chart PNGs of a build (src/lib/images/chart-png.ts): asked for as the
 * build starts, so they are drawn while Astro bundles and renders; written
 * when the pages are built, with how long drawing them took, for
 * scripts/benchmark.mjs.
 */
import type { AstroIntegration } from 'astro';
import { writeChartPngs } from '../lib/images/chart-png';
import { keepTextMetrics } from '../lib/charts/measure';

/**
 * The chart files' drawings, imported as the configuration loads (Vite's
 * loader is closed by the time a build starts). It reads the content: content
 * that breaks its schemas fails here, and is left to the content check
 * (content-check.ts), which reports every problem in the editors' words;
 * without this module the PNGs are still drawn, asked for by their SVGs as
 * the pages render.
 */
const chartFile = await import('../lib/charts/chart-downloads').catch((error: unknown) => {
  if (error instanceof Error && error.name === 'ContentError') return undefined;
  throw error;
});

/** `siteUrl`: the published address (SITE_URL), which every chart's credit line names. */
export function chartPngs(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'chart-pngs',
    hooks: {
      'astro:build:start': () => chartFile?.requestAllChartPngs(siteUrl && new URL(siteUrl).href),
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await writeChartPngs(dir.pathname);
        keepTextMetrics();
        logger.info(
          `charts: ${stats.drawn} drawn in ${Math.round(stats.milliseconds)} ms, ${stats.reused} reused from the cache`,
        );
      },
    },
  };
}
