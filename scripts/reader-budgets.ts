/**
 * What readers' actions cost, measured in Chromium against a built site served
 * by nginx with the project's own configuration (tests/support/nginx.ts), for
 * scripts/benchmark.mjs:
 *
 * - search after a first query: every request the search page makes from
 *   opening /search/?q=… until the results are shown, in bytes on the wire
 *   (encoded body plus response headers; tests/support/traffic.ts);
 * - the metric page against its physical floor: what the page transfers
 *   (encoded bodies, as the page-weight table counts) over the gzip size of
 *   its HTML without scripts plus the CSS rules it uses at 390 and 1280 px
 *   (Chromium's CSS coverage). The inline chart is part of that HTML.
 *
 * Usage: tsx scripts/reader-budgets.ts <dist> <search query zh> <search query en> <metric path>; prints one JSON object.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startNginx } from '../tests/support/nginx';
import { openSearchWithQuery, traffic } from '../tests/support/traffic';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

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

  const metric: Record<string, { transfer: number; floor: number; html: number; usedCss: number }> = {};
  for (const [lang, prefix] of [
    ['zh', ''],
    ['en', '/en'],
  ] as const) {
    const used = new Map<string, Set<string>>();
    let transfer = 0;
    let html = '';
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.coverage.startCSSCoverage();
      const measured = await traffic(context, async () => {
        const response = await page.goto(`${server.url}${prefix}${metricPath}`, { waitUntil: 'load' });
        html = (await response?.text()) ?? '';
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
      });
      transfer = Math.max(transfer, measured.body);
      for (const entry of await page.coverage.stopCSSCoverage()) {
        const rules = used.get(entry.url) ?? new Set<string>();
        for (const range of entry.ranges) rules.add(entry.text!.slice(range.start, range.end));
        used.set(entry.url, rules);
      }
      await context.close();
    }
    const usedCss = [...used.values()].flatMap((rules) => [...rules]).join('\n');
    const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const floor = gzipSync(withoutScripts + usedCss, { level: 6 }).length;
    metric[lang] = {
      transfer,
      floor,
      html: gzipSync(withoutScripts, { level: 6 }).length,
      usedCss: gzipSync(usedCss, { level: 6 }).length,
    };
  }
  console.log(JSON.stringify({ search, metric }));
} finally {
  await browser.close();
  await server.stop();
}
