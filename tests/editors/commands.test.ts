/**
 * A few spawned runs prove that the commands editors meet use the in-process
 * check of bad-content.test.ts: `npm run validate` exits 1 with the message,
 * `--strict` turns a warning into a failure, and `astro build` refuses with the
 * editors' messages and no stack trace. One build of content that passes the
 * check shows that such content cannot run a script on the published pages,
 * and that the build then refuses a link that leads nowhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptHazards } from '../support/html-scripts';
import { builtPages } from '../support/pages';
import { projectCopy } from '../support/project-copy';
import translations from '../../src/i18n/en.json';

const missingTranslation = { file: 'content/tasks/en/10-international-talent.mdx', change: () => null };
const badFigure = {
  file: 'content/metrics.json',
  change: (text: string) => text.replace('"value": 129,', '"value": "129个",'),
};

describe('npm run validate', () => {
  it('exits 1 and prints the message naming the file, the field and the line', () => {
    const copy = projectCopy([badFigure]);
    try {
      const run = copy.run('validate');
      expect(run.status, run.output).toBe(1);
      expect(run.output).toMatch(/✗ content\/metrics\.json › metrics\[0\]\.target\.value: expected a number, got "129个" \(line \d+, column \d+\)/);
    } finally {
      copy.remove();
    }
  });

  it('passes a missing translation with a warning, and fails it under --strict', () => {
    const copy = projectCopy([missingTranslation]);
    try {
      const lenient = copy.run('validate');
      expect(lenient.status, lenient.output).toBe(0);
      expect(lenient.output).toContain('! content/tasks/en/10-international-talent.mdx: missing translation');
      const strict = copy.run('validate-strict');
      expect(strict.status, strict.output).toBe(1);
      expect(strict.output).toContain('✗ content/tasks/en/10-international-talent.mdx: missing translation');
    } finally {
      copy.remove();
    }
  });
});

describe('astro build', () => {
  it('refuses bad content with the editors\' messages, and no stack trace', () => {
    const copy = projectCopy([badFigure, { file: 'content/tasks/zh/15-dir.mdx/x', change: () => 'x' }]);
    try {
      const build = copy.run('build');
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

describe('content that passes the check', () => {
  it('builds pages that run no script of its own; a missing translation is published with a notice; the build refuses its link that leads nowhere', () => {
    const copy = projectCopy([{ file: 'content/tasks/en/04-science-education-trade.mdx', change: (text) => `${text}\n${allowedProse}\n` }, missingTranslation]);
    try {
      const build = copy.run('build');
      expect(build.status, build.output).toBe(1);
      expect(build.output).toContain('content/tasks/en/10-international-talent.mdx: missing translation of content/tasks/zh/10-international-talent.mdx');
      expect(build.output).toContain('content/tasks/en/04-science-education-trade.mdx › link: "/tasks/99-missing/" leads to a page or file this site does not have');
      expect(build.output).toContain('1 problem in content/: links that lead nowhere; the build is refused.');
      expect(readFileSync(join(copy.dir, 'dist/en/tasks/10-international-talent/index.html'), 'utf8')).toContain(translations.translation.pageMissing);
      expect(build.output).not.toMatch(/stack trace|unhandled error/i);
      const dist = join(copy.dir, 'dist');
      const page = readFileSync(join(dist, 'en/tasks/04-science-education-trade/index.html'), 'utf8');
      expect(page).toContain('quoted');
      for (const path of builtPages(dist)) {
        expect(scriptHazards(readFileSync(join(dist, path, 'index.html'), 'utf8')), path).toEqual([]);
      }
    } finally {
      copy.remove();
    }
  }, 600_000);
});
