/** The chart explorer: asked for, it draws the same figures in the browser with tooltips, from this host only. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['/progress/rail-trains/', '/en/progress/sister-cities/'])('%s', (path) => {
  it('swaps the static chart for an interactive one when asked, with tooltips that give figure, date and source', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchPage(page, baseUrl);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    // Chart.js is not loaded until the reader asks.
    expect(scripts.some((script) => script.includes('interactive-chart'))).toBe(false);
    await page.click('.chart-explorer__button');
    await page.waitForSelector('chart-explorer[data-ready="true"]', { timeout: 15_000 });
    expect(scripts.some((script) => script.includes('interactive-chart'))).toBe(true);
    expect(await page.locator('chart-explorer picture').count()).toBe(0);
    const canvas = page.locator('.chart-explorer__canvas canvas');
    expect(await canvas.getAttribute('aria-label')).toMatch(/.{40,}/);
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);

    const violations = await axeViolations(page);
    expect(violations.map((violation) => violation.id)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the static chart and its table, and no button that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/progress/rail-trains/`, { waitUntil: 'load' });
    const image = page.locator('chart-explorer img');
    const loaded = await image.evaluate((element: HTMLImageElement) => ({ width: element.naturalWidth, source: element.currentSrc }));
    expect(loaded.width, JSON.stringify(loaded)).toBeGreaterThan(0);
    // The phone gets the narrow chart.
    expect(loaded.source).toMatch(/\/en\/charts\/rail-trains-narrow\.png$/);
    expect(await page.locator('.chart-explorer__button').isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    await context.close();
  });
});
