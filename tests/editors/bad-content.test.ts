/**
 * Every class of editing mistake is refused, by `npm run validate` and by the
 * build alike, with a message that names the file, the place in it and what
 * is expected. Each case edits a copy of the project.
 */
import { describe, expect, it } from 'vitest';
import { projectCopy, type Edit } from '../support/project-copy';

const metricsFile = 'content/metrics.json';
const task = (lang: 'zh' | 'en', slug = '03-events-and-exhibitions') => `content/tasks/${lang}/${slug}.mdx`;
/** Edits the parsed metrics file and writes it back. */
const metrics = (change: (data: any) => void): Edit => ({
  file: metricsFile,
  change: (text) => {
    const data = JSON.parse(text);
    change(data);
    return JSON.stringify(data, null, 2);
  },
});
const replace = (file: string, from: string | RegExp, to: string): Edit => ({
  file,
  change: (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture did not change ${file}: ${from}`);
    return next;
  },
});
const appendBody = (file: string, line: string): Edit => ({ file, change: (text) => `${text}\n${line}\n` });

interface Case {
  name: string;
  edits: Edit[];
  /** Every one of these must appear in the message. */
  says: string[];
}

const cases: Case[] = [
  { name: 'JSON syntax: a missing comma', edits: [replace(metricsFile, '"asOf": "2026-11-26",', '"asOf": "2026-11-26"')], says: ['content/metrics.json: JSON syntax error: expected a comma between two items (line 4'] },
  { name: 'JSON syntax: a trailing comma', edits: [replace('content/site.json', '"publicSecurityRecordCode": ""', '"publicSecurityRecordCode": "",')], says: ['content/site.json: JSON syntax error', '(line 8'] },
  { name: 'a field typed as text where a number is expected', edits: [metrics((d) => (d.metrics[3].target.value = '129个'))], says: ['content/metrics.json › metrics[3].target.value: expected a number, got "129个" (line'] },
  { name: 'a missing field', edits: [metrics((d) => delete d.metrics[1].unit)], says: ['content/metrics.json › metrics[1].unit: missing: expected an object'] },
  { name: 'an unknown field', edits: [metrics((d) => (d.metrics[2].colour = 'red'))], says: ['content/metrics.json › metrics[2]: unknown field "colour"'] },
  { name: 'a value not in the list', edits: [metrics((d) => (d.metrics[0].target.comparison = 'over'))], says: ['metrics[0].target.comparison: expected one of "reach", "at-least", "about", "maintain", got "over"'] },
  { name: 'a negative target', edits: [metrics((d) => (d.metrics[0].target.value = -129))], says: ['metrics[0].target.value: a target cannot be negative'] },
  { name: 'an impossible date', edits: [metrics((d) => (d.metrics[0].observations[0].date = '2025-02-30'))], says: ['metrics[0].observations[0].date: expected a real calendar date, got "2025-02-30"'] },
  { name: 'a figure dated long ago', edits: [metrics((d) => (d.metrics[0].observations[0].date = '1925-04-23'))], says: ['metrics[0].observations[0].date: "1925-04-23" is before 2000-01-01'] },
  { name: 'a figure dated after the data', edits: [metrics((d) => (d.metrics[0].observations[0] = { ...d.metrics[0].observations[0], date: '2026-12-01', kind: 'progress' }))], says: ['metrics[0].observations[0].date: "2026-12-01" is after asOf'] },
  { name: 'a progress figure from before the plan', edits: [metrics((d) => (d.metrics[0].observations[0].kind = 'progress'))], says: ['metrics[0].observations[0].kind: a progress figure must be dated in the plan period'] },
  { name: 'a negative count', edits: [metrics((d) => (d.metrics[0].observations[0].value = -3))], says: ['metrics[0].observations[0].value: expected a number of 0 or more'] },
  { name: 'a javascript: source link', edits: [metrics((d) => (d.metrics[0].observations[0].source.url = 'javascript:alert(1)'))], says: ['metrics[0].observations[0].source.url:', 'https://'] },
  { name: 'a duplicate metric id', edits: [metrics((d) => (d.metrics[1].id = d.metrics[0].id))], says: ['content/metrics.json › metrics[1].id: duplicate id "sister-cities"'] },
  { name: 'a duplicate registry id', edits: [replace('content/registry.json', '"id": "commerce"', '"id": "foreign-affairs-office"')], says: ['content/registry.json › units[1].id: duplicate id "foreign-affairs-office"'] },
  { name: 'a metric linked to a task that does not exist', edits: [metrics((d) => (d.metrics[0].tasks = [1, 2, 13]))], says: ['metrics[0].tasks[2]: expected at most 12, got 13'] },
  { name: 'a unit id that does not exist', edits: [replace(task('zh'), 'units: [sports,', 'units: [sport,'), replace(task('en'), 'units: [sports,', 'units: [sport,')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › units[0]: no responsible unit with id "sport"'] },
  { name: 'a metric id that does not exist', edits: [replace(task('zh'), 'metrics: [intl-exhibitions,', 'metrics: [intl-exhibition,'), replace(task('en'), 'metrics: [intl-exhibitions,', 'metrics: [intl-exhibition,')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › metrics[0]: no metric with id "intl-exhibition"'] },
  { name: 'a task and a metric that disagree about their link', edits: [metrics((d) => (d.metrics[0].tasks = [1]))], says: ['content/tasks/zh/02-international-image.mdx › metrics[0]: lists "sister-cities", but that metric'] },
  { name: 'translations that disagree on the facts', edits: [replace(task('en'), 'group: influence', 'group: connectivity')], says: ['content/tasks/en/03-events-and-exhibitions.mdx › group: differs from content/tasks/zh/03-events-and-exhibitions.mdx'] },
  { name: 'a term id that does not exist', edits: [replace(task('en'), '<Term id="wuhan-marathon" first />', '<Term id="wuhan-marathons" first />')], says: ['content/tasks/en/03-events-and-exhibitions.mdx › <Term id="wuhan-marathons">: no term with id "wuhan-marathons"', '(line 14'] },
  { name: 'a frontmatter field of the wrong type', edits: [replace(task('zh'), 'task: 3', 'task: three')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › task: expected a number, got "three"'] },
  { name: 'a YAML syntax error', edits: [replace(task('zh'), 'group: influence', 'group: [influence')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › frontmatter: YAML syntax error'] },
  { name: 'MDX that does not compile', edits: [appendBody(task('zh'), '这里有一个没有闭合的 <Term id="ovc-expo"')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › MDX: does not compile', '(line 2'] },
  { name: 'a javascript: link', edits: [appendBody(task('zh'), '[点这里](javascript:alert(1))')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › link: unsafe link "javascript:alert(1)"', '(line 2'] },
  { name: 'a link with another scheme', edits: [appendBody(task('en'), '[file](file:///etc/passwd) and ![x](data:image/png;base64,AAAA)')], says: ['unsafe link "file:///etc/passwd"', 'image "data:image/png;base64,AAAA" must be a file on this site'] },
  { name: 'a raw script', edits: [appendBody(task('zh'), '<script>alert(1)</script>')], says: ['content/tasks/zh/03-events-and-exhibitions.mdx › <script>: <script> is not allowed in content'] },
  { name: 'an event handler', edits: [appendBody(task('en'), '<span onclick="alert(1)">click</span>')], says: ['content/tasks/en/03-events-and-exhibitions.mdx › <span onclick>: event-handler attributes such as onclick are not allowed'] },
  { name: 'an import of something else', edits: [replace(task('en'), /^---\n\n/m, "---\n\nimport fs from 'node:fs';\n\n")], says: ['content/tasks/en/03-events-and-exhibitions.mdx › import: import of "node:fs" is not allowed'] },
  { name: 'code in braces', edits: [appendBody(task('en'), 'The answer is {40 + 2}.')], says: ['content/tasks/en/03-events-and-exhibitions.mdx › text: code in braces {40 + 2} is not allowed'] },
  { name: 'an unknown component', edits: [appendBody(task('en'), '<Chart id="x" />')], says: ['› <Chart>: unknown component <Chart>'] },
  { name: 'a field written twice', edits: [replace(metricsFile, '"value": 129,', '"value": 129,\n        "value": 130,')], says: ['content/metrics.json › metrics[0].target.value: "value" is written twice in the same object: keep one (line'] },
  { name: 'a progress figure after the plan period', edits: [metrics((d) => { d.asOf = '2026-11-26'; d.metrics[0].observations.push({ date: '2027-01-31', value: 1, bound: 'exact', kind: 'progress', source: { title: { zh: '来源', en: 'Source' }, publisher: { zh: '发布者', en: 'Publisher' }, url: 'https://example.org/', publishedOn: '2027-02-01' } }); })], says: ['metrics[0].observations[1].date: a progress figure must be dated within the plan period'] },
  { name: 'a source with neither a web address nor printOnly', edits: [metrics((d) => { delete d.metrics[0].observations[0].source.url; })], says: ['metrics[0].observations[0].source.url:', 'printOnly'] },
  { name: 'a source without its publication date', edits: [metrics((d) => { delete d.metrics[0].observations[0].source.publishedOn; })], says: ['metrics[0].observations[0].source.publishedOn:'] },
  { name: 'a publisher of the figure not in the registry', edits: [metrics((d) => (d.metrics[0].publishedBy = 'statistics-office'))], says: ['metrics[0].publishedBy: no body with id "statistics-office"'] },
  { name: 'a growth rate not in percent', edits: [metrics((d) => (d.metrics[6].unit = { zh: '个', en: 'items' }))], says: ['metrics[6].unit: a growth rate is measured in percent'] },
  { name: 'phases out of order', edits: [replace('content/plan.json', '"start": "2026-04"', '"start": "2026-03"')], says: ['content/plan.json › phases[1].start: the phases must follow one another'] },
  { name: 'a link that leaves the site in disguise', edits: [appendBody(task('en'), '<a href="/\\evil.example">x</a> <a href="//evil.example">y</a>')], says: ['unsafe link "/\\evil.example"', 'unsafe link "//evil.example"'] },
  { name: 'an image from another host', edits: [appendBody(task('en'), '![tracker](https://tracker.example/p.png)')], says: ['› image: image "https://tracker.example/p.png" must be a file on this site'] },
  { name: 'a srcset from another host', edits: [appendBody(task('en'), '<img src="/a.png" srcSet="/a.png 1x, //evil.example/x.png 2x" alt="" />')], says: ['"//evil.example/x.png" must be a file on this site'] },
  { name: 'a style attribute', edits: [appendBody(task('en'), '<span style="position:fixed">x</span>')], says: ['› <span style>: style attributes are not allowed in content'] },
  { name: 'a task file named wrongly', edits: [{ file: 'content/tasks/zh/3-events.mdx', change: () => '---\ntask: 3\n---\n' }], says: ['content/tasks/zh/3-events.mdx: task files are named NN-slug.mdx'] },
];

describe.each(cases)('$name', ({ edits, says }) => {
  it('is refused by npm run validate and by the build, with the same message', () => {
    const copy = projectCopy(edits);
    try {
      const validate = copy.run('validate');
      expect(validate.status, validate.output).toBe(1);
      for (const text of says) expect(validate.output).toContain(text);
      const build = copy.run('build');
      expect(build.status, build.output).not.toBe(0);
      for (const text of says) expect(build.output).toContain(text);
      expect(build.output).toContain('nothing was built');
    } finally {
      copy.remove();
    }
  });
});

describe('a missing translation', () => {
  it.each([
    ['of a task page', [{ file: task('en', '10-international-talent'), change: () => null }] as Edit[], 'content/tasks/en/10-international-talent.mdx: missing translation of content/tasks/zh/10-international-talent.mdx'],
    ['of a text in the metrics file', [metrics((d) => delete d.metrics[4].name.en)], 'content/metrics.json › metrics[4].name.en: missing English translation'],
  ])('%s warns, fails under --strict, and publishes the other language with a notice', (_label, edits, message) => {
    const copy = projectCopy(edits);
    try {
      const validate = copy.run('validate');
      expect(validate.status, validate.output).toBe(0);
      expect(validate.output).toContain(message);
      const strict = copy.run('validate-strict');
      expect(strict.status).toBe(1);
      expect(strict.output).toContain(message);
      const build = copy.run('build');
      expect(build.status, build.output).toBe(0);
      expect(build.output).toContain(message);
    } finally {
      copy.remove();
    }
  });
});

describe('clean content', () => {
  it('validates strictly without a word of warning, whatever files the system leaves beside it', () => {
    const copy = projectCopy([{ file: 'content/tasks/zh/.DS_Store', change: () => 'binary' }]);
    try {
      const strict = copy.run('validate-strict');
      expect(strict.status, strict.output).toBe(0);
      expect(strict.output).toContain('✓ content/ is valid.');
    } finally {
      copy.remove();
    }
  });
});
