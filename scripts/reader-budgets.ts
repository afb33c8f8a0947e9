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
 * Usage: tsx scripts/reader-budgets.ts <dist> <search query zh> <search query en> <metric path>; prints one JSON object.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startNginx } from '../tests/support/nginx';
import { openSearchWithQuery, traffic } from '../tests/support/traffic';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { metricFloor, type MetricFloor } from './metric-floor';

const [distDir, queryZh, queryEn, metricPath] = process.argv.slice(2);
if (!distDir || !queryZh || !queryEn || !metricPath)
  throw new Error('usage: tsx scripts/reader-budgets.ts <dist> <query zh> <query en> <metric path>');

// The browser first: if it cannot start, no server is left running.
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
const server = await startNginx(resolve(distDir)).catch(async (error: unknown) => {
  await browser.close();
  throw error;
});
try {
  const search: Record<string, { wire: number; body: number; requests: number; results: number }> = {};
  for (const [lang, prefix, query] of [
    ['zh', '', queryZh],
    ['en', '/en', queryEn],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { wire, body, requests } = await traffic(context, () =>
      openSearchWithQuery(page, `${server.url}${prefix}/search/?q=${encodeURIComponent(query)}`),
    );
    const results = await page.locator('.site-search__results > li').count();
    search[lang] = { wire, body, requests, results };
    await context.close();
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
