/**
 * A few spawned runs prove that the commands editors meet use the in-process
 * check of bad-content.test.ts: `npm run validate` exits 1 with the message,
 * `--strict` turns a warning into a failure, and `astro build` refuses with the
 * editors' messages and no stack trace. One build of content that passes the
 * check, without SITE_URL, shows that such content cannot run a script on the
 * published pages, that the build then refuses a link that leads nowhere, and
 * what a build without the site's address does: one notice, relative links,
 * no sitemap, and feeds that still hold a newly added figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedPath } from '../../src/lib/locale';
import { checkAtomFeed } from '../support/atom';
import { scriptHazards } from '../support/html-scripts';
import { builtPages } from '../support/pages';
import { projectCopy, type ProjectCopy } from '../support/project-copy';
import { researchEdits } from '../support/research-figure';
import { refusedBuildDir } from '../../src/integrations/content-check';
import translations from '../../src/i18n/en.json';

const missingTranslation = { file: 'content/tasks/en/10-international-talent.mdx', change: () => null };
const badFigure = {
  file: 'content/metrics.json',
  change: (text: string) => text.replace('"value": 129,', '"value": "129个",'),
};

// The validations and the two builds are separate processes: side by side, they take the time of the longest.
describe.concurrent('commands', () => {
  describe('npm run validate', () => {
    it('exits 1 and prints the message naming the file, the field and the line', async () => {
      const copy = projectCopy([badFigure]);
      try {
        const run = await copy.run('validate');
        expect(run.status, run.output).toBe(1);
        expect(run.output).toMatch(/✗ content\/metrics\.json › metrics\[0\]\.target\.value: expected a number, got "129个" \(line \d+, column \d+\)/);
      } finally {
        copy.remove();
      }
    });

    it('passes a missing translation with a warning, and fails it under --strict', async () => {
      const copy = projectCopy([missingTranslation]);
      try {
        const lenient = await copy.run('validate');
        expect(lenient.status, lenient.output).toBe(0);
        expect(lenient.output).toContain('! content/tasks/en/10-international-talent.mdx: missing translation');
        const strict = await copy.run('validate-strict');
        expect(strict.status, strict.output).toBe(1);
        expect(strict.output).toContain('✗ content/tasks/en/10-international-talent.mdx: missing translation');
      } finally {
        copy.remove();
      }
    });
  });

  describe('astro build', () => {
    it("refuses bad content with the editors' messages, and no stack trace", async () => {
      const copy = projectCopy([badFigure, { file: 'content/tasks/zh/15-dir.mdx/x', change: () => 'x' }]);
      try {
        const build = await copy.run('build');
        expect(build.status, build.output).toBe(1);
        expect(build.output).toContain('content/metrics.json › metrics[0].target.value: expected a number, got "129个"');
        expect(build.output).toContain('content/tasks/zh/15-dir.mdx: is a folder, not a file');
        expect(build.output).toContain('nothing was built');
        expect(build.output).not.toMatch(/stack trace|unhandled error|\n\s+at /i);
      } finally {
        copy.remove();
      }
    });
  });

  /** Everything the allow-list lets an editor write, with values a browser might misread. */
  const allowedProse = [
    '## 标题 & <Term id="ovc-expo" first />',
    '<p lang="en" title="&quot; onmouseover=&quot;alert(1)">quoted</p> <abbr title="x\' onfocus=\'alert(1)">x</abbr>',
    '<a href="https://example.org/?a=1&b=2" hreflang="en" title="javascript:alert(1)">https</a> [site](/en/goals/) [frag](#main)',
    '<table><caption>c</caption><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    '- `<script>alert(1)</script>` in code\n- &lt;noscript&gt; as text\n\n```html\n<img src=x onerror=alert(1)>\n```',
    '[broken](/tasks/99-missing/)',
  ].join('\n\n');

  /** A figure added to a metric: the feeds of a build without SITE_URL must still hold it. */
  const addedFigure = {
    file: 'content/metrics.json',
    change: (text: string) => {
      const data = JSON.parse(text);
      data.metrics
        .find((metric: { id: string }) => metric.id === 'sister-cities')
        .observations.push({
          date: '2026-06-30',
          value: 131,
          bound: 'exact',
          kind: 'progress',
          source: { title: { zh: '测试来源', en: 'Test source' }, publisher: { zh: '测试', en: 'Test' }, url: 'https://example.org/', publishedOn: '2026-07-01' },
        });
      return JSON.stringify(data, null, 2);
    },
  };

  describe('content that passes the check, built without SITE_URL', () => {
    let copy: ProjectCopy;
    let build: { status: number; output: string };
    let dist: string;
    beforeAll(async () => {
      copy = projectCopy([
        { file: 'content/tasks/en/04-science-education-trade.mdx', change: (text) => `${text}\n${allowedProse}\n` },
        missingTranslation,
        addedFigure,
        ...researchEdits({ metric: 'sister-cities', date: '2026-06-30', value: 131, publishedOn: '2026-07-01', url: 'https://example.org/' }),
      ]);
      build = await copy.run('build', { SITE_URL: undefined });
      // The build refuses its link that leads nowhere: dist/ is removed and what was built kept aside.
      dist = join(copy.dir, refusedBuildDir);
    }, 600_000);
    afterAll(() => copy?.remove());

    it('builds pages that run no script of its own; a missing translation is published with a notice; the build refuses its link that leads nowhere', () => {
      expect(build.status, build.output).toBe(1);
      expect(build.output).toContain('content/tasks/en/10-international-talent.mdx: missing translation of content/tasks/zh/10-international-talent.mdx');
      expect(build.output).toContain('content/tasks/en/04-science-education-trade.mdx › link: "/tasks/99-missing/" leads to a page or file this site does not have');
      expect(build.output).toContain(
        `1 problem in content/: links that lead nowhere or places marked twice; the build is refused, and dist/ removed (what was built is in ${refusedBuildDir}/).`,
      );
      expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
      expect(readFileSync(join(dist, 'en/tasks/10-international-talent/index.html'), 'utf8')).toContain(translations.translation.pageMissing);
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
      const entry = checkAtomFeed(xml, tag).find((candidate) => candidate.id.endsWith(`:${lang}/figure/sister-cities/2026-06-30`));
      expect(entry).toBeDefined();
      expect(entry!.link[0]!['@_href']).toBe(localizedPath(lang, '/progress/sister-cities/'));
    });
  });
});
