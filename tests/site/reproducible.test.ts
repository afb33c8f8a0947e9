/**
 * Same input, same bytes: a copy of the project built in another folder and
 * time zone gives a byte-identical dist/, and, starting from the caches the
 * main build left, draws nothing again. Then that copy is rebuilt without
 * SITE_URL from content an editor changed in every way the check lets
 * through (a figure added, prose HTML at the edge of the allow-list, a missing
 * translation, a link that leads nowhere): the page, the download, the chart
 * and the feeds show the new figure, another metric's chart is left alone, no
 * page runs a script of the content's, the build refuses the broken link, and
 * a build without the site's address says so once and writes relative links
 * and no sitemap.
 *
 * The copy has its own node_modules stores (scripts/project-copy.mjs), so its
 * builds never write what the main build wrote. With global-setup.ts's build,
 * these are the suite's three builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizedPath } from '../../src/lib/language/locale';
import { checkAtomFeed } from '../support/atom';
import { buildSite } from '../support/build';
import { scriptHazards } from '../support/html-scripts';
import { builtFiles, builtPages } from '../support/pages';
import { applyEdits, missingTranslation, type Edit } from '../support/project-copy';
import { siteCopy, type SiteCopy } from '../support/site-copy';
import { testSiteUrl } from '../support/site-url';
import translations from '../../src/i18n/en.json';
import { refusedBuildDir } from '../../src/integrations/content-check';

const distDir = inject('distDir');

const hashes = (dir: string) =>
  Object.fromEntries(
    builtFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

/** Everything the allow-list lets an editor write, with values a browser might misread. */
const allowedProse = [
  '## 标题 & <Term id="ovc-expo" first />',
  '<p lang="en" title="&quot; onmouseover=&quot;alert(1)">quoted</p> <abbr title="x\' onfocus=\'alert(1)">x</abbr>',
  '<a href="https://example.org/?a=1&b=2" hreflang="en" title="javascript:alert(1)">https</a> [site](/en/goals/) [frag](#main)',
  '<table><caption>c</caption><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
  '- `<script>alert(1)</script>` in code\n- &lt;noscript&gt; as text\n\n```html\n<img src=x onerror=alert(1)>\n```',
  '[broken](/tasks/99-missing/)',
].join('\n\n');

/** A figure added to a metric: its page, download, chart and feeds must show it, in a build without SITE_URL too. */
const addedFigure: Edit = {
  file: 'content/metrics.json',
  change: (text) => {
    const data = JSON.parse(text);
    data.metrics
      .find((metric: { id: string }) => metric.id === 'sister-cities')
      .observations.push({
        date: '2026-06-30',
        value: 127,
        bound: 'exact',
        kind: 'progress',
        source: {
          title: { zh: '测试来源', en: 'Test source' },
          publisher: { zh: '测试', en: 'Test' },
          url: 'https://example.org/',
          publishedOn: '2026-07-01',
        },
      });
    return JSON.stringify(data, null, 2);
  },
};

let copy: SiteCopy;
let first: { ok: boolean; output: string };
let firstHashes: Record<string, string>;
beforeAll(async () => {
  // Made after the main build, so its caches start where the main build left them.
  copy = siteCopy();
  // The far side of the date line: a date computed from the clock would show.
  first = await buildSite(copy.dir, undefined, { ...copy.env, SITE_URL: testSiteUrl, TZ: 'Pacific/Kiritimati' });
  firstHashes = first.ok ? hashes(join(copy.dir, 'dist')) : {};
}, 600_000);
afterAll(() => copy?.remove());

describe('the build', () => {
  it('gives the same bytes in another folder and time zone', () => {
    expect(first.ok, first.output).toBe(true);
    const main = hashes(distDir);
    expect(Object.keys(firstHashes)).toEqual(Object.keys(main));
    expect(Object.keys(main).filter((file) => main[file] !== firstHashes[file])).toEqual([]);
  });

  it('draws no chart or share card again when nothing changed', () => {
    const [, drawn, reused] = first.output.match(/charts: (\d+) drawn in \d+ ms, (\d+) reused/)!.map(Number);
    expect(drawn).toBe(0);
    expect(reused).toBeGreaterThan(0);
    expect(first.output).toMatch(/share cards: 0 drawn, [1-9]\d* from cache/);
  });
});

describe('content that passes the check, rebuilt without SITE_URL', () => {
  let build: { ok: boolean; output: string };
  let dist: string;
  beforeAll(async () => {
    applyEdits(copy.dir, [
      { file: 'content/tasks/en/04-science-education-trade.mdx', change: (text) => `${text}\n${allowedProse}\n` },
      missingTranslation,
      addedFigure,
    ]);
    build = await buildSite(copy.dir, undefined, { ...copy.env, SITE_URL: undefined });
    // The build refuses its link that leads nowhere: dist/ is removed and what was built kept aside.
    dist = join(copy.dir, refusedBuildDir);
  }, 600_000);

  it('rewrites the page, the download and the chart of the changed figure, and leaves another metric alone', () => {
    const page = (dir: string) => readFileSync(join(dir, 'progress', 'sister-cities', 'index.html'), 'utf8');
    expect(page(distDir)).not.toContain('127个');
    expect(page(dist)).toContain('127个');
    expect(page(dist)).toContain('按进度推进');
    expect(readFileSync(join(dist, 'downloads', 'sister-cities.csv'), 'utf8')).toContain(
      '2026-06-30,,,127,exact,progress',
    );
    const chart = (dir: string, file: string) => readFileSync(join(dir, 'en', 'charts', file));
    for (const file of ['sister-cities.svg', 'sister-cities.json'])
      expect(chart(dist, file).equals(chart(distDir, file)), file).toBe(false);
    expect(chart(dist, 'port-teu.json').equals(chart(distDir, 'port-teu.json'))).toBe(true);
  });

  it('builds pages that run no script of its own; a missing translation is published with a notice; the build refuses its link that leads nowhere', () => {
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain(
      'content/tasks/en/10-international-talent.mdx: missing translation of content/tasks/zh/10-international-talent.mdx',
    );
    expect(build.output).toContain(
      'content/tasks/en/04-science-education-trade.mdx › link: "/tasks/99-missing/" leads to a page or file this site does not have',
    );
    expect(build.output).toContain(
      `1 problem in content/: links that lead nowhere or places marked twice; the build is refused, and dist/ removed (what was built is in ${refusedBuildDir}/).`,
    );
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
    expect(readFileSync(join(dist, 'en/tasks/10-international-talent/index.html'), 'utf8')).toContain(
      translations.translation.pageMissing,
    );
    expect(build.output).not.toMatch(/stack trace|unhandled error/i);
    const page = readFileSync(join(dist, 'en/tasks/04-science-education-trade/index.html'), 'utf8');
    expect(page).toContain('quoted');
    for (const path of builtPages(dist)) {
      expect(scriptHazards(readFileSync(join(dist, path, 'index.html'), 'utf8')), path).toEqual([]);
    }
  });

  it('says once, naming SITE_URL, what lacks an address, and writes relative links and no sitemap', () => {
    expect(build.output.split('\n').filter((line) => line.includes('SITE_URL'))).toHaveLength(1);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(readFileSync(join(dist, 'en', 'index.html'), 'utf8')).toContain('<link rel="canonical" href="/en/">');
  });

  it.each([
    ['zh', 'zh-CN'],
    ['en', 'en'],
  ] as const)('holds an entry for the added figure in the %s feed', (lang, tag) => {
    const xml = readFileSync(join(dist, lang === 'zh' ? '' : 'en', 'updates.xml'), 'utf8');
    const entry = checkAtomFeed(xml, tag).find((candidate) =>
      candidate.id.endsWith(`:${lang}/figure/sister-cities/2026-06-30`),
    );
    expect(entry).toBeDefined();
    expect(entry!.link[0]!['@_href']).toBe(localizedPath(lang, '/progress/sister-cities/'));
  });
});
