/** The chart explorer: asked for, it draws the same figures in the browser with tooltips, from this host only. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe.each(['/progress/rail-trains/', '/en/progress/sister-cities/'])('%s', (path) => {
  it('swaps the static chart for an interactive one when asked, with tooltips that give figure, date and source', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
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
    expect(await page.locator('chart-explorer .chart__drawing').count()).toBe(0);
    // Focus follows the button's work to the chart that replaced the static one.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('chart-explorer__canvas');
    const canvas = page.locator('.chart-explorer__canvas canvas');
    expect(await canvas.getAttribute('aria-label')).toMatch(/^(?:折线图：|Line chart: ).+/);
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);

    const violations = await axeViolations(page);
    expect(violations.map((violation) => violation.id)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the static chart, legible on a phone, and its table, and no button that would do nothing', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/progress/rail-trains/`, { waitUntil: 'load' });
    // The chart is drawn in the page itself: no image to load, its text in the page's font at a size a phone can read.
    const drawing = page.locator('chart-explorer .chart__drawing');
    expect(await drawing.getAttribute('role')).toBe('img');
    expect(await drawing.getAttribute('aria-label')).toMatch(/^Line chart: China-Europe/);
    const box = (await drawing.locator('svg').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const tickSize = await drawing
      .locator('svg text')
      .first()
      .evaluate((element) => element.getBoundingClientRect().height);
    expect(tickSize).toBeGreaterThanOrEqual(11);
    // The quarter ticks are left out on a phone.
    expect(
      await drawing
        .locator('svg text.minor')
        .evaluateAll((ticks) => ticks.filter((tick) => getComputedStyle(tick).display !== 'none').length),
    ).toBe(0);
    expect(await page.locator('.chart-explorer__button').isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('by keyboard and on a phone', () => {
  it('takes focus when drawn, steps through figures with the arrow keys, and Escape brings back the static chart and the button', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/en/progress/sister-cities/`, { waitUntil: 'load' });
    // Tab reaches the button.
    let reached = false;
    for (let stop = 0; stop < 60 && !reached; stop += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.classList.contains('chart-explorer__button') ?? false,
      );
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('chart-explorer[data-ready="true"]', { timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('chart-explorer__canvas');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.chart-explorer__status').innerText()).toMatch(/125 cities/);
    await page.keyboard.press('Escape');
    expect(await page.locator('chart-explorer .chart__drawing').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart-explorer__button'))).toBe(true);
    await page.close();
  });

  it('fills the width at 390 px, with no horizontal overflow and its tooltip inside the screen', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/en/progress/sister-cities/`, { waitUntil: 'load' });
    await page.click('.chart-explorer__button');
    await page.waitForSelector('chart-explorer[data-ready="true"]', { timeout: 15_000 });
    const frame = (await page.locator('.chart-explorer__canvas').boundingBox())!;
    const main = (await page.locator('main .wrap').last().boundingBox())!;
    expect(frame.width).toBeGreaterThanOrEqual(main.width - 48);
    await page.keyboard.press('ArrowRight');
    const span = (await page.locator('.chart-explorer__canvas').getAttribute('data-tooltip-span'))!
      .split(' ')
      .map(Number);
    const canvas = (await page.locator('.chart-explorer__canvas canvas').boundingBox())!;
    expect(canvas.x + span[0]!).toBeGreaterThanOrEqual(0);
    expect(canvas.x + span[1]!).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});
