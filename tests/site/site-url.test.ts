/**
 * What the site tests' build, made with SITE_URL (global-setup.ts), owes to
 * its address: sitemap.xml lists every page with both language alternates,
 * robots.txt names it, canonical and feed links are absolute, the build says
 * nothing about SITE_URL, and printed pages (Chromium's PDF) show the
 * absolute URL and the date, no navigation. A build without SITE_URL is
 * checked in reproducible.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { metricsFile } from '../../src/lib/content/data';
import { formatDate } from '../../src/lib/language/format';
import { localizedPath, parsePath } from '../../src/lib/language/locale';
import { checkAtomFeed } from '../support/atom';
import { sharedBrowser } from '../support/browser';
import { builtPages } from '../support/pages';
import { testSiteUrl } from '../support/site-url';
import { mainBuildOutput } from '../support/build-wait';

const siteUrl = testSiteUrl.replace(/\/$/, '');
const dist = inject('distDir');
const baseUrl = inject('baseUrl');
const buildOutput = mainBuildOutput();
const browser = sharedBrowser();

describe('a build with SITE_URL', () => {
  it('has nothing to say about SITE_URL', () => {
    expect(buildOutput).toContain('Complete!');
    expect(buildOutput).not.toContain('SITE_URL');
  });

  it('lists every page in sitemap.xml with both language alternates, and robots.txt names it', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    const parser = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
    });
    const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
    const urls = index.sitemapindex.sitemap.flatMap((sitemap: { loc: string }) => {
      expect(sitemap.loc.startsWith(`${siteUrl}/`)).toBe(true);
      return parser.parse(readFileSync(join(dist, new URL(sitemap.loc).pathname), 'utf8')).urlset.url;
    }) as { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[];
    const listed = new Map(urls.map((url) => [url.loc, url]));
    for (const path of builtPages(dist)) {
      const url = listed.get(siteUrl + path);
      expect(url, path).toBeDefined();
      const { path: neutral } = parsePath(path);
      const alternates = Object.fromEntries(url!['xhtml:link'].map((link) => [link['@_hreflang'], link['@_href']]));
      expect(alternates, path).toMatchObject({
        'zh-CN': siteUrl + localizedPath('zh', neutral),
        en: siteUrl + localizedPath('en', neutral),
      });
    }
    expect([...listed.keys()].some((loc) => loc.includes('404'))).toBe(false);
  });

  it('gives canonical, alternate and feed links in full', () => {
    const html = readFileSync(join(dist, 'en', 'tasks', '05-transport-hub', 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}/en/tasks/05-transport-hub/">`);
    expect(html).toContain(`hreflang="zh-CN" href="${siteUrl}/tasks/05-transport-hub/"`);
    expect(html).toMatch(new RegExp(`type="application/atom\\+xml" title="[^"]+" href="${siteUrl}/en/updates.xml"`));
    const feed = readFileSync(join(dist, 'en', 'updates.xml'), 'utf8');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${siteUrl}/en/updates.xml"/>`);
    for (const entry of checkAtomFeed(feed, 'en'))
      expect(entry.link[0]!['@_href'].startsWith(`${siteUrl}/en/`)).toBe(true);
  });

  it.each([
    ['/en/tasks/05-transport-hub/', ['Skip to main content', '阅读本页中文版', 'Site map', 'Downloads']],
    ['/en/report/', ['Skip to main content', '阅读本页中文版', 'Site map', 'Downloads']],
    ['/report/', ['跳至正文', 'Read this page in English', '网站地图', '数据下载']],
  ])('prints %s with its address and date and without navigation', async (path, absent) => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      const pdf = join(tmpdir(), `wuhan-print-${process.pid}-${path.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const { lang } = parsePath(path);
      const asOf = metricsFile.asOf;
      expect(text).toContain(siteUrl + path);
      expect(text).toContain(formatDate(asOf, lang));
      for (const phrase of absent) expect(text, phrase).not.toContain(phrase);
    } finally {
      await context.close();
    }
  });
});
