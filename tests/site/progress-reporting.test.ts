/**
 * Progress reporting while figures are few: the progress pages fit a phone with every target,
 * its starting point and status; the missing-figures page exists in both languages and is accessible.
 */
import { describe, expect, inject, it } from 'vitest';
import { metrics } from '../../src/lib/content/data';
import { axeViolations, sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe.each(['/progress/', '/en/progress/'])('%s on a 390 px phone', (path) => {
  it('is at most 4,000 px tall with all 19 targets, each with its starting point and status', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const problems = await watchPage(page, baseUrl);
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    const rows = page.locator('.progress-table tbody tr');
    expect(await rows.count()).toBe(metrics.length);
    for (const row of await rows.all()) {
      expect(await row.locator('.start-line').count()).toBe(1);
      expect(await row.locator('.status').count()).toBe(1);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(4000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(['/missing/', '/en/missing/'])('%s', (path) => {
  it('lists every target without a 2026 figure once, under who publishes it, and is axe-clean', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const problems = await watchPage(page, baseUrl);
    const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const listed = await page
      .locator('.missing-list > li > a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const expected = metrics
      .filter((metric) => metric.observations.every((observation) => observation.kind !== 'progress'))
      .map((metric) => `${path.replace('missing/', '')}progress/${metric.id}/`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
    expect((await axeViolations(page)).map((violation) => violation.id)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.each(['/progress/sister-cities/', '/en/progress/port-teu/'])('%s', (path) => {
  it('says "no 2026 figure" once, and gives the starting point, newest figure, who publishes and the next figure', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    const main = await page.locator('main').innerText();
    expect(main.match(/尚无2026年数字|No 2026 figure yet/g)).toHaveLength(1);
    expect(await page.locator('.metric-reporting .start-line').count()).toBe(1);
    // Newest figure, content checked, expected publisher, where the next figure comes from; and, where content gives one, the month it is expected by.
    const expectedBy = metrics.find((metric) => path.endsWith(`/${metric.id}/`))!.expected ? 1 : 0;
    expect(await page.locator('.reporting-facts > div').count()).toBe(4 + expectedBy);
    await page.close();
  });
});
