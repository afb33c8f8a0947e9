/**
 * Every built page, in both languages, in a real browser: no console errors,
 * nothing from another host, no axe violations (WCAG 2.2 AA), one h1, the
 * right language and alternates, and a language switch that lands on the
 * same page in the other language.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedPath, otherLang, parsePath } from '../../src/lib/locale';
import { axeViolations, launchBrowser, watchPage } from '../support/browser';
import { builtPages } from '../support/pages';

const baseUrl = inject('baseUrl');
const pages = builtPages(inject('distDir'));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  it('has every page in both languages', () => {
    const zh = pages.filter((path) => parsePath(path).lang === 'zh').map((path) => parsePath(path).path);
    const en = pages.filter((path) => parsePath(path).lang === 'en').map((path) => parsePath(path).path);
    expect(en).toEqual(zh);
    // home, goals, tasks index, 12 tasks, units index, 31 units, timeline, organization, source
    expect(zh.length).toBeGreaterThanOrEqual(1 + 1 + 1 + 12 + 1 + 31 + 3);
  });
});

describe.each(pages)('%s', (path) => {
  it('reads cleanly, accessibly and in the right language, and switches language in place', async () => {
    const page = await context.newPage();
    const problems = watchPage(page, baseUrl);
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    const { lang, path: neutral } = parsePath(path);

    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);

    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    );
    expect(alternates).toEqual({ 'zh-CN': localizedPath('zh', neutral), en: localizedPath('en', neutral), 'x-default': localizedPath('zh', neutral) });

    const violations = await axeViolations(page);
    expect(violations.map((violation) => `${violation.id}: ${violation.help} @ ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.click('a.language-switch');
    await page.waitForLoadState('load');
    const other = otherLang(lang);
    expect(new URL(page.url()).pathname).toBe(localizedPath(other, neutral));
    expect(await page.getAttribute('html', 'lang')).toBe(other === 'zh' ? 'zh-CN' : 'en');

    expect(problems).toEqual([]);
    await page.close();
  });
});
