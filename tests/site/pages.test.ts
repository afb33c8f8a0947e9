/**
 * The built site in Chromium, served by nginx with the project's own
 * configuration and its Content-Security-Policy (global-setup.ts).
 * Every page in both languages, one at a time in a browser context reused
 * from page to page, visited once: no console error or warning, no CSP
 * violation, nothing from another host, no failed request; and no sideways
 * scroll at 320 px (small phones, or zoomed) nor at 390 px with the text at
 * 200% (WeChat's large font setting). Every page template in both languages at
 * desktop width, and in Chinese at phone width (390 px): no axe (WCAG 2.2 AA)
 * violation; at desktop width the same page, switched to the reader's dark
 * scheme, keeps axe's colour contrast. The layout itself (lang, h1,
 * alternates, the language switch's target) is checked on every page without
 * a browser, in static.test.ts; the switch is clicked, both ways, in
 * share-browser.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parsePath } from '../../src/lib/language/locale';
import { securityHeaders } from '../../src/lib/serving/policy';
import { axeViolations, pagePool, sharedBrowser, violationLines, watchPage } from '../support/browser';
import { builtPages, templateOf, templatePages } from '../support/pages';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('distDir'));
const browser = sharedBrowser();

const widths = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
  narrow: { width: 320, height: 800 },
} as const;

// One page a pool: Chromium's renderer, its browser process and this test's process already work side by side on
// one page's load, and four pages at a time took a fifth more CPU and longer on two cores (measured).
const withPage = pagePool(browser, baseUrl, 1, { viewport: widths.desktop });
const withNarrowPage = pagePool(browser, baseUrl, 1, { viewport: widths.narrow });

const notFound = ['/no-such-page/', '/en/no-such-page/'];
const templates = [...templatePages(pages), ...notFound];

/** How much wider than the window the page at `page` is laid out, in px (0 when it fits). */
const overflow = (page: Page, textSize = '') =>
  page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  }, textSize);

/** The two ways a phone reader may see a page: a small screen, and a larger one with the text at 200%. */
const phoneChecks = [
  { viewport: widths.narrow, textSize: '', label: `px wider than ${widths.narrow.width}` },
  { viewport: widths.phone, textSize: '200%', label: `px wider than ${widths.phone.width} with 200% text` },
];

// One visit a page: the phone checks reuse the load that the console and CSP checks watch. The page is loaded at
// the window size the last check left, which is checked first, so each visit resizes the window once.
describe.concurrent.each(pages)('%s', (path) => {
  it('loads under the CSP with no console error, no violation and nothing from another host, and fits a phone', async () => {
    await withNarrowPage(async (page, problems) => {
      const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(problems).toEqual([]);
      const checks = page.viewportSize()?.width === widths.phone.width ? [...phoneChecks].reverse() : phoneChecks;
      for (const [index, check] of checks.entries()) {
        if (index > 0) await page.setViewportSize(check.viewport);
        expect(await overflow(page, check.textSize), check.label).toBe(0);
      }
    });
  });
});

// Desktop width in both languages; phone width in Chinese, the language most readers use on a phone.
// Axe is the costly part of the suite (about a second of Chromium's time a run), hence one phone language.
const cases = templates.flatMap((path) =>
  (parsePath(path).lang === 'zh' ? (['desktop', 'phone'] as const) : (['desktop'] as const)).map((width) => ({
    path,
    width,
    template: notFound.includes(path) ? '404' : templateOf(path),
  })),
);

const withPhonePage = pagePool(browser, baseUrl, 1, { viewport: widths.phone });

describe.concurrent.each(cases)('template $template: $path at $width width', ({ path, width }) => {
  it(
    width === 'desktop' ? 'has no axe violation, and keeps its contrast in dark mode' : 'has no axe violation',
    async () => {
      await (width === 'phone' ? withPhonePage : withPage)(
        async (page, problems) => {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.goto(baseUrl + path, { waitUntil: 'load' });
          expect(violationLines(await axeViolations(page))).toEqual([]);
          expect(problems).toEqual([]);
          if (width !== 'desktop') return;
          // What the dark scheme changes is colour; the light scheme has just passed every other rule.
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
            'rgb(255, 255, 255)',
          );
          expect(violationLines(await axeViolations(page, ['color-contrast'])), 'dark mode').toEqual([]);
        },
        { [baseUrl + path]: 404 },
      );
    },
  );
});

describe('the page watcher', () => {
  it('reports what the CSP blocks: an inline script and a style attribute', async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const probe = `${baseUrl}/csp-probe/`;
      await page.route(probe, (route) =>
        route.fulfill({
          status: 200,
          headers: { ...securityHeaders, 'content-type': 'text/html; charset=utf-8' },
          body: '<!doctype html><title>probe</title><p style="color:red">x</p><script>document.title = "ran"</script>',
        }),
      );
      const problems = await watchPage(page, baseUrl);
      await page.goto(probe, { waitUntil: 'load' });
      expect(await page.title()).toBe('probe');
      expect(problems.filter((problem) => problem.startsWith('console error: CSP violation: script-src')).length).toBe(
        1,
      );
      expect(problems.some((problem) => problem.startsWith('console error: CSP violation: style-src'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
