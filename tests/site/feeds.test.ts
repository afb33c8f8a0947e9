/**
 * The Atom feeds of what changed, as built: well-formed XML, the elements
 * RFC 4287 requires of a feed and of each entry, unique ids, and a link to
 * each feed in the head of every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { localizedFile, parsePath } from '../../src/lib/language/locale';
import { checkAtomFeed } from '../support/atom';
import { builtPages } from '../support/pages';
import { root } from '../support/plan-text';

const distDir = inject('distDir');

describe.each([
  ['zh', 'zh-CN'],
  ['en', 'en'],
] as const)('the %s feed', (lang, tag) => {
  const xml = readFileSync(join(distDir, localizedFile(lang, '/updates.xml')), 'utf8');

  it('is valid Atom with an entry for every figure on the site', () => {
    const entries = checkAtomFeed(xml, tag);
    const metrics = JSON.parse(readFileSync(join(root, 'content', 'metrics.json'), 'utf8')) as {
      metrics: { observations: unknown[] }[];
    };
    const figures = metrics.metrics.reduce((sum, metric) => sum + metric.observations.length, 0);
    expect(entries.filter((entry) => entry.id.includes(`:${lang}/figure/`))).toHaveLength(figures);
    expect(entries.some((entry) => entry.id.includes(`:${lang}/phase/1`))).toBe(true);
  });

  it("shows the same entries on the What's new page", () => {
    const html = readFileSync(join(distDir, lang === 'zh' ? '' : 'en', 'updates', 'index.html'), 'utf8');
    const entries = checkAtomFeed(xml, tag);
    expect(html.match(/class="update"/g)?.length).toBe(entries.length);
  });
});

describe('every page', () => {
  it("links its language's feed in its head", () => {
    for (const path of builtPages(distDir)) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="[^"]*${localizedFile(parsePath(path).lang, '/updates.xml').replace(/\//g, '\\/')}"`,
        ),
      );
    }
  });
});
