/**
 * No broken link: every internal link, image, stylesheet and #fragment in every
 * built page, and in the feeds and sitemap where they exist, leads to a file
 * or an element of dist/; links to other sites are https.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { siteLinks } from '../support/page-checks';
import { builtFiles, builtPages, notFoundFiles } from '../support/pages';

const distDir = inject('distDir');
const pages = [...builtPages(distDir), ...notFoundFiles];
const files = builtFiles(distDir);
const feeds = files.filter((file) => file.endsWith('.xml'));

const { references, check } = siteLinks(distDir);

describe('links', () => {
  it('every internal link and fragment in every page resolves, and external links are https', () => {
    const problems: string[] = [];
    let count = 0;
    for (const path of pages) {
      for (const { url, where } of references(path)) {
        count += 1;
        check(url, path, where, problems);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(pages.length * 10);
  });

  it.skipIf(!feeds.length)('every link in the feeds and the sitemap resolves', () => {
    const problems: string[] = [];
    const site = process.env.SITE_URL;
    for (const feed of feeds) {
      const xml = readFileSync(`${distDir}${feed}`, 'utf8');
      const urls = [
        ...xml.matchAll(/<loc>([^<]+)<\/loc>|<link[^>]*\bhref="([^"]+)"|<xhtml:link[^>]*\bhref="([^"]+)"/g),
      ].map((match) => (match[1] ?? match[2] ?? match[3])!.replace(/&amp;/g, '&'));
      for (const url of urls) {
        // Feeds and the sitemap give full addresses on the site's own host.
        const local = site && url.startsWith(site) ? url.slice(new URL(site).origin.length) : url;
        check(local, feed, 'link', problems);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the check itself finds a broken link and a broken fragment', () => {
    const problems: string[] = [];
    check('/no-such-page/', '/', '<a href>', problems);
    check('/#no-such-id', '/', '<a href>', problems);
    check('http://example.com/', '/', '<a href>', problems);
    check('#main', '/', '<a href>', problems);
    expect(problems).toHaveLength(3);
  });
});
