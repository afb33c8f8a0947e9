/**
 * The change summary a reviewer approves from (scripts/lib/change-summary.ts, build-diff.ts): on a
 * base/head pair that adds a 2026 figure and edits a task summary, it lists exactly those changes,
 * with the target's status and distance before → after; on two builds, the pages whose text changed
 * by language and the chart images, copied before and after.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDiffMarkdown, compareBuilds, pageText } from '../../scripts/lib/build-diff';
import { plain, summarizeChanges, summaryMarkdown, type ChangeSummary } from '../../scripts/lib/change-summary';
import { useTranslations } from '../../src/lib/language/i18n';
import { readContentFiles, type ContentFiles } from '../../src/lib/content/validate/read';
import { root } from '../support/plan-text';

const today = '2026-12-31';
const taskFile = 'content/tasks/zh/01-major-diplomatic-events.mdx';
const figure = {
  date: '2026-09-18',
  value: 127,
  bound: 'exact',
  kind: 'progress',
  source: {
    title: { zh: '武汉国际友城增至127个', en: 'Wuhan now has 127 sister cities' },
    publisher: { zh: '中国网湖北', en: 'China.com.cn (Hubei)' },
    url: 'https://hb.china.com.cn/2026-09/19/content_00000000.htm',
    publishedOn: '2026-09-19',
  },
};

let base: ContentFiles;
let head: ContentFiles;
let summary: ChangeSummary;
beforeAll(async () => {
  base = readContentFiles(root.replace(/\/$/, ''));
  head = new Map(base);
  const metrics = JSON.parse(new TextDecoder().decode(base.get('content/metrics.json') as Uint8Array));
  metrics.metrics.find((metric: { id: string }) => metric.id === 'sister-cities').observations.push(figure);
  head.set('content/metrics.json', new TextEncoder().encode(`${JSON.stringify(metrics, null, 2)}\n`));
  const task = new TextDecoder().decode(base.get(taskFile) as Uint8Array);
  head.set(taskFile, new TextEncoder().encode(task.replace(/^summary: "(.*)"$/m, 'summary: "$1（摘要已修订）"')));
  summary = await summarizeChanges(base, head, { today });
}, 60_000);

describe('the change summary of a pull request', () => {
  it('lists exactly the added figure and the edited task page', () => {
    expect(
      summary.targets.map((target) => [
        target.metricId,
        target.figures.map((change) => change.change),
        target.definitionChanged,
      ]),
    ).toEqual([['sister-cities', ['added'], false]]);
    expect(summary.targets[0]!.figures[0]!.after).toEqual(figure);
    expect(summary.tasks).toEqual({ zh: [{ path: taskFile, change: 'changed' }], en: [] });
    expect(summary.files).toEqual([{ path: 'content/metrics.json', change: 'changed' }]);
    expect(summary.asOf).toBeUndefined();
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
  });

  it("gives the target's status and distance before and after, in both languages", () => {
    const [target] = summary.targets;
    for (const lang of ['zh', 'en'] as const) {
      const t = useTranslations(lang);
      expect(target!.before![lang].status).toBe(t('status.no-data'));
      // 127 of 129 from 125, by mid-September: behind the pace the year calls for.
      expect(target!.after![lang].status).toBe(t('status.behind'));
      expect(target!.before![lang].distance).toMatch(/4/);
      expect(target!.after![lang].distance).toMatch(/2/);
    }
    const markdown = summaryMarkdown(summary);
    expect(markdown).toContain('Figure added: 127 (exact) dated 2026-09-18, progress');
    expect(markdown).toContain(
      `- Status: **${plain(`${useTranslations('zh')('status.no-data')} · ${useTranslations('en')('status.no-data')}`)} → `,
    );
    expect(markdown).toContain(`- 中文: \`${taskFile}\` changed`);
    expect(markdown).toContain('- English: no change');
    expect(markdown).toContain('finds no problem');
  });

  it('says nothing changed when nothing did, and shows the content check of the head', async () => {
    const unchanged = await summarizeChanges(base, base, { today });
    expect(unchanged.targets).toEqual([]);
    expect(unchanged.tasks).toEqual({ zh: [], en: [] });
    const broken = new Map(head);
    broken.set(
      'content/metrics.json',
      new TextEncoder().encode(
        new TextDecoder()
          .decode(head.get('content/metrics.json') as Uint8Array)
          .replace('"value": 127', '"value": "127个"'),
      ),
    );
    const checked = await summarizeChanges(base, broken, { today });
    expect(checked.errors.join('\n')).toMatch(/value: expected a number/);
    expect(summaryMarkdown(checked)).toMatch(/- ✗ content\/metrics\.json › metrics\\\[0\\\]/);
  });

  it('keeps content text from becoming markdown', () => {
    expect(plain('[click](https://evil.example) <img> @team **x**')).toBe(
      '\\[click\\](https://evil.example) \\<img\\> \\@team \\*\\*x\\*\\*',
    );
  });
});

describe('two builds compared', () => {
  let dir: string;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-diff-'));
    const page = (text: string, script = '') =>
      `<!doctype html><html><head><style>p{}</style></head><body><p>${text}</p><script>${script}</script></body></html>`;
    write('base/index.html', page('首页'));
    write('head/index.html', page('首页', 'let changedScriptOnly = 1;'));
    write('base/progress/sister-cities/index.html', page('125个 还差4个'));
    write('head/progress/sister-cities/index.html', page('127个 还差2个'));
    write('base/en/progress/sister-cities/index.html', page('125 cities, 4 to go'));
    write('head/en/progress/sister-cities/index.html', page('127 cities, 2 to go'));
    write('head/en/updates/index.html', page('New figure'));
    write('base/charts/sister-cities.png', Buffer.from([1, 2, 3]));
    write('head/charts/sister-cities.png', Buffer.from([1, 2, 4]));
    write('base/charts/sister-cities@2x.png', Buffer.from([1]));
    write('head/charts/sister-cities@2x.png', Buffer.from([2]));
    write('base/charts/port-teu.png', Buffer.from([9]));
    write('head/charts/port-teu.png', Buffer.from([9]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the pages whose text changed, by language, and copies the changed charts before and after', () => {
    const diff = compareBuilds(join(dir, 'base'), join(dir, 'head'), join(dir, 'images'));
    expect(diff.pages).toEqual({
      zh: [{ page: '/progress/sister-cities/', change: 'changed' }],
      en: [
        { page: '/en/progress/sister-cities/', change: 'changed' },
        { page: '/en/updates/', change: 'added' },
      ],
    });
    expect(diff.charts).toEqual([{ file: '/charts/sister-cities.png', change: 'changed' }]);
    expect([...readFileSync(join(dir, 'images/before/charts/sister-cities.png'))]).toEqual([1, 2, 3]);
    expect([...readFileSync(join(dir, 'images/after/charts/sister-cities.png'))]).toEqual([1, 2, 4]);
    expect(diff.weight.after.html).toBeGreaterThan(diff.weight.before.html);
    const markdown = buildDiffMarkdown(diff, 'change-summary-12').join('\n');
    expect(markdown).toContain('- 中文 (1): `/progress/sister-cities/`');
    expect(markdown).toContain('- English (2): `/en/progress/sister-cities/`, `/en/updates/` added');
    expect(markdown).toContain('before and after are in the artifact `change-summary-12`');
  });

  it('reads a page as its text, without markup, scripts or styles', () => {
    expect(pageText('<p>a<b>b</b></p><script>x</script><style>y</style><!-- z -->\n c&nbsp;d')).toBe('a b c d');
  });
});
