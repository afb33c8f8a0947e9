/** What sharing needs a browser for: the copy buttons (the link, the citation), and the language switch keeping the anchor. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, sharedBrowser, watchPage } from '../support/browser';
import { testSiteUrl } from '../support/site-url';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('share and anchors in a browser', () => {
  it('copies the page link and the citation with one click each, and says so', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    const problems = await watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/en/progress/sister-cities/`, { waitUntil: 'load' });
    const link = page.locator('copy-link:has(.share-block__url)');
    await link.locator('.copy-link__button').click();
    await expect.poll(() => link.locator('.copy-link__status').textContent()).toBe('Link copied.');
    // The page's published address (SITE_URL), not the test server's.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${testSiteUrl}en/progress/sister-cities/`);

    // The page's citation, as one line of plain text, from its own button.
    const citation = page.locator('.citation-block copy-link');
    await citation.locator('.copy-link__button').click();
    await expect.poll(() => citation.locator('.copy-link__status').textContent()).toBe('Citation copied.');
    const shown = (await citation.locator('[data-copy]').textContent())!.replace(/\s+/g, ' ').trim();
    expect(shown).toContain(`${testSiteUrl}en/progress/sister-cities/`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect((await axeViolations(page)).map((violation) => violation.id)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the anchor when the reader switches language, in both directions', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const problems = await watchPage(page, baseUrl);
    await page.goto(`${baseUrl}/en/source/#item-5`, { waitUntil: 'load' });
    await page.click('.language-switch');
    await page.waitForURL(`${baseUrl}/source/#item-5`);
    expect(await page.locator('#item-5').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/progress/sister-cities/#figure-2025-04-23`, { waitUntil: 'load' });
    await page.click('.language-switch');
    await page.waitForURL(`${baseUrl}/en/progress/sister-cities/#figure-2025-04-23`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
