/**
 * Site search in a real browser: each query finds the right page first, in
 * the page's language only; the form works from the keyboard; the page and
 * its results are axe-clean; without JavaScript the page says so and links
 * to the site map, which lists every page of its language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { localizedPath, parsePath, type Lang } from '../../src/lib/language/locale';
import { queryWords } from '../../src/lib/language/search-terms';
import { axeViolations, pagePool, sharedBrowser, violationLines } from '../support/browser';
import { builtPages } from '../support/pages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = sharedBrowser();

/** Each query, the page it must find first (any of `first`), and pages it must find among the first five. */
const queries: { lang: Lang; query: string; first: string[]; alsoTop5: string[] }[] = [
  // Both targets' titles begin with 中欧班列（武汉）: either may come first, the other among the first five.
  {
    lang: 'zh',
    query: '中欧班列',
    first: ['/progress/rail-trains/', '/progress/rail-routes/'],
    alsoTop5: ['/progress/rail-trains/', '/progress/rail-routes/', '/tasks/05-transport-hub/'],
  },
  { lang: 'zh', query: '友城', first: ['/progress/sister-cities/'], alsoTop5: ['/tasks/02-international-image/'] },
  {
    lang: 'zh',
    query: '离境退税',
    first: ['/progress/tax-refund-stores/'],
    alsoTop5: ['/tasks/11-international-consumption/', '/units/tax/'],
  },
  {
    lang: 'zh',
    query: '天河',
    first: ['/progress/intl-air-passengers/', '/progress/tianhe-intl-routes/'],
    alsoTop5: ['/progress/intl-air-passengers/', '/progress/tianhe-intl-routes/'],
  },
  {
    lang: 'en',
    query: 'Tianhe',
    first: ['/progress/tianhe-intl-routes/', '/progress/intl-air-passengers/'],
    alsoTop5: ['/progress/tianhe-intl-routes/', '/progress/intl-air-passengers/'],
  },
  {
    lang: 'en',
    query: 'tax refund',
    first: ['/progress/tax-refund-stores/'],
    alsoTop5: ['/units/tax/', '/tasks/11-international-consumption/'],
  },
  {
    lang: 'en',
    query: 'sister cities',
    first: ['/progress/sister-cities/'],
    alsoTop5: ['/tasks/02-international-image/'],
  },
  // A task's number finds its page first.
  { lang: 'en', query: 'Task 5', first: ['/tasks/05-transport-hub/'], alsoTop5: [] },
  { lang: 'zh', query: '任务5', first: ['/tasks/05-transport-hub/'], alsoTop5: [] },
  // A question the plan does not cover is answered as such.
  { lang: 'en', query: 'visa-free', first: ['/not-covered/'], alsoTop5: [] },
  { lang: 'en', query: '144-hour', first: ['/not-covered/'], alsoTop5: [] },
  { lang: 'zh', query: '免签', first: ['/not-covered/'], alsoTop5: [] },
  // Chinese names on the English site.
  {
    lang: 'en',
    query: '天河',
    first: [
      '/progress/intl-air-passengers/',
      '/progress/tianhe-intl-routes/',
      '/tasks/05-transport-hub/',
      '/units/transport/',
    ],
    alsoTop5: ['/progress/intl-air-passengers/'],
  },
];

async function resultLinks(page: Page): Promise<string[]> {
  await page.waitForSelector('site-search[data-ready]', { timeout: 30_000 });
  return page.$$eval('.site-search__result a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

// One reused page, as in pages.test.ts: Chromium already spreads one page's load over both cores.
const withPage = pagePool(browser, baseUrl, 1);

// Axe on the results of each language's first query: the others differ from it in words, not in markup.
const axeChecked = new Set(['zh', 'en'].map((lang) => queries.find((query) => query.lang === lang)));

describe.concurrent.each(queries)('searching "$query" ($lang)', (search) => {
  const { lang, query, first, alsoTop5 } = search;
  it(`finds the right pages first, only in the page's language${axeChecked.has(search) ? ', and is axe-clean' : ''}`, async () => {
    await withPage(async (page, problems) => {
      await page.goto(baseUrl + localizedPath(lang, '/search/'));
      // Keyboard only: the input is labelled, Enter searches, Tab moves from the input through the button to the first result.
      const input = page.getByLabel(lang === 'zh' ? '搜索关键词' : 'Search for');
      await input.focus();
      await page.keyboard.type(query);
      await page.keyboard.press('Enter');
      const links = await resultLinks(page);

      expect(links.length).toBeGreaterThan(0);
      expect(first.map((path) => localizedPath(lang, path))).toContain(links[0]);
      for (const path of alsoTop5) expect(links.slice(0, 5)).toContain(localizedPath(lang, path));
      expect(links.every((link) => parsePath(link).lang === lang)).toBe(true);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);

      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
      expect(await page.textContent('.site-search__status')).toMatch(/\d/);
      expect(problems).toEqual([]);
      if (!axeChecked.has(search)) return;

      expect(violationLines(await axeViolations(page))).toEqual([]);
    });
  });
});

describe('the search page', () => {
  it('runs a query given in its address (the header entry and shared links)', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('sister cities')}`);
    expect((await resultLinks(page))[0]).toBe('/en/progress/sister-cities/');
    await page.close();
  });

  it('never matches a Chinese word by one of its characters (免签 is not 签约), and finds a name the English index lacks (友城)', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('免签')}`);
    expect(await resultLinks(page)).toEqual(['/not-covered/']);
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('友城')}`);
    expect(await resultLinks(page)).toContain('/en/progress/sister-cities/');
    await page.close();
  });

  it("finds the plan by its whole title, and says which words of a long query it looked up, in the page's language", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('市政协十四届五次会议3号建议案办理工作方案')}`);
    expect((await resultLinks(page))[0]).toBe('/source/');
    expect(await page.textContent('.site-search__status')).toContain('只按前面的词查找：市政 协十 四届');
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('sister cities')}`);
    await page.waitForSelector('site-search[data-ready]');
    expect(await page.textContent('.site-search__status')).not.toContain('first words');
    await page.goto(
      `${baseUrl}/en/search/?q=${encodeURIComponent('progress of the international exchange centre targets in Wuhan')}`,
    );
    expect(await resultLinks(page)).not.toEqual([]);
    expect(await page.textContent('.site-search__status')).toContain(
      'its first words, progress international exchange',
    );
    await page.close();
  });

  it('focuses its input on arrival, and offers the tasks, the glossary, the site map and the questions not covered when nothing matches', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent('zzzqqqxxx')}`);
    await page.waitForSelector('site-search[data-ready]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    const help = await page.$$eval('.site-search__help a', (links) => links.map((link) => link.getAttribute('href')));
    expect(help).toEqual(['/en/tasks/', '/en/glossary/', '/en/sitemap/', '/en/not-covered/']);
    expect(await page.locator('.site-search__help').isVisible()).toBe(true);
    await page.close();
  });

  it("says no page matched, in the page's language", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('zzzqqqxxx')}`);
    await page.waitForSelector('site-search[data-ready]');
    expect(await page.textContent('.site-search__status')).toContain('没有找到');
    expect(await page.locator('.site-search__result').count()).toBe(0);
    // A long query that finds nothing says only that: no "pages found hold its first words".
    const nothing = 'zzqq xxyy wwvv uutt ssrr qqpp';
    expect(queryWords(nothing).left).not.toEqual([]);
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent(nothing)}`);
    await page.waitForSelector('site-search[data-ready]');
    expect(await page.textContent('.site-search__status')).toBe(`No page contains “${nothing}”.`);
    await page.close();
  });

  it('is linked from the header of every page', () => {
    for (const path of builtPages(distDir)) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      expect(html, path).toContain(
        `class="site-header__search" href="${localizedPath(parsePath(path).lang, '/search/')}"`,
      );
    }
  });

  it.each(['zh', 'en'] as const)('without JavaScript says so and links to the site map (%s)', async (lang) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${localizedPath(lang, '/search/')}?q=test`);
    const fallback = page.locator('.site-search__fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('JavaScript');
    expect(await fallback.locator('a').getAttribute('href')).toBe(localizedPath(lang, '/sitemap/'));
    expect(await page.locator('.site-search__form').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the site map page', () => {
  it.each(['zh', 'en'] as const)('links every page of its language (%s)', (lang) => {
    const html = readFileSync(join(distDir, localizedPath(lang, '/sitemap/'), 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const linked = new Set([...main.matchAll(/href="([^"]+)"/g)].map((match) => match[1]));
    const pages = builtPages(distDir).filter((path) => parsePath(path).lang === lang);
    expect(pages.filter((path) => !linked.has(path))).toEqual([]);
  });
});
