/**
 * The metric page against its physical floor, as the benchmark measures it
 * (scripts/reader-budgets.ts) and a site test pins it
 * (tests/site/metric-floor.test.ts): what the page transfers (encoded bodies,
 * as the page-weight table counts, at 390 and 1280 px, scrolled to the end)
 * over the gzip size of its HTML without scripts plus the CSS rules Chromium
 * saw used at either width (CSS coverage). The inline chart is part of that HTML.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { traffic } from '../tests/support/traffic';

/** The budget (issue 24; `metricToFloor` in scripts/benchmark.mjs): transfer at most 1.3 × the floor. */
export const metricToFloorBudget = 1.3;

export interface MetricFloor {
  /** Bytes the page transfers, the larger of the two widths. */
  transfer: number;
  /** gzip of the HTML without scripts and the used CSS, together. */
  floor: number;
  /** gzip of the HTML without scripts alone. */
  html: number;
  /** gzip of the used CSS alone. */
  usedCss: number;
}

/** Opens `url` at 390 and 1280 px in fresh contexts and measures the page against its floor. */
export async function metricFloor(browser: Browser, url: string): Promise<MetricFloor> {
  const used = new Map<string, Set<string>>();
  let transfer = 0;
  let html = '';
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.coverage.startCSSCoverage();
    const measured = await traffic(context, async () => {
      const response = await page.goto(url, { waitUntil: 'load' });
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
  return {
    transfer,
    floor: gzipSync(withoutScripts + usedCss, { level: 6 }).length,
    html: gzipSync(withoutScripts, { level: 6 }).length,
    usedCss: gzipSync(usedCss, { level: 6 }).length,
  };
}
