import { describe, expect, it } from 'vitest';
import { formatFigureWhen } from '../../src/lib/language/format';
import {
  assess,
  distanceToTarget,
  earliestStart,
  figureCoverage,
  figureOverdue,
  incomparability,
  missingByPublisher,
  newestFigureDate,
  planTime,
  startingPoint,
  type JudgingContext,
  type Period,
} from '../../src/lib/judging/progress';
import type { Metric, Observation } from '../../src/lib/content/schema/metrics';

const year: Period = { start: '2026-01-01', end: '2026-12-31' };
const source = {
  title: { zh: '来源', en: 'Source' },
  publisher: { zh: '发布者', en: 'Publisher' },
  url: 'https://example.org/',
  publishedOn: '2026-12-31',
};
const figure = (
  date: string,
  value: number,
  kind: Observation['kind'] = 'baseline',
  bound: Observation['bound'] = 'exact',
  period?: Observation['period'],
): Observation => ({
  date,
  value,
  kind,
  bound,
  source,
  ...(period ? { period } : {}),
});
const metric = (
  measure: Metric['measure'],
  target: number,
  observations: Observation[],
  publishedBy = 'transport',
): Metric => ({
  id: `m-${measure}-${target}`,
  group: 'hub',
  name: { zh: '指标', en: 'Metric' },
  unit: { zh: '个', en: 'items' },
  target: { value: target, comparison: 'reach' },
  measure,
  planWording: '达到',
  tasks: [1],
  publishedBy,
  nextFigure: { zh: '年度公报', en: 'The annual communiqué' },
  observations,
});
/** Judged during the period, and after it has ended. */
const running: JudgingContext = { period: year, asOf: '2026-11-26' };
const after: JudgingContext = { period: year, asOf: '2027-02-15' };
const distance = (m: Metric, at = running) => distanceToTarget(m, assess(m, at));
const breakOn = (date: string) => ({ date, reason: { zh: '全部暂停', en: 'all suspended' } });

describe('startingPoint', () => {
  it('is the latest comparable figure from before the period, not a figure within it', () => {
    const m = metric('level', 129, [
      figure('2019-04-17', 111),
      figure('2025-04-22', 125),
      figure('2026-02-28', 126, 'progress'),
    ]);
    expect(startingPoint(m, running)).toEqual({ figure: expect.objectContaining({ value: 125 }) });
  });
  it('is undefined when nothing was published before the period', () => {
    expect(startingPoint(metric('level', 22, [figure('2026-06-30', 20, 'progress')]), running)).toBeUndefined();
  });
  it('is the latest figure before the period, as context with why, when none is comparable', () => {
    const old = startingPoint(metric('level', 61, [figure('2016-12-30', 12)]), running);
    expect(old).toMatchObject({ figure: { value: 12 }, incomparable: { reason: 'too-old', earliest: '2025-01-01' } });
  });
});

describe('incomparability: a distance or status only from figures comparable with the target', () => {
  const janAug = { from: '2025-01-01', to: '2025-08-31' };
  it.each<[string, Metric, string | undefined]>([
    ['a recent total at a date is a starting point', metric('level', 129, [figure('2025-04-22', 125)]), undefined],
    [
      'a total at a date older than the recency rule is context',
      metric('level', 312, [figure('2020-12-31', 300, 'baseline', 'over')]),
      'too-old',
    ],
    [
      'a yearly total from another year is context',
      metric('annual', 1_560_000, [
        figure('2017-12-31', 2_500_000, 'baseline', 'exact', { from: '2017-01-01', to: '2017-12-31' }),
      ]),
      'other-period-total',
    ],
    [
      'items added in another period are context',
      metric('new', 400, [figure('2025-06-30', 121, 'baseline', 'exact', { from: '2025-01-01', to: '2025-06-30' })]),
      'other-period-total',
    ],
    [
      'a growth rate for part of another year is context',
      metric('growth-rate', 10, [figure('2025-08-31', 17.1, 'baseline', 'exact', janAug)]),
      'other-period-rate',
    ],
    [
      'a full-year rate of the year before is context too',
      metric('growth-rate', 10, [
        figure('2025-12-31', 12, 'baseline', 'exact', { from: '2025-01-01', to: '2025-12-31' }),
      ]),
      'other-period-rate',
    ],
    [
      'a figure the content marks as context is context',
      metric('level', 61, [{ ...figure('2025-12-30', 12), context: { zh: '新开线路', en: 'new routes' } }]),
      'context',
    ],
    [
      'a figure dated on a break in the series is context',
      { ...metric('level', 22, [figure('2025-01-23', 63)]), breaks: [breakOn('2025-01-23')] },
      'before-break',
    ],
    [
      'a figure after a break is comparable',
      { ...metric('level', 22, [figure('2025-06-30', 13)]), breaks: [breakOn('2025-01-23')] },
      undefined,
    ],
  ])('%s', (_label, m, reason) => {
    expect(incomparability(m, m.observations[0]!, running)?.reason).toBe(reason);
  });

  it('the recency rule is one year before the period starts', () => {
    expect(earliestStart(year)).toBe('2025-01-01');
    expect(earliestStart({ start: '2030-07-01', end: '2031-06-30' })).toBe('2029-07-01');
  });
});

describe('guards: what a journalist could quote', () => {
  const tianhe = (observations: Observation[]) => ({
    ...metric('level', 22, [
      figure('2018-05-08', 58),
      figure('2019-11-18', 63),
      figure('2020-01-23', 63),
      ...observations,
    ]),
    breaks: [breakOn('2020-01-23')],
  });
  it('Tianhe: no "41 above the target" from the count on the day every route was suspended', () => {
    expect(distance(tianhe([]))).toEqual({
      kind: 'none',
      why: { reason: 'before-break', break: breakOn('2020-01-23') },
    });
  });
  it('Tianhe: a figure of 20 routes is not judged against the 2020 count, nor as "hold the level"', () => {
    const judged = assess(tianhe([figure('2026-06-30', 20, 'progress')]), running);
    expect(judged.status).toBe('unjudged');
    expect(judged.baseline).toBeUndefined();
    expect(judged.share).toBeUndefined();
    expect(distanceToTarget(tianhe([figure('2026-06-30', 20, 'progress')]), judged)).toMatchObject({
      kind: 'to-go',
      amount: 2,
      from: { date: '2026-06-30' },
    });
  });
  it('Tianhe: the same count after the period has ended, with no full-period figure, awaits its final figure', () => {
    expect(assess(tianhe([figure('2026-06-30', 20, 'progress')]), after).status).toBe('awaiting');
  });
  it('rail: a figure of 60 does not read as 98% of the way from a 2016 count of new routes', () => {
    const rail = metric('level', 61, [
      { ...figure('2016-12-30', 12), context: { zh: '新开线路', en: 'new routes' } },
      figure('2026-06-30', 60, 'progress'),
    ]);
    const judged = assess(rail, running);
    expect(judged.share).toBeUndefined();
    expect(judged.status).toBe('unjudged');
    expect(distance(metric('level', 61, [figure('2016-12-30', 12)]))).toMatchObject({
      kind: 'none',
      why: { reason: 'too-old' },
    });
  });
  it('inbound visitors: no "940,000 lower" from a 2017 yearly total; the whole target is still to come', () => {
    const m = metric('annual', 1_560_000, [
      figure('2017-12-31', 2_500_000, 'baseline', 'exact', { from: '2017-01-01', to: '2017-12-31' }),
    ]);
    expect(distance(m)).toEqual({ kind: 'whole-target', amount: 1_560_000 });
    expect(distance(m, after)).toMatchObject({ kind: 'none', why: { reason: 'other-period-total' } });
  });
  it('trade: no "7.1 points lower" from a Jan–Aug 2025 rate; a 2026 year-to-date rate is compared, dated', () => {
    const partial = figure('2025-08-31', 17.1, 'baseline', 'exact', { from: '2025-01-01', to: '2025-08-31' });
    expect(distance(metric('growth-rate', 10, [partial]))).toMatchObject({
      kind: 'none',
      why: { reason: 'other-period-rate' },
    });
    const ytd = metric('growth-rate', 10, [
      partial,
      figure('2026-06-30', 8, 'progress', 'exact', { from: '2026-01-01', to: '2026-06-30' }),
    ]);
    expect(distance(ytd)).toMatchObject({ kind: 'rate-below', amount: 2, from: { date: '2026-06-30' } });
  });
  it('Fortune 500: no "12 to go" from a six-year-old figure', () => {
    expect(distance(metric('level', 312, [figure('2020-12-31', 300, 'baseline', 'over')]))).toMatchObject({
      kind: 'none',
      why: { reason: 'too-old' },
    });
  });
});

describe('distanceToTarget', () => {
  it('a level with no figure in the period: the target minus a comparable starting point, tied to its figure', () => {
    expect(distance(metric('level', 129, [figure('2025-04-22', 125)]))).toMatchObject({
      kind: 'to-go',
      amount: 4,
      bound: 'exact',
      from: { date: '2025-04-22' },
    });
  });
  it('a comparable level already above its target before the plan', () => {
    expect(distance(metric('level', 22, [figure('2025-06-30', 25)]))).toMatchObject({ kind: 'beyond', amount: 3 });
  });
  it('from "over N" the distance still to go is less than the gap, and the distance beyond more', () => {
    expect(distance(metric('level', 312, [figure('2025-12-31', 300, 'baseline', 'over')]))).toMatchObject({
      kind: 'to-go',
      amount: 12,
      bound: 'less-than',
    });
    expect(distance(metric('level', 250, [figure('2025-12-31', 300, 'baseline', 'over')]))).toMatchObject({
      kind: 'beyond',
      amount: 50,
      bound: 'more-than',
    });
  });
  it('from "nearly N" the distance still to go is more than the gap', () => {
    expect(distance(metric('level', 2_000_000, [figure('2025-12-31', 1_900_000, 'baseline', 'nearly')]))).toMatchObject(
      { kind: 'to-go', amount: 100_000, bound: 'more-than' },
    );
  });
  it('items added in the period with no figure yet: the whole target, whatever came before', () => {
    expect(
      distance(
        metric('new', 400, [figure('2018-06-30', 121, 'baseline', 'exact', { from: '2018-01-01', to: '2018-06-30' })]),
      ),
    ).toEqual({ kind: 'whole-target', amount: 400 });
  });
  it('a figure in the period takes over from the starting point', () => {
    const m = metric('level', 61, [figure('2025-12-30', 57), figure('2026-06-30', 59, 'progress')]);
    expect(distance(m)).toMatchObject({ kind: 'to-go', amount: 2 });
  });
  it('nothing to measure from', () => {
    expect(distance(metric('annual', 1300, []), after)).toEqual({ kind: 'none', why: { reason: 'no-figure' } });
    expect(distance(metric('level', 3, []))).toEqual({ kind: 'none', why: { reason: 'no-figure' } });
  });
});

describe('after the period: met, not met, or awaiting the final figure', () => {
  it.each<[string, Metric, string]>([
    ['no figure', metric('annual', 1300, []), 'awaiting'],
    [
      'a yearly total published the next spring counts for the period',
      metric('annual', 1300, [
        {
          ...figure('2026-12-31', 1350, 'progress', 'exact', { from: '2026-01-01', to: '2026-12-31' }),
          source: { ...figure('2026-12-31', 0).source, publishedOn: '2027-02-01' },
        },
      ]),
      'achieved',
    ],
    [
      'a full-year total below the target',
      metric('annual', 1300, [
        figure('2026-12-31', 1200, 'progress', 'exact', { from: '2026-01-01', to: '2026-12-31' }),
      ]),
      'not-met',
    ],
    [
      'a part-year total already above the target',
      metric('annual', 1300, [
        figure('2026-08-31', 1310, 'progress', 'exact', { from: '2026-01-01', to: '2026-08-31' }),
      ]),
      'achieved',
    ],
    [
      'a part-year total below the target: the final figure may still meet it',
      metric('annual', 1300, [
        figure('2026-08-31', 900, 'progress', 'exact', { from: '2026-01-01', to: '2026-08-31' }),
      ]),
      'awaiting',
    ],
    [
      'a year-to-date rate that meets the target is not an outcome',
      metric('growth-rate', 10, [
        figure('2026-09-30', 12, 'progress', 'exact', { from: '2026-01-01', to: '2026-09-30' }),
      ]),
      'awaiting',
    ],
  ])('%s', (_label, m, status) => {
    const judged = assess(m, after);
    expect(judged.status).toBe(status);
    expect(judged.ended).toBe(true);
    expect(['achieved', 'not-met', 'awaiting']).toContain(judged.status);
  });

  it('the plan as a whole: running, awaiting results, results', () => {
    const met = metric('annual', 1300, [
      figure('2026-12-31', 1350, 'progress', 'exact', { from: '2026-01-01', to: '2026-12-31' }),
    ]);
    const open = metric('annual', 1300, []);
    expect(planTime(running, [assess(met, running)])).toBe('running');
    expect(planTime(after, [assess(met, after), assess(open, after)])).toBe('awaiting-results');
    expect(planTime(after, [assess(met, after)])).toBe('results');
  });

  it('an awaited figure is overdue once the month it was expected by has passed', () => {
    const m = { ...metric('annual', 1300, []), expected: '2027-01' };
    expect(figureOverdue(m, '2027-01-31')).toBe(false);
    expect(figureOverdue(m, '2027-02-01')).toBe(true);
    expect(figureOverdue(metric('annual', 1300, []), '2030-01-01')).toBe(false);
  });
});

describe('nearly N does not meet a target of N', () => {
  it('is not met at year end', () => {
    expect(assess(metric('annual', 1300, [figure('2026-12-31', 1300, 'progress', 'nearly')]), running).status).toBe(
      'not-met',
    );
  });
});

describe('newestFigureDate', () => {
  it('is the date of the newest figure of either kind, or undefined', () => {
    expect(
      newestFigureDate(metric('level', 61, [figure('2026-03-31', 59, 'progress'), figure('2016-12-30', 12)])),
    ).toBe('2026-03-31');
    expect(newestFigureDate(metric('level', 61, []))).toBeUndefined();
  });
});

describe('figureCoverage', () => {
  it('counts the metrics with a comparable starting point and finds the newest figure of all', () => {
    const withBoth = metric('level', 61, [figure('2025-12-30', 57), figure('2026-03-31', 59, 'progress')]);
    const tooOld = metric('level', 61, [figure('2016-12-30', 12)]);
    const progressOnly = metric('new', 5, [figure('2026-06-30', 2, 'progress')]);
    const judged = (m: Metric) => assess(m, running);
    expect(figureCoverage([withBoth, tooOld, progressOnly, metric('level', 3, [])], judged)).toEqual({
      withStart: 1,
      newest: '2026-06-30',
    });
    expect(figureCoverage([metric('level', 3, [])], judged)).toEqual({ withStart: 0 });
  });
});

describe('missingByPublisher', () => {
  it('groups only the targets with no figure for the period, by who publishes them', () => {
    const a = metric('level', 1, [], 'transport');
    const b = metric('level', 2, [figure('2026-05-31', 1, 'progress')], 'transport');
    const c = metric('level', 3, [], 'commerce');
    const d = metric('level', 4, [figure('2025-01-01', 1)], 'transport');
    const groups = missingByPublisher([a, b, c, d], (m) => assess(m, running));
    expect([...groups.keys()]).toEqual(['transport', 'commerce']);
    expect(groups.get('transport')).toEqual([a, d]);
  });
});

describe('formatFigureWhen', () => {
  it('names a level by its month and a period figure by its period', () => {
    expect(formatFigureWhen({ date: '2025-04-22' }, 'en')).toBe('Apr 2025');
    expect(formatFigureWhen({ date: '2025-04-22' }, 'zh')).toBe('2025年4月');
    expect(formatFigureWhen({ date: '2025-04-22' }, 'en', { day: true })).toBe('April 22, 2025');
    const year2017 = { date: '2017-12-31', period: { from: '2017-01-01', to: '2017-12-31' } };
    expect(formatFigureWhen(year2017, 'en')).toBe('2017');
    expect(formatFigureWhen(year2017, 'zh')).toBe('2017年');
    const janAug = { date: '2025-08-31', period: { from: '2025-01-01', to: '2025-08-31' } };
    expect(formatFigureWhen(janAug, 'en')).toBe('Jan–Aug 2025');
    expect(formatFigureWhen(janAug, 'zh')).toBe('2025年1—8月');
    // A period figure keeps its period even where a day would be named.
    expect(formatFigureWhen(janAug, 'en', { day: true })).toBe('Jan–Aug 2025');
  });
});

describe('startLine', () => {
  it("writes a distance tied to its figure's date in both languages", async () => {
    const { startLine } = await import('../../src/lib/judging/start-line');
    const { useTranslations } = await import('../../src/lib/language/i18n');
    const m = { ...metric('level', 129, [figure('2025-04-22', 125)]), unit: { zh: '个', en: 'cities', enOne: 'city' } };
    expect(startLine(m, assess(m, running), 'en', useTranslations('en'))).toEqual({
      start: '125 cities (Apr 2025)',
      from: m.observations[0],
      role: 'start',
      target: '129 cities',
      distance: '4 cities to go as of Apr 2025',
    });
    expect(startLine(m, assess(m, running), 'zh', useTranslations('zh'))).toMatchObject({
      start: '125个（2025年4月）',
      target: '129个',
      distance: '较2025年4月的数字还差4个',
    });
  });
  it('reads "over N" right: fewer than the gap to go', async () => {
    const { startLine } = await import('../../src/lib/judging/start-line');
    const { useTranslations } = await import('../../src/lib/language/i18n');
    const m = {
      ...metric('level', 312, [figure('2025-12-31', 300, 'baseline', 'over')]),
      unit: { zh: '家', en: 'companies', enOne: 'company' },
    };
    expect(startLine(m, assess(m, running), 'en', useTranslations('en')).distance).toBe(
      'fewer than 12 companies to go as of Dec 2025',
    );
    expect(startLine(m, assess(m, running), 'zh', useTranslations('zh')).distance).toBe(
      '较2025年12月的数字还差不足12家',
    );
  });
  it('shows a figure that is not comparable as context, with why, and draws no distance from it', async () => {
    const { startLine } = await import('../../src/lib/judging/start-line');
    const { useTranslations } = await import('../../src/lib/language/i18n');
    const rate = {
      ...metric('growth-rate', 10, [
        figure('2025-08-31', 17.1, 'baseline', 'exact', { from: '2025-01-01', to: '2025-08-31' }),
      ]),
      unit: { zh: '%', en: '%' },
    };
    const line = startLine(rate, assess(rate, running), 'en', useTranslations('en'));
    expect(line).toMatchObject({ start: '17.1% (Jan–Aug 2025)', role: 'context' });
    expect(line.distance).toBeUndefined();
    expect(line.withheld).toBe(
      'Context only: a growth rate for Jan–Aug 2025; the target is a rate for 2026 as a whole, so the two are not compared.',
    );
    const none = metric('annual', 1300, []);
    expect(startLine(none, assess(none, after), 'zh', useTranslations('zh'))).toEqual({ target: '1300个' });
  });
});
