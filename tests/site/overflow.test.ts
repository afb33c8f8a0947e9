/**
 * On a phone the navigation is one menu button that works without a script,
 * with the header's controls at least 44 px. That no page scrolls sideways at
 * 320 px or with 200% text is checked on every page's one visit, in
 * pages.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('phones', () => {
  it('collapses the navigation into one menu button on a phone, which opens without a script', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/tasks/`, { waitUntil: 'load' });
    const toggle = page.locator('.site-nav__toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('.site-nav__list--bar').isVisible()).toBe(false);
    expect(await page.locator('.site-nav__list--menu a').first().isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('.site-nav__list--menu a').first().isVisible()).toBe(true);
    for (const control of ['.site-nav__toggle', '.site-header__search', '.site-header .language-switch']) {
      const box = (await page.locator(control).boundingBox())!;
      expect(Math.min(box.width, box.height), control).toBeGreaterThanOrEqual(44);
    }
    // On a wide screen the bar shows and the menu button does not.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.locator('.site-nav__list--bar').isVisible()).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
    await context.close();
  });
});
