/**
 * What readers' actions cost, measured in Chromium against a built site served
 * by nginx with the project's own configuration (tests/support/nginx.ts), for
 * scripts/benchmark.mjs:
 *
 * - search after a first query: every request the search page makes from
 *   opening /search/?q=… until the results are shown, in bytes on the wire
 *   (encoded body plus response headers; tests/support/traffic.ts);
 * - the metric page against its physical floor (scripts/metric-floor.ts).
 *
 * Usage: tsx scripts/reader-budgets.ts <dist> <metric path> <query zh> <query en> [<query zh> <query en> …];
 * prints one JSON object, with the search figures of each pair of queries in the order given.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startNginx } from '../tests/support/nginx';
import { openSearchWithQuery, traffic } from '../tests/support/traffic';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { metricFloor, type MetricFloor } from './metric-floor';

const [distDir, metricPath, ...queries] = process.argv.slice(2);
if (!distDir || !metricPath || !queries.length || queries.length % 2)
  throw new Error(
    'usage: tsx scripts/reader-budgets.ts <dist> <metric path> <query zh> <query en> [<query zh> <query en> …]',
  );
const queryPairs = Array.from({ length: queries.length / 2 }, (_, index) => ({
  zh: queries[2 * index]!,
  en: queries[2 * index + 1]!,
}));

// The browser first: if it cannot start, no server is left running.
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const server = await startNginx(resolve(distDir)).catch(async (error: unknown) => {
  await browser.close();
  throw error;
});
try {
  type SearchCost = { query: string; wire: number; body: number; requests: number; results: number };
  const search: Record<'zh' | 'en', SearchCost>[] = [];
  for (const pair of queryPairs) {
    const costs = {} as Record<'zh' | 'en', SearchCost>;
    for (const [lang, prefix] of [
      ['zh', ''],
      ['en', '/en'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const { wire, body, requests } = await traffic(context, () =>
        openSearchWithQuery(page, `${server.url}${prefix}/search/?q=${encodeURIComponent(pair[lang])}`),
      );
      const results = await page.locator('.site-search__results > li').count();
      costs[lang] = { query: pair[lang], wire, body, requests, results };
      await context.close();
    }
    search.push(costs);
  }

  const metric: Record<string, MetricFloor> = {};
  for (const [lang, prefix] of [
    ['zh', ''],
    ['en', '/en'],
  ] as const)
    metric[lang] = await metricFloor(browser, `${server.url}${prefix}${metricPath}`);
  console.log(JSON.stringify({ search, metric }));
} finally {
  await browser.close();
  await server.stop();
}
