import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/errors';
import { brokenLinks, duplicateIds } from '../../src/integrations/content-check';

/** A built site with two pages and one image. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'built-'));
  for (const [path, html] of [
    ['en/goals/index.html', '<h2 id="exchange">x</h2>'],
    ['tasks/01-a/index.html', '<p id="note">x</p>'],
    ['en/tasks/01-a/index.html', ''],
  ] as const) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  mkdirSync(join(dir, 'images'));
  writeFileSync(join(dir, 'images', 'a.png'), '');
  return dir;
}

describe('brokenLinks', () => {
  const file = 'content/tasks/en/01-a.mdx';
  it('accepts on-site links and images that the build produced, with their fragments', () => {
    const links = ['/en/goals/', '/en/goals/#exchange', '../../goals/', '/images/a.png', '/tasks/01-a/#note', './'].map(
      (url) => ({ file, url, line: 3 }),
    );
    expect(brokenLinks(builtSite(), links)).toEqual([]);
  });

  it('refuses a missing page, a missing image and a missing fragment, with the file and line', () => {
    const links = [
      { file, url: '/tasks/99-missing/', line: 4 },
      { file, url: '/images/missing.png', line: 5 },
      { file, url: '/en/goals/#nope', line: 6 },
      { file: 'content/tasks/zh/01-a.mdx', url: '#nope', line: 7 },
    ];
    expect(brokenLinks(builtSite(), links).map(formatProblem)).toEqual([
      'content/tasks/en/01-a.mdx › link: "/tasks/99-missing/" leads to a page or file this site does not have: check the address (line 4)',
      'content/tasks/en/01-a.mdx › link: "/images/missing.png" leads to a page or file this site does not have: check the address (line 5)',
      'content/tasks/en/01-a.mdx › link: "/en/goals/#nope": the page exists, but has no place marked #nope (line 6)',
      'content/tasks/zh/01-a.mdx › link: "#nope": the page exists, but has no place marked #nope (line 7)',
    ]);
  });

  it('names the file for a link it cannot read, and never looks outside the built site', () => {
    const dir = builtSite();
    const links = [
      { file, url: '/tasks/%E0%A4%A/', line: 8 },
      { file, url: '/..%2F..%2F..%2F..%2F..%2F..%2Fetc/passwd', line: 9 },
      { file, url: '/_headers', line: 10 },
    ];
    writeFileSync(join(dir, '_headers'), '');
    expect(brokenLinks(dir, links).map(formatProblem)).toEqual([
      'content/tasks/en/01-a.mdx › link: "/tasks/%E0%A4%A/" cannot be read as an address on this site: check the address (line 8)',
      'content/tasks/en/01-a.mdx › link: "/..%2F..%2F..%2F..%2F..%2F..%2Fetc/passwd" cannot be read as an address on this site: check the address (line 9)',
      'content/tasks/en/01-a.mdx › link: "/_headers" leads to a page or file this site does not have: check the address (line 10)',
    ]);
  });

  it('refuses a heading that takes an id the page already has, naming the task file', () => {
    const dir = builtSite();
    writeFileSync(
      join(dir, 'en/tasks/01-a/index.html'),
      '<main id="main"><h2 id="main">Main</h2><h2 id="other">x</h2></main>',
    );
    expect(
      duplicateIds(dir, [file, 'content/tasks/zh/01-a.mdx', 'content/tasks/zh/02-missing.mdx']).map(formatProblem),
    ).toEqual([
      'content/tasks/en/01-a.mdx › heading: the page has two places marked id="main", one of them the page\'s own: reword the heading (or the element) so that it no longer reads "main"',
    ]);
  });
});
