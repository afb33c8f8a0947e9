/**
 * No page scrolls sideways: every page in both languages at 320 px (small
 * phones, or zoomed) and at 390 px with the text at 200% (WeChat's large font
 * setting). And on a phone the navigation is one menu button that works
 * without a script, with the header's controls at least 44 px.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { builtPages } from '../support/pages';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = sharedBrowser();
const pages = builtPages(distDir);

/** The pages wider than the window, at a width and text size. */
async function overflowing(open: () => Browser, width: number, textSize: string): Promise<string[]> {
  const page = await open().newPage({ viewport: { width, height: 800 } });
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    const { scroll, client } = await page.evaluate((size) => {
      document.documentElement.style.fontSize = size;
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
    }, textSize);
    if (scroll > client) wide.push(`${path}: ${scroll} px wide in ${client}`);
  }
  await page.close();
  return wide;
}

describe.concurrent('phones and large text', () => {
  it('no page scrolls sideways at 320 px', async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(await overflowing(browser, 320, '')).toEqual([]);
  }, 600_000);

  it('no page scrolls sideways at 390 px with 200% text', async () => {
    expect(await overflowing(browser, 390, '200%')).toEqual([]);
  }, 600_000);

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
