/**
 * Builds that differ only in SITE_URL, in copies of the project:
 * - without it the build succeeds, says once (naming SITE_URL) what lacks an
 *   address, writes no sitemap, and its feeds still hold a newly added figure;
 * - with it, sitemap.xml lists every page with both language alternates,
 *   robots.txt names it, canonical and feed links are absolute, and printed
 *   pages (Chromium's PDF) show the absolute URL and the date, no navigation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format';
import { localizedPath, parsePath } from '../../src/lib/locale';
import { checkAtomFeed } from '../support/atom';
import { launchBrowser } from '../support/browser';
import { builtPages } from '../support/pages';
import { projectCopy, type ProjectCopy } from '../support/project-copy';
import { serveStatic } from '../support/static-server';

const siteUrl = 'https://wuhan.example.gov.cn';
const addedFigure = { date: '2026-06-30', value: 131, bound: 'exact', kind: 'progress', source: { title: { zh: '测试来源', en: 'Test source' }, publisher: { zh: '测试', en: 'Test' }, url: 'https://example.org/', publishedOn: '2026-07-01' } };

describe('a build without SITE_URL, with a figure added', () => {
  let copy: ProjectCopy;
  let build: { status: number; output: string };
  beforeAll(() => {
    copy = projectCopy([
      {
        file: 'content/metrics.json',
        change: (text) => {
          const data = JSON.parse(text);
          data.metrics.find((metric: { id: string }) => metric.id === 'sister-cities').observations.push(addedFigure);
          return JSON.stringify(data, null, 2);
        },
      },
    ]);
    build = copy.run('build', { SITE_URL: undefined });
  });
  afterAll(() => copy?.remove());

  it('succeeds and says once, naming SITE_URL, what lacks an address', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output.split('\n').filter((line) => line.includes('SITE_URL'))).toHaveLength(1);
    expect(existsSync(join(copy.dir, 'dist', 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(copy.dir, 'dist', 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(readFileSync(join(copy.dir, 'dist', 'en', 'index.html'), 'utf8')).toContain('<link rel="canonical" href="/en/">');
  });

  it.each([['zh', 'zh-CN'], ['en', 'en']] as const)('holds an entry for the added figure in the %s feed', (lang, tag) => {
    const xml = readFileSync(join(copy.dir, 'dist', lang === 'zh' ? '' : 'en', 'updates.xml'), 'utf8');
    const entry = checkAtomFeed(xml, tag).find((candidate) => candidate.id.endsWith(`:${lang}/figure/sister-cities/2026-06-30`));
    expect(entry).toBeDefined();
    expect(entry!.link[0]!['@_href']).toBe(localizedPath(lang, '/progress/sister-cities/'));
  });
});

describe('a build with SITE_URL', () => {
  let copy: ProjectCopy;
  let build: { status: number; output: string };
  let dist: string;
  let server: Server | undefined;
  let baseUrl: string;
  beforeAll(async () => {
    copy = projectCopy([]);
    build = copy.run('build', { SITE_URL: siteUrl });
    dist = join(copy.dir, 'dist');
    ({ server, url: baseUrl } = await serveStatic(dist));
  });
  afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    copy?.remove();
  });

  it('has nothing to say about SITE_URL', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain('SITE_URL');
  });

  it('lists every page in sitemap.xml with both language alternates, and robots.txt names it', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });
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
      expect(alternates, path).toMatchObject({ 'zh-CN': siteUrl + localizedPath('zh', neutral), en: siteUrl + localizedPath('en', neutral) });
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
    for (const entry of checkAtomFeed(feed, 'en')) expect(entry.link[0]!['@_href'].startsWith(`${siteUrl}/en/`)).toBe(true);
  });

  it.each([
    ['/en/tasks/05-transport-hub/', ['Skip to main content', '阅读本页中文版', 'Site map', 'Downloads']],
    ['/en/report/', ['Skip to main content', '阅读本页中文版', 'Site map', 'Downloads']],
    ['/report/', ['跳至正文', 'Read this page in English', '网站地图', '数据下载']],
  ])('prints %s with its address and date and without navigation', async (path, absent) => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      const pdf = join(tmpdir(), `wuhan-print-${process.pid}-${path.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4' }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const { lang } = parsePath(path);
      const asOf = JSON.parse(readFileSync(join(copy.dir, 'content', 'metrics.json'), 'utf8')).asOf as string;
      expect(text).toContain(siteUrl + path);
      expect(text).toContain(formatDate(asOf, lang));
      for (const phrase of absent) expect(text, phrase).not.toContain(phrase);
    } finally {
      await browser.close();
    }
  });
});
