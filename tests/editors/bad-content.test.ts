/**
 * Every class of editing mistake is refused with a message that names the
 * file, the place in it and what is expected. The cases call the content
 * check in-process on an edited copy of content/ in memory; the build and
 * `npm run validate` call the same check (tests/site/commands.test.ts
 * proves that with a few spawned runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate/index';
import { checkEdited, type MemoryEdit } from '../support/content-memory';
import { root } from '../support/plan-text';

const metricsFile = 'content/metrics.json';
const registryFile = 'content/registry.json';
const task = (lang: 'zh' | 'en', slug = '03-events-and-exhibitions') => `content/tasks/${lang}/${slug}.mdx`;
/** Edits the parsed JSON of `file` and writes it back. */
const json = (file: string, change: (data: any) => void): MemoryEdit => ({
  file,
  change: (text) => {
    const data = JSON.parse(text);
    change(data);
    return JSON.stringify(data, null, 2);
  },
});
const metrics = (change: (data: any) => void) => json(metricsFile, change);
const replace = (file: string, from: string | RegExp, to: string): MemoryEdit => ({
  file,
  change: (text) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture did not change ${file}: ${from}`);
    return next;
  },
});
const appendBody = (file: string, line: string): MemoryEdit => ({ file, change: (text) => `${text}\n${line}\n` });
/** The line appendBody writes to in the real file: one blank line after its last line. */
const appendedLine = (file: string) => readFileSync(join(root, file), 'utf8').split('\n').length + 1;
/** The line of the real file on which `needle` first stands. */
const lineOf = (file: string, needle: string) => {
  const text = readFileSync(join(root, file), 'utf8');
  return text.slice(0, text.indexOf(needle)).split('\n').length;
};
const bytes = (file: string, make: (text: string) => Uint8Array): MemoryEdit => ({ file, change: make });
const encode = (text: string) => new TextEncoder().encode(text);

interface Case {
  name: string;
  edits: MemoryEdit[];
  /** Every one of these must appear in the messages. */
  says: string[];
  /** The date the check runs on, in Wuhan; 2026-11-26 unless given. */
  today?: string;
}

/** The six raw-text and RCDATA payloads that ran a script on the published page, and their relatives. */
const rawTextElements = [
  'noscript',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
  'title',
  'style',
  'script',
  'plaintext',
  'iframe',
  'noindex',
  'template',
];
const otherElements = [
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'frame',
  'video',
  'canvas',
  'marquee',
  'html',
  'body',
  'div',
];

const cases: Case[] = [
  // Syntax and schema.
  {
    name: 'JSON syntax: a missing comma',
    edits: [replace(metricsFile, '"asOf": "2026-11-26",', '"asOf": "2026-11-26"')],
    says: ['content/metrics.json: JSON syntax error: expected a comma between two items (line 4'],
  },
  {
    name: 'JSON syntax: a trailing comma',
    edits: [
      replace(
        'content/site.json',
        '"url": "https://creativecommons.org/licenses/by/4.0/"',
        '"url": "https://creativecommons.org/licenses/by/4.0/",',
      ),
    ],
    says: [
      'content/site.json: JSON syntax error',
      `(line ${lineOf('content/site.json', '"url": "https://creativecommons.org') + 1}`,
    ],
  },
  {
    name: 'a field typed as text where a number is expected',
    edits: [metrics((d) => (d.metrics[3].target.value = '129个'))],
    says: ['content/metrics.json › metrics[3].target.value: expected a number, got "129个" (line'],
  },
  {
    name: 'a missing field',
    edits: [metrics((d) => delete d.metrics[1].unit)],
    says: ['content/metrics.json › metrics[1].unit: missing: expected an object'],
  },
  {
    name: 'an unknown field',
    edits: [metrics((d) => (d.metrics[2].colour = 'red'))],
    says: ['content/metrics.json › metrics[2]: unknown field "colour"'],
  },
  {
    name: 'a value not in the list',
    edits: [metrics((d) => (d.metrics[0].target.comparison = 'over'))],
    says: ['metrics[0].target.comparison: expected one of "reach", "at-least", "about", "maintain", got "over"'],
  },
  {
    name: 'a field written twice',
    edits: [replace(metricsFile, '"value": 129,', '"value": 129,\n        "value": 130,')],
    says: [
      'content/metrics.json › metrics[0].target.value: "value" is written twice in the same object: keep one (line',
    ],
  },
  {
    name: 'a file that is missing',
    edits: [{ file: 'content/site.json', change: () => null }],
    says: ['content/site.json: the file is missing'],
  },
  // Dates.
  {
    name: 'an impossible date',
    edits: [metrics((d) => (d.metrics[0].observations[0].date = '2025-02-30'))],
    says: ['metrics[0].observations[0].date: expected a real calendar date, got "2025-02-30"'],
  },
  {
    name: 'a figure dated long ago',
    edits: [metrics((d) => (d.metrics[0].observations[0].date = '1925-04-23'))],
    says: ['metrics[0].observations[0].date: "1925-04-23" is before 2000-01-01'],
  },
  {
    name: 'a figure dated after the data',
    edits: [
      metrics(
        (d) =>
          (d.metrics[0].observations[0] = { ...d.metrics[0].observations[0], date: '2026-12-01', kind: 'progress' }),
      ),
    ],
    says: ['metrics[0].observations[0].date: "2026-12-01" is after asOf'],
  },
  {
    name: 'asOf in the future in Wuhan',
    edits: [metrics((d) => (d.asOf = '2026-11-27'))],
    says: ['content/metrics.json › asOf: "2026-11-27" is in the future (today is 2026-11-26 in the site\'s time zone)'],
  },
  {
    name: 'a progress figure from before the plan',
    edits: [metrics((d) => (d.metrics[0].observations[0].kind = 'progress'))],
    says: ['metrics[0].observations[0].kind: a progress figure must be dated in the plan period'],
  },
  {
    name: 'a progress figure after the plan period',
    edits: [
      metrics((d) => {
        d.asOf = '2027-02-01';
        d.metrics[0].observations.push({
          date: '2027-01-31',
          value: 1,
          bound: 'exact',
          kind: 'progress',
          source: {
            title: { zh: '来源', en: 'Source' },
            publisher: { zh: '发布者', en: 'Publisher' },
            url: 'https://example.org/',
            publishedOn: '2027-02-01',
          },
        });
      }),
    ],
    says: ['metrics[0].observations[1].date: a progress figure must be dated within the plan period'],
    today: '2027-02-01',
  },
  {
    name: 'phases out of order',
    edits: [replace('content/plan.json', '"start": "2026-04"', '"start": "2026-03"')],
    says: ['content/plan.json › phases[1].start: the phases must follow one another'],
  },
  // Figures that make sense.
  {
    name: 'a negative target',
    edits: [metrics((d) => (d.metrics[0].target.value = -129))],
    says: ['metrics[0].target.value: a target cannot be negative'],
  },
  {
    name: 'a target of zero',
    edits: [metrics((d) => (d.metrics[0].target.value = 0))],
    says: ['metrics[0].target.value: a target must be more than 0'],
  },
  {
    name: 'a fractional count',
    edits: [metrics((d) => (d.metrics[1].target.value = 20.5))],
    says: ['metrics[1].target.value: a count is a whole number, got 20.5'],
  },
  {
    name: 'an implausibly large count',
    edits: [metrics((d) => (d.metrics[0].observations[0].value = 1.2345678901234568e20))],
    says: ['metrics[0].observations[0].value: a count over 1 × 10^10 is implausible'],
  },
  {
    name: 'a figure a hundred times its target',
    edits: [metrics((d) => (d.metrics[0].observations[0].value = 12_900_000))],
    says: [
      'metrics[0].observations[0].value: 12900000 is more than 100 times the target (129): check the figure and its unit',
    ],
  },
  {
    name: 'an implausible growth rate',
    edits: [metrics((d) => (d.metrics[6].observations[0].value = 1710))],
    says: ['metrics[6].observations[0].value: a growth rate over 1000% is implausible'],
  },
  {
    name: 'a tiny fraction',
    edits: [metrics((d) => (d.metrics[0].observations[0].value = 5e-324))],
    says: ['metrics[0].observations[0].value: a count is a whole number'],
  },
  {
    name: 'a negative count',
    edits: [metrics((d) => (d.metrics[0].observations[0].value = -3))],
    says: ['metrics[0].observations[0].value: expected a number of 0 or more'],
  },
  {
    name: 'the same figure written twice',
    edits: [metrics((d) => d.metrics[0].observations.push(structuredClone(d.metrics[0].observations[0])))],
    says: ['metrics[0].observations[1].date: the same figure as observations[0], written twice: keep one'],
  },
  {
    name: 'two figures for one date',
    edits: [
      metrics((d) => d.metrics[0].observations.push({ ...structuredClone(d.metrics[0].observations[0]), value: 126 })),
    ],
    says: [
      'metrics[0].observations[1].date: observations[0] already gives a figure for',
      'one metric has one figure per date',
    ],
  },
  {
    name: 'a task listed twice for a metric',
    edits: [metrics((d) => (d.metrics[1].tasks = [4, 4]))],
    says: ['metrics[1].tasks[1]: task 4 is listed twice'],
  },
  {
    name: 'a unit listed twice on a task',
    edits: [
      replace(task('zh'), 'units: [sports,', 'units: [sports, sports,'),
      replace(task('en'), 'units: [sports,', 'units: [sports, sports,'),
    ],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx › units[1]: "sports" is listed twice'],
  },
  {
    name: 'a growth rate not in percent',
    edits: [metrics((d) => (d.metrics[6].unit = { zh: '个', en: 'items' }))],
    says: ['metrics[6].unit: a growth rate is measured in percent'],
  },
  // Links between files.
  {
    name: 'a duplicate metric id',
    edits: [metrics((d) => (d.metrics[1].id = d.metrics[0].id))],
    says: ['content/metrics.json › metrics[1].id: duplicate id "sister-cities"'],
  },
  {
    name: 'a duplicate registry id',
    edits: [replace(registryFile, '"id": "commerce"', '"id": "foreign-affairs-office"')],
    says: ['content/registry.json › units[1].id: duplicate id "foreign-affairs-office"'],
  },
  {
    name: 'two English names for one Chinese name',
    edits: [
      json(registryFile, (d) =>
        d.terms.push({ id: 'another-name', zh: d.units[0].zh, en: 'Another Name', english: 'suggested' }),
      ),
    ],
    says: ['content/registry.json › terms[', '.en: "', 'one Chinese name gets one English name'],
  },
  {
    name: 'a metric linked to a task that does not exist',
    edits: [metrics((d) => (d.metrics[0].tasks = [1, 2, 13]))],
    says: ['metrics[0].tasks[2]: there is no task 13 in content/tasks/'],
  },
  {
    name: 'a unit id that does not exist',
    edits: [
      replace(task('zh'), 'units: [sports,', 'units: [sport,'),
      replace(task('en'), 'units: [sports,', 'units: [sport,'),
    ],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx › units[0]: no responsible unit with id "sport"'],
  },
  {
    name: 'a metric group that content/plan.json does not define',
    edits: [metrics((d) => (d.metrics[0].group = 'exchanges'))],
    says: [
      'content/metrics.json › metrics[0].group: there is no metric group "exchanges" in content/plan.json (metricGroups has "exchange", "openness", "hub")',
    ],
  },
  {
    name: 'a task group that content/plan.json does not define',
    edits: [replace(task('zh'), 'group: influence', 'group: influense')],
    says: [
      'content/tasks/zh/03-events-and-exhibitions.mdx › group: there is no task group "influense" in content/plan.json',
    ],
  },
  {
    name: 'a metric id that does not exist',
    edits: [
      replace(task('zh'), 'metrics: [intl-exhibitions,', 'metrics: [intl-exhibition,'),
      replace(task('en'), 'metrics: [intl-exhibitions,', 'metrics: [intl-exhibition,'),
    ],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx › metrics[0]: no metric with id "intl-exhibition"'],
  },
  {
    name: 'a task and a metric that disagree about their link',
    edits: [metrics((d) => (d.metrics[0].tasks = [1]))],
    says: ['content/tasks/zh/02-international-image.mdx › metrics[0]: lists "sister-cities", but that metric'],
  },
  {
    name: 'a source dated before its figure',
    edits: [metrics((d) => (d.metrics[0].observations[0].source.publishedOn = '2025-04-01'))],
    says: [
      "content/metrics.json › metrics[0].observations[0].source.publishedOn: the source is dated 2025-04-01, before the figure's date (2025-04-22)",
      '(line',
    ],
  },
  {
    name: 'a metric linked to a task whose page does not list it',
    edits: [metrics((d) => d.metrics[0].tasks.push(12))],
    says: [
      'content/tasks/zh/12-international-living.mdx › metrics: content/metrics.json links "sister-cities" to task 12, but this list does not include it',
    ],
  },
  {
    name: 'a metric naming a task that has no page',
    edits: [
      metrics((d) => d.metrics[0].tasks.push(12)),
      { file: task('zh', '12-international-living'), change: () => null },
      { file: task('en', '12-international-living'), change: () => null },
    ],
    says: ['content/metrics.json › metrics[0].tasks[2]: there is no task 12 in content/tasks/'],
  },
  {
    name: 'translations that disagree on the facts',
    edits: [replace(task('en'), 'group: influence', 'group: connectivity')],
    says: [
      'content/tasks/en/03-events-and-exhibitions.mdx › group: differs from content/tasks/zh/03-events-and-exhibitions.mdx',
    ],
  },
  {
    name: 'a term id that does not exist',
    edits: [replace(task('en'), '<Term id="wuhan-marathon" first />', '<Term id="wuhan-marathons" first />')],
    says: [
      'content/tasks/en/03-events-and-exhibitions.mdx › <Term id="wuhan-marathons">: no term with id "wuhan-marathons"',
      '(line 14',
    ],
  },
  {
    name: 'a site operator that is not in the registry',
    edits: [replace('content/site.json', '"operator": ""', '"operator": "nobody"')],
    says: ['content/site.json › operator: no body with id "nobody"'],
  },
  {
    name: 'a task in two files',
    edits: [
      {
        file: task('zh', '13-copy'),
        change: () =>
          '---\ntask: 3\ntitle: 副本\nsummary: 副本\ngroup: influence\nunits: [sports]\nmetrics: []\n---\n\n正文\n',
      },
    ],
    says: [
      'content/tasks/zh/13-copy.mdx › task: the file name starts with 13 but task is 3',
      'task 3 appears in two files in content/tasks/zh/',
    ],
  },
  // Frontmatter, read as Astro reads it.
  {
    name: 'a frontmatter field of the wrong type',
    edits: [replace(task('zh'), 'task: 3', 'task: three')],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx › task: expected a number, got "three" (line 2)'],
  },
  {
    name: 'a title that YAML reads as a date',
    edits: [
      replace(task('zh'), 'title: "提升赛事展会影响力"', 'title: 2026-03-09'),
      replace(task('en'), /^title: .*$/m, 'title: 2026-02-30'),
    ],
    says: [
      'content/tasks/zh/03-events-and-exhibitions.mdx › title: expected text, got a date: YAML reads an unquoted date as a date; to write it as text, put it in quotes',
    ],
  },
  {
    name: 'a YAML syntax error',
    edits: [replace(task('zh'), 'group: influence', 'group: [influence')],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx › frontmatter: YAML syntax error', '(line'],
  },
  {
    name: 'a file without frontmatter',
    edits: [replace(task('zh'), /^---\n/, '\n')],
    says: [
      'content/tasks/zh/03-events-and-exhibitions.mdx › frontmatter: the file must start with frontmatter between two lines of --- (line 1)',
    ],
  },
  {
    name: 'a source with neither a web address nor printOnly',
    edits: [
      metrics((d) => {
        delete d.metrics[0].observations[0].source.url;
      }),
    ],
    says: ['metrics[0].observations[0].source.url:', 'printOnly'],
  },
  {
    name: 'a source without its publication date',
    edits: [
      metrics((d) => {
        delete d.metrics[0].observations[0].source.publishedOn;
      }),
    ],
    says: ['metrics[0].observations[0].source.publishedOn:'],
  },
  {
    name: 'a publisher of the figure not in the registry',
    edits: [metrics((d) => (d.metrics[0].publishedBy = 'statistics-office'))],
    says: ['metrics[0].publishedBy: no body with id "statistics-office"'],
  },
  {
    name: 'a task file named wrongly',
    edits: [{ file: 'content/tasks/zh/3-events.mdx', change: () => '---\ntask: 3\n---\n' }],
    says: ['content/tasks/zh/3-events.mdx: task files are named NN-slug.mdx'],
  },
  // MDX: the allow-list.
  {
    name: 'MDX that does not compile',
    edits: [appendBody(task('zh'), '这里有一个没有闭合的 <Term id="ovc-expo"')],
    says: [
      'content/tasks/zh/03-events-and-exhibitions.mdx › MDX: does not compile',
      `(line ${appendedLine(task('zh'))}, column 31)`,
    ],
  },
  ...rawTextElements.map((name) => ({
    name: `the raw-text payload <${name}>`,
    edits: [
      appendBody(task('en'), `<${name}><p title="</${name}><img src=x onerror=alert('${name}')>">x</p></${name}>`),
    ],
    says: [
      `content/tasks/en/03-events-and-exhibitions.mdx › <${name}>: <${name}> is not allowed in content: use Markdown, or one of <p>`,
      `(line ${appendedLine(task('en'))}`,
    ],
  })),
  ...otherElements.map((name) => ({
    name: `the element <${name}>`,
    edits: [appendBody(task('en'), `<${name}>x</${name}>`)],
    says: [`› <${name}>: <${name}> is not allowed in content`],
  })),
  {
    name: 'an attribute value that closes an element',
    edits: [appendBody(task('en'), '<abbr title="</noscript><img src=x onerror=alert(1)>">x</abbr>')],
    says: ['› <abbr title>: attribute values may not contain < or >'],
  },
  {
    name: 'an event handler',
    edits: [appendBody(task('en'), '<span onclick="alert(1)">click</span>')],
    says: [
      'content/tasks/en/03-events-and-exhibitions.mdx › <span onclick>: the attribute onclick is not allowed on <span> (event handlers never are): allowed are lang, title',
    ],
  },
  {
    name: 'an event handler in other case',
    edits: [appendBody(task('en'), '<a href="/en/" OnMouseOver="alert(1)">x</a>')],
    says: ['› <a OnMouseOver>: the attribute OnMouseOver is not allowed on <a> (event handlers never are)'],
  },
  {
    name: 'a ping attribute',
    edits: [appendBody(task('en'), '<a href="/en/" ping="https://tracker.example/p">x</a>')],
    says: ['› <a ping>: the attribute ping is not allowed on <a>: allowed are href, hreflang, lang, title'],
  },
  {
    name: 'an id that collides with the layout',
    edits: [appendBody(task('en'), '<span id="main">x</span>')],
    says: ['› <span id>: the attribute id is not allowed on <span>'],
  },
  {
    name: 'a class',
    edits: [appendBody(task('en'), '<span class="skip-link">x</span>')],
    says: ['› <span class>: the attribute class is not allowed'],
  },
  {
    name: 'a target',
    edits: [appendBody(task('en'), '<a href="/en/" target="_blank">x</a>')],
    says: ['› <a target>: the attribute target is not allowed'],
  },
  {
    name: 'a style attribute',
    edits: [appendBody(task('en'), '<span style="position:fixed">x</span>')],
    says: ['› <span style>: the attribute style is not allowed on <span>'],
  },
  {
    name: 'a spread attribute',
    edits: [appendBody(task('en'), '<span {...{onclick: "x"}}>x</span>')],
    says: ['› <span>: attributes written as code in braces are not allowed in content'],
  },
  {
    name: 'an attribute value in braces',
    edits: [appendBody(task('en'), '<abbr title={"x"}>x</abbr>')],
    says: ['› <abbr title>: attribute values written as code in braces are not allowed; use quotes'],
  },
  {
    name: 'a javascript: link',
    edits: [appendBody(task('zh'), '[点这里](javascript:alert(1))')],
    says: [
      'content/tasks/zh/03-events-and-exhibitions.mdx › link: unsafe link "javascript:alert(1)"',
      `(line ${appendedLine(task('zh'))}, column 1)`,
    ],
  },
  {
    name: 'an entity-obfuscated scheme',
    edits: [
      appendBody(
        task('en'),
        '<a href="javascript&#58;alert(1)">x</a> <a href="&#106;avascript:alert(1)">y</a> [z](&#106;avascript:alert(1))',
      ),
    ],
    says: [
      '› <a href>: "javascript:alert(1)" is not allowed here: expected a web address starting with https://',
      'unsafe link "javascript:alert(1)"',
    ],
  },
  {
    name: 'a plain http link',
    edits: [appendBody(task('en'), '[insecure](http://insecure.example/) and www.evil.example')],
    says: [
      'unsafe link "http://insecure.example/": only secure web addresses (https://…)',
      'unsafe link "http://www.evil.example"',
    ],
  },
  {
    name: 'a link with another scheme',
    edits: [appendBody(task('en'), '[file](file:///etc/passwd) and ![x](data:image/png;base64,AAAA)')],
    says: ['unsafe link "file:///etc/passwd"', 'image "data:image/png;base64,AAAA" must be a file on this site'],
  },
  {
    name: 'a link that leaves the site in disguise',
    edits: [appendBody(task('en'), '<a href="/\\evil.example">x</a> <a href="//evil.example">y</a>')],
    says: ['"/\\evil.example" is not allowed here', '"//evil.example" is not allowed here'],
  },
  {
    name: 'an image from another host',
    edits: [appendBody(task('en'), '![tracker](https://tracker.example/p.png)')],
    says: ['› image: image "https://tracker.example/p.png" must be a file on this site'],
  },
  {
    name: 'a srcset',
    edits: [appendBody(task('en'), '<img src="/a.png" srcSet="/a.png 1x, //evil.example/x.png 2x" alt="" />')],
    says: [
      '› <img srcSet>: the attribute srcSet is not allowed on <img>: allowed are src, alt, width, height, lang, title',
    ],
  },
  {
    name: 'an import',
    edits: [replace(task('en'), /^---\n\n/m, "---\n\nimport fs from 'node:fs';\n\n")],
    says: ['content/tasks/en/03-events-and-exhibitions.mdx › import: imports and exports are not allowed in content'],
  },
  {
    name: 'an export',
    edits: [appendBody(task('en'), 'export const x = 1;')],
    says: ['› export: imports and exports are not allowed in content'],
  },
  {
    name: 'code in braces',
    edits: [appendBody(task('en'), 'The answer is {40 + 2}.')],
    says: ['content/tasks/en/03-events-and-exhibitions.mdx › text: code in braces {40 + 2} is not allowed'],
  },
  {
    name: 'an unknown component',
    edits: [appendBody(task('en'), '<Chart id="x" />')],
    says: ['› <Chart>: unknown component <Chart>: the components available are <Term>'],
  },
  {
    name: 'an unknown prop of a component',
    edits: [appendBody(task('en'), '<Term id="ovc-expo" onClick="x" />')],
    says: ['› <Term onClick>: the attribute onClick is not allowed on <Term>'],
  },
  {
    name: 'a Term without an id',
    edits: [appendBody(task('en'), '<Term first />')],
    says: ['› <Term>: a <Term> needs id'],
  },
  {
    name: 'a second page title',
    edits: [appendBody(task('en'), '# Another title')],
    says: ['› heading: a heading with one # would be a second page title'],
  },
  // Text that is only text.
  {
    name: 'a NUL in a registry name',
    edits: [json(registryFile, (d) => (d.units[0].en = 'Foreign\u0000Affairs'))],
    says: ['content/registry.json › units[0].en: contains U+0000 (a NUL byte) at character 8'],
  },
  {
    name: 'a bidirectional override in a task title',
    edits: [replace(task('en'), 'Raise the profile', 'Raise the \u202Eprofile')],
    says: [
      'content/tasks/en/03-events-and-exhibitions.mdx › title: contains U+202E (a bidirectional override) at character 11',
    ],
  },
  {
    name: 'a zero-width character in a task body',
    edits: [appendBody(task('en'), 'Wu\u200Bhan')],
    says: [
      'content/tasks/en/03-events-and-exhibitions.mdx › text: contains U+200B (a zero-width character)',
      `(line ${appendedLine(task('en'))}, column 3)`,
    ],
  },
  {
    name: 'a control character in a metric name',
    edits: [metrics((d) => (d.metrics[0].name.zh = '国际\u0085友城'))],
    says: ['metrics[0].name.zh: contains U+0085 (a control character)'],
  },
  {
    name: 'a very long name',
    edits: [metrics((d) => (d.metrics[0].name.en = 'x'.repeat(100_000)))],
    says: ['metrics[0].name.en: expected at most 200 characters, got 100000: shorten the text'],
  },
  {
    name: 'a very long task body',
    edits: [appendBody(task('en'), 'word\n'.repeat(7000))],
    says: ['› MDX: the page is', 'a task page is at most 30000'],
  },
  // Files that are not what they seem: a message, never a crash.
  {
    name: 'a UTF-8 byte-order mark in JSON',
    edits: [bytes(registryFile, (text) => encode(`\uFEFF${text}`))],
    says: [
      'content/registry.json: starts with a UTF-8 byte-order mark (BOM): save the file as "UTF-8" without BOM (line 1)',
    ],
  },
  {
    name: 'a UTF-8 byte-order mark in MDX',
    edits: [bytes(task('zh'), (text) => encode(`\uFEFF${text}`))],
    says: ['content/tasks/zh/03-events-and-exhibitions.mdx: starts with a UTF-8 byte-order mark (BOM)'],
  },
  {
    name: 'invalid UTF-8',
    edits: [
      bytes(registryFile, (text) =>
        Uint8Array.from([...encode(text.slice(0, 30)), 0xc3, 0x28, ...encode(text.slice(30))]),
      ),
    ],
    says: [
      'content/registry.json: is not valid UTF-8 (byte 31)',
      'perhaps from another encoding such as GBK',
      '(line 2)',
    ],
  },
  {
    name: 'a file saved as UTF-16',
    edits: [bytes('content/site.json', () => Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]))],
    says: ['content/site.json: is saved as UTF-16'],
  },
  {
    name: 'an empty file',
    edits: [bytes('content/plan.json', () => new Uint8Array())],
    says: ['content/plan.json: the file is empty'],
  },
  {
    name: 'a binary file',
    edits: [bytes(metricsFile, () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))],
    says: ['content/metrics.json: contains NUL bytes, so it is a binary file, not text'],
  },
  {
    name: 'a binary task file',
    edits: [bytes(task('en', '13-image'), () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))],
    says: ['content/tasks/en/13-image.mdx: contains NUL bytes'],
  },
  {
    name: 'JSON nested 100,000 deep',
    edits: [
      metrics((d) => (d.metrics[0].note = JSON.parse('['.repeat(1000) + ']'.repeat(1000)))),
      {
        file: metricsFile,
        change: (text) => text.replace('"asOf"', `"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "asOf"`),
      },
    ],
    says: ['content/metrics.json: brackets are nested more than 32 levels deep', '(line'],
  },
  {
    name: 'a folder named like a task',
    edits: [{ file: task('zh', '15-dir'), change: () => ({ kind: 'directory' }) }],
    says: ['content/tasks/zh/15-dir.mdx: is a folder, not a file'],
  },
  {
    name: 'a symbolic link',
    edits: [{ file: task('zh', '14-passwd'), change: () => ({ kind: 'link' }) }],
    says: ['content/tasks/zh/14-passwd.mdx: is a symbolic link'],
  },
  {
    name: 'quotes nested 5,000 deep',
    edits: [appendBody(task('en'), `${'> '.repeat(5000)}deep`)],
    says: ['› MDX: quotes or lists are nested more than 20 deep', `(line ${appendedLine(task('en'))})`],
  },
  // Figures that agree with the plan's words and with themselves (review 2026-12, part 2).
  {
    name: 'a unit that carries a magnitude',
    edits: [metrics((d) => (d.metrics[4].unit = { zh: '万人次', en: 'million visitor arrivals' }))],
    says: [
      'metrics[4].unit.zh: "万人次" holds a magnitude (万)',
      'metrics[4].unit.en: "million visitor arrivals" holds a magnitude',
    ],
  },
  {
    name: 'an English unit that names something else than the metric counts',
    edits: [metrics((d) => (d.metrics[0].unit = { zh: '个', en: 'countries', enOne: 'country' }))],
    says: ['metrics[0].unit.en: "countries" does not appear in the metric\'s English name or plan wording'],
  },
  {
    name: 'a target that is not the number the plan words',
    edits: [metrics((d) => (d.metrics[6].target.value = 0.1))],
    says: ['metrics[6].target.value: the plan words the target as 10 (in base units)', 'but the target is 0.1'],
  },
  {
    name: "a yearly figure's period longer than a year, or neither a year nor the year so far",
    edits: [
      metrics((d) => {
        d.metrics[4].observations[0].period.from = '2013-01-01';
        d.metrics[6].observations[1].period.from = '2025-08-01';
      }),
    ],
    says: [
      'metrics[4].observations[0].period.from: 2013-01-01 to 2017-12-31 is longer than a year',
      'metrics[6].observations[1].period.from: 2025-08-01 to 2025-08-31 neither starts on 1 January',
    ],
  },
  {
    name: 'a period on a figure counted at one date',
    edits: [metrics((d) => (d.metrics[0].observations[0].period = { from: '2025-01-01', to: '2025-04-22' }))],
    says: ['metrics[0].observations[0].period.from: a level is counted at one date, so it has no period'],
  },
  {
    name: 'a source published after the figures were checked',
    edits: [metrics((d) => (d.metrics[0].observations[0].source.publishedOn = '2026-11-30'))],
    says: ['metrics[0].observations[0].source.publishedOn: "2026-11-30" is after asOf (2026-11-26)', '(line'],
  },
  {
    name: 'a growth rate of −100%',
    edits: [metrics((d) => (d.metrics[6].observations[0].value = -100))],
    says: ['metrics[6].observations[0].value: a change of −100% means the total fell to nothing'],
  },
  {
    name: 'document dates out of order, or not of the year its number gives',
    edits: [
      json('content/plan.json', (d) => {
        d.document.printed = '2026-03-01';
      }),
    ],
    says: [
      "content/plan.json › document.printed: printed and issued (印发) on 2026-03-01, before the document's date (2026-03-09)",
    ],
  },
  {
    name: 'a document dated in another year than its number',
    edits: [json('content/plan.json', (d) => (d.document.issued = '2027-03-09'))],
    says: [
      'content/plan.json › document.issued: the document number "武政办〔2026〕26号" is of 2026, but the document is dated 2027-03-09',
    ],
  },
  {
    name: 'a published figure that is not the one the research found',
    edits: [
      metrics((d) => {
        d.metrics[6].observations[1].value = 0.171;
        d.metrics[15].observations[0].value = 1200;
      }),
    ],
    says: [
      'metrics[6].observations[1].value: 0.171 is not the figure the research found for 2025-08-31 (17.1, row',
      'metrics[15].observations[0].value: 1200 is not the figure the research found for 2016-12-30 (12, row',
    ],
  },
  {
    name: 'a published figure no research row gives, and a decision that misdescribes its row',
    edits: [
      metrics((d) => (d.metrics[0].observations[0].date = '2025-04-21')),
      json('content/research-decisions.json', (d) => (d.figures[0].grade = 'A')),
    ],
    says: [
      'metrics[0].observations[0].value: no research row marked "published" gives sister-cities for 2025-04-21',
      'content/research-decisions.json › figures[0]: row 0 is "sister-cities", grade C in content/research/figures-2015-2025.json, but "sister-cities", grade A here',
    ],
  },
  // English that is English.
  {
    name: 'English text that is the Chinese',
    edits: [
      metrics((d) => {
        d.metrics[3].name.en = d.metrics[3].name.zh;
        const title = d.metrics[0].observations[0].source.title;
        d.metrics[0].observations[0].source.title = { zh: title.en, en: title.zh };
      }),
      json(registryFile, (d) => (d.units[1].en = d.units[1].zh)),
    ],
    says: [
      'metrics[3].name.en: the English text is written in Chinese characters',
      'metrics[0].observations[0].source.title.en: the English text is written in Chinese characters',
      'content/registry.json › units[1].en: the English text is written in Chinese characters',
    ],
  },
  {
    name: 'two bodies with one English name',
    edits: [json(registryFile, (d) => (d.units[1].en = d.units[0].en))],
    says: [
      'content/registry.json › units[1].en: "Foreign Affairs Office of the CPC Wuhan Municipal Committee" is also the English name of units[0]',
    ],
  },
  {
    name: 'a licence named otherwise than the licence its address leads to',
    edits: [replace('content/site.json', 'licenses/by/4.0/', 'licenses/by-nc/4.0/')],
    says: [
      'content/site.json › licence.name: "CC BY 4.0" is not the licence at https://creativecommons.org/licenses/by-nc/4.0/: the address leads to CC BY-NC 4.0',
      'licence.spdx: "CC-BY-4.0" is not the licence',
      'licence.title.en: "Creative Commons Attribution 4.0 International" leaves out "NonCommercial"',
    ],
  },
  {
    name: 'a filing number with more than digits',
    edits: [
      replace(
        'content/site.json',
        '"publicSecurityRecordCode": ""',
        '"publicSecurityRecordCode": "4201&x=https://evil.example/"',
      ),
    ],
    says: ['content/site.json › publicSecurityRecordCode: expected the digits of the filing number only'],
  },
  // Files that refer to each other.
  {
    name: 'a research decision naming a metric that does not exist',
    edits: [json('content/research-decisions.json', (d) => (d.figures[0].metric = 'sister-city'))],
    says: [
      'content/research-decisions.json › figures[0].metric: no metric with id "sister-city" in content/metrics.json',
      '(line',
    ],
  },
  {
    name: 'a research file outside content/research/, and a schema from another host',
    edits: [
      json('content/research-decisions.json', (d) => {
        d.research = '../../../../etc/passwd';
        d.$schema = 'https://schemas.evil.example/x.json';
      }),
    ],
    says: [
      'content/research-decisions.json › research: expected a file in content/research/',
      'content/research-decisions.json › $schema: "https://schemas.evil.example/x.json" is not this file\'s schema',
    ],
  },
  // Text that is only text, in every field of every file.
  {
    name: 'invisible and control characters in fields no schema marks as text',
    edits: [
      json('content/site.json', (d) => (d.licence.title.en = 'Creative Commons \u202Elanoitanretni')),
      json('content/research-decisions.json', (d) => {
        d.figures[5].explanation.en = 'note\u0000\u202Eevil';
        d.figures[0].value = '99\u200B个城市';
        d.$comment = 'lone \uD83D surrogate';
      }),
    ],
    says: [
      'content/site.json › licence.title.en: contains U+202E (a bidirectional override) at character 18',
      'content/research-decisions.json › figures[5].explanation.en: contains U+0000 (a NUL byte)',
      'content/research-decisions.json › figures[0].value: contains U+200B',
      'content/research-decisions.json › $comment: contains U+D83D (half of a character (a lone surrogate), published as �)',
    ],
  },
  {
    name: 'an invisible character in a field name',
    edits: [metrics((d) => (d['as\u200BOf'] = d.asOf))],
    says: ['content/metrics.json › as\u200BOf: the field name contains U+200B'],
  },
  {
    name: 'a line break in a name or title',
    edits: [metrics((d) => (d.metrics[0].name.en = 'Sister cities\r\nUR  - https://evil.example/phish'))],
    says: ['metrics[0].name.en: contains a line break at character 14: a name or title is one line'],
  },
  ...(
    [
      ['U+2028', '\u2028', 'a line or paragraph separator'],
      ['U+061C', '\u061C', 'a direction mark'],
      ['tag characters', '\u{E0049}\u{E0047}', 'a tag character'],
      ['U+3164', '\u3164', 'an invisible character'],
      ['U+00AD', '\u00AD', 'a soft hyphen'],
    ] as const
  ).map(([label, char, what]) => ({
    name: `an invisible character in a task body: ${label}`,
    edits: [appendBody(task('en'), `Wu${char}han`)],
    says: [
      `content/tasks/en/03-events-and-exhibitions.mdx › text: contains`,
      what,
      `(line ${appendedLine(task('en'))}, column 3)`,
    ],
  })),
  // Task pages of any shape cost seconds, not minutes.
  {
    name: 'brackets nested 49,000 deep',
    edits: [appendBody(task('en'), `${'[\n'.repeat(49_000 / 4)}x`)],
    says: ['› MDX: brackets are nested more than 20 deep', `(line ${appendedLine(task('en')) + 20})`],
  },
  {
    name: 'elements nested 7,000 deep',
    edits: [appendBody(task('en'), `${'<span>\n'.repeat(7000 / 2)}x`)],
    says: ['› MDX: elements are nested more than 20 deep'],
  },
  {
    name: 'a word of 97,000 characters',
    edits: [appendBody(task('en'), 'A'.repeat(5000))],
    says: ['› MDX: a word of more than 500 characters without a space', `(line ${appendedLine(task('en'))})`],
  },
  {
    name: 'a line of 25,000 characters',
    edits: [appendBody(task('en'), 'word '.repeat(5000))],
    says: ['› MDX: the line is 25000 characters long; lines are at most 20000'],
  },
  {
    name: 'emphasis marks by the thousand',
    edits: [appendBody(task('en'), '*a _'.repeat(600))],
    says: ['› MDX: more than 1000 emphasis marks'],
  },
  {
    name: 'a task file over 50,000 characters',
    edits: [appendBody(task('en'), `---\n${'% comment\n'.repeat(6000)}`)],
    says: ['content/tasks/en/03-events-and-exhibitions.mdx: the file is', 'a task file is at most 50000'],
  },
  // Links and images as the site serves them.
  {
    name: 'a reference-style image from another host',
    edits: [appendBody(task('en'), '![pixel][p]\n\n[p]: https://tracker.example/pixel.png')],
    says: ['› image: image "https://tracker.example/pixel.png" (given by [p]) must be a file on this site'],
  },
  {
    name: 'on-site links that hide their path',
    edits: [
      appendBody(
        task('en'),
        '[a](/tasks/%E0%A4%A/) [b](/..%2F..%2F..%2Fetc/passwd) [c](/_headers) [d](/../../etc/passwd)',
      ),
    ],
    says: [
      '› link: "/tasks/%E0%A4%A/" has a malformed % escape',
      '"/..%2F..%2F..%2Fetc/passwd" hides a slash',
      '"/_headers" is a file of the server\'s configuration',
      '"/../../etc/passwd" climbs above the site\'s root',
    ],
  },
  {
    name: 'an image wider than any screen',
    edits: [appendBody(task('en'), '<img src="/favicon.svg" alt="" width="9999" height="9999" />')],
    says: ['› <img width>: "9999" is not allowed here: expected a whole number of pixels up to 1600'],
  },
];

describe.each(cases)('$name', ({ edits, says, today = '2026-11-26' }) => {
  it('is refused, with the file and the field or line', async () => {
    const result = await checkEdited(edits, { today });
    expect(result.errors.length, result.output).toBeGreaterThan(0);
    for (const text of says) expect(result.output).toContain(text);
  });
});

describe('a symbolic link on disk', () => {
  // The cases above hand the check a stand-in for a link; this one makes a real link, so the reader's own lstat is what refuses it.
  it('is refused and never followed out of content/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linked-content-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      writeFileSync(join(dir, 'outside.mdx'), '---\ntask: 14\n---\nnot content\n');
      symlinkSync(join(dir, 'outside.mdx'), join(dir, 'content/tasks/zh/14-link.mdx'));
      const result = await validateContent(dir, { today: '2026-11-26' });
      expect(result.errors.map((error) => `${error.file}: ${error.message}`).join('\n')).toContain(
        'content/tasks/zh/14-link.mdx: is a symbolic link',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a named pipe (FIFO) among the task files', () => {
  // Opening a pipe waits for a writer for ever, so the check runs as its own process, under a time limit.
  it('is refused by npm run validate within seconds, naming the file, instead of hanging', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fifo-content-'));
    try {
      cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
      execFileSync('mkfifo', [join(dir, 'content/tasks/en/14-pipe.mdx')]);
      const run = spawnSync(
        process.execPath,
        [join(root, 'node_modules/.bin/tsx'), join(root, 'scripts/validate.ts')],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined },
        },
      );
      // spawnSync stops it at the time limit and reports ETIMEDOUT.
      expect(run.error?.message, 'validate was still waiting after 60 s').toBeUndefined();
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain('content/tasks/en/14-pipe.mdx: is not a file but a named pipe');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('a missing translation', () => {
  it.each([
    [
      'of a task page',
      [{ file: task('en', '10-international-talent'), change: () => null }] as MemoryEdit[],
      'content/tasks/en/10-international-talent.mdx: missing translation of content/tasks/zh/10-international-talent.mdx',
    ],
    [
      'of a text in the metrics file',
      [metrics((d) => delete d.metrics[4].name.en)],
      'content/metrics.json › metrics[4].name.en: missing English translation',
    ],
  ])(
    '%s is a warning, not an error (the page shows the other language with a notice)',
    async (_label, edits, message) => {
      const result = await checkEdited(edits, { today: '2026-11-26' });
      expect(result.errors, result.output).toEqual([]);
      expect(
        result.warnings
          .map((warning) => `${warning.file}${warning.where ? ` › ${warning.where}` : ''}: ${warning.message}`)
          .join('\n'),
      ).toContain(message);
    },
  );
});

describe('figures only history can question', () => {
  it('are warnings, errors under --strict: a figure ten times the one before it, a count under a hundredth of its target', async () => {
    const result = await checkEdited(
      [
        metrics((d) => {
          d.metrics[13].observations[0].value = 1;
          d.metrics[4].observations[0].value = 250;
        }),
        // The research file found the same figures: only history questions them.
        json('content/research/figures-2015-2025.json', (rows) => {
          for (const row of rows) {
            if (row.metric_id === 'tianhe-intl-routes' && row.period_end === '2018-05-08') row.value_numeric = 1;
            if (row.metric_id === 'inbound-visitors' && row.period_end === '2017-12-31') row.value_numeric = 250;
          }
        }),
      ],
      { today: '2026-11-26' },
    );
    expect(result.errors, result.output).toEqual([]);
    expect(result.output).toContain(
      'content/metrics.json › metrics[13].observations[1].value: 63 is 63 times the figure before it (1 on 2018-05-08)',
    );
    expect(result.output).toContain(
      'content/metrics.json › metrics[4].observations[0].value: 250 is under 1/100 of the target (1560000)',
    );
  });
});

describe('clean content', () => {
  it('passes without a word of warning, whatever files the system leaves beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-content-'));
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/tasks/zh/.DS_Store'), Uint8Array.from([0, 0, 0, 1, 0x42, 0x75]));
    const result = await validateContent(dir, { today: '2026-11-26' });
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  it('passes with the prose HTML and the Markdown editors may use', async () => {
    const prose = [
      '## A heading',
      '<p lang="zh-CN">中文 <em>强调</em> <strong>加粗</strong> <abbr title="Foreign Affairs Office">FAO</abbr> H<sub>2</sub>O x<sup>2</sup><br /></p>',
      '<a href="https://www.wuhan.gov.cn/" hreflang="zh-CN" title="Wuhan">link</a> and <a href="/en/goals/">goals</a>',
      '<table><caption>C</caption><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colSpan="1">1</td></tr></tbody></table>',
      '- one\n- two ~~old~~ [^1]\n\n[^1]: A footnote with <Term id="ovc-expo" first />.',
      '> a quote\n\n`code`',
    ].join('\n\n');
    const result = await checkEdited([appendBody(task('en'), prose)], { today: '2026-11-26' });
    expect(result.output).toBe('');
    expect(result.links.map((link) => link.url)).toEqual(['/en/goals/']);
  });
});
