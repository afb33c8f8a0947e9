/**
 * Search's transfer budget on the real build, served by nginx with the project's configuration:
 * opening the search page with a first query, until its results show, moves at most 60 KB on the
 * wire (bodies as sent plus headers) in at most 8 requests, in either language (issue 24;
 * docs/benchmarks.md, "What readers do", measures the same with scripts/reader-budgets.ts). The
 * first screen comes from the index files of the query's own words; later results are fetched
 * only when the reader asks for them.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { openSearchWithQuery, traffic } from '../support/traffic';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** The budget (scripts/benchmark.mjs has the same). */
const budget = { wire: 60_000, requests: 8 };

describe.each([
  { prefix: '', query: '武汉' },
  { prefix: '/en', query: 'Wuhan' },
  { prefix: '', query: '离境退税' },
  { prefix: '/en', query: 'Task 5' },
  // One page holds it: nothing more to ask for.
  { prefix: '', query: '免签' },
  // Long queries: a phrase, the site's subject, the plan's title (武政办〔2026〕26号) and a sentence, each within the same budget.
  { prefix: '', query: '国际交往中心' },
  { prefix: '', query: '武汉国际交往中心建设' },
  { prefix: '', query: '市政协十四届五次会议3号建议案办理工作方案' },
  { prefix: '/en', query: 'progress of the international exchange centre targets in Wuhan' },
])('a first query "$query"', ({ prefix, query }) => {
  it(`shows its results within ${budget.wire / 1000} KB and ${budget.requests} requests, and fetches more only when asked`, async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const first = await traffic(context, () =>
      openSearchWithQuery(page, `${baseUrl}${prefix}/search/?q=${encodeURIComponent(query)}`),
    );
    const listing = first.each.map(({ url, wire }) => `${wire} ${url.replace(baseUrl, '')}`).join('\n');
    expect(await page.locator('.site-search__results > li').count(), listing).toBeGreaterThan(0);
    expect(first.requests, listing).toBeLessThanOrEqual(budget.requests);
    expect(first.wire, listing).toBeLessThanOrEqual(budget.wire);

    // More results, where there are more (the status counts them all), come with one click and add to the list.
    const more = page.locator('.site-search__more');
    const total = Number(/\d+/.exec((await page.locator('.site-search__status').textContent()) ?? '')?.[0]);
    const shown = await page.locator('.site-search__results > li').count();
    expect(await more.isVisible(), `${shown} of ${total} shown`).toBe(total > shown);
    if (total > shown) {
      const before = await page.locator('.site-search__results > li').count();
      await more.click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('.site-search__results > li').length > count,
        before,
      );
      // The reader continues from the first new result.
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.previousElementSibling !== null)).toBe(
        true,
      );
    }
    await context.close();
  });
});
