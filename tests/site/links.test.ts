/**
 * No broken link: every internal link, image, stylesheet and #fragment in every
 * built page, and in the feeds and sitemap where they exist, leads to a file
 * or an element of dist/; links to other sites are https.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { attribute, elements, parsePage } from '../support/html';
import { builtFiles, builtPages } from '../support/pages';

const distDir = inject('distDir');
const pages = [...builtPages(distDir), '/404.html'];
const files = builtFiles(distDir);
const feeds = files.filter((file) => file.endsWith('.xml'));

/** The file a site path is served from, or undefined: directories serve their index.html. */
function servedFile(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const file = `${distDir}${path}`;
  if (path.endsWith('/')) return existsSync(`${file}index.html`) ? `${path}index.html` : undefined;
  if (existsSync(file) && statSync(file).isFile()) return path;
  return undefined;
}

const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  if (!idsOf.has(file)) {
    const found = new Set<string>();
    if (file.endsWith('.html'))
      for (const element of elements(readFileSync(`${distDir}${file}`, 'utf8')))
        for (const name of ['id', 'name']) if (attribute(element, name)) found.add(attribute(element, name)!);
    idsOf.set(file, found);
  }
  return idsOf.get(file)!;
}

/** The URLs a page refers to, with where they were found. */
function references(path: string): { url: string; where: string }[] {
  const found: { url: string; where: string }[] = [];
  for (const element of parsePage(distDir, path).elements) {
    for (const name of ['href', 'src', 'poster', 'action', 'cite', 'data-src']) {
      const value = attribute(element, name);
      if (value !== undefined) found.push({ url: value, where: `<${element.tagName} ${name}>` });
    }
    const srcset = attribute(element, 'srcset');
    if (srcset) for (const candidate of srcset.split(',')) found.push({ url: candidate.trim().split(/\s+/)[0]!, where: `<${element.tagName} srcset>` });
  }
  return found;
}

function check(url: string, base: string, where: string, problems: string[]) {
  const resolved = new URL(url, `https://site.invalid${base}`);
  if (resolved.host !== 'site.invalid') {
    if (resolved.protocol !== 'https:') problems.push(`${base}: ${where} ${url} is not https`);
    return;
  }
  const file = servedFile(resolved.pathname);
  if (!file) problems.push(`${base}: ${where} ${url} leads nowhere`);
  else if (resolved.hash && !ids(file).has(decodeURIComponent(resolved.hash.slice(1)))) problems.push(`${base}: ${where} ${url}: no element with id "${resolved.hash.slice(1)}"`);
}

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
      const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>|<link[^>]*\bhref="([^"]+)"|<xhtml:link[^>]*\bhref="([^"]+)"/g)].map((match) =>
        (match[1] ?? match[2] ?? match[3])!.replace(/&amp;/g, '&'),
      );
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
