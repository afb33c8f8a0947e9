/** Dark mode keeps the contrast WCAG asks for (axe's colour-contrast rule, with the reader's system set to dark), on each kind of page in both languages. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, pagePool, sharedBrowser } from '../support/browser';
import { builtPages, templatePages } from '../support/pages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = sharedBrowser();
const withDarkPage = pagePool(browser, baseUrl, 2, { colorScheme: 'dark', viewport: { width: 1280, height: 900 } });

describe.concurrent.each(templatePages(builtPages(distDir)))('%s in dark mode', (path) => {
  it('keeps text contrast', async () => {
    await withDarkPage(async (page) => {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
      // The light scheme passes every WCAG rule in pages.test.ts; what dark mode changes is colour.
      const violations = await axeViolations(page, ['color-contrast']);
      expect(
        violations.map(
          (violation) =>
            `${violation.id} ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
    });
  });
});
