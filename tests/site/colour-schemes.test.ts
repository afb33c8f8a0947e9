/** Dark mode keeps the contrast WCAG asks for (axe's colour-contrast rule, with the reader's system set to dark), on each kind of page in both languages. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, sharedBrowser } from '../support/browser';
import { builtPages, templatePages } from '../support/pages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = sharedBrowser();

describe('colour schemes', () => {
  it('keeps text contrast in dark mode on every kind of page', async () => {
    const context = await browser().newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of templatePages(builtPages(distDir))) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).not.toBe(
        'rgb(255, 255, 255)',
      );
      // The light scheme passes every WCAG rule in pages.test.ts; what dark mode changes is colour.
      for (const violation of await axeViolations(page, ['color-contrast']))
        failures.push(
          `${path}: ${violation.id} ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
    }
    expect(failures).toEqual([]);
    await context.close();
  }, 600_000);
});
