import { describe, expect, it } from 'vitest';
import { formatFigureWhen } from '../../src/lib/format';
import { assess, distanceToTarget, figureCoverage, missingByPublisher, newestFigureDate, startingPoint, type Period } from '../../src/lib/progress';
import type { Metric, Observation } from '../../src/lib/schema/metrics';

const year: Period = { start: '2026-01-01', end: '2026-12-31' };
const source = { title: { zh: '来源', en: 'Source' }, publisher: { zh: '发布者', en: 'Publisher' }, url: 'https://example.org/', publishedOn: '2026-12-31' };
const figure = (date: string, value: number, kind: Observation['kind'] = 'baseline', bound: Observation['bound'] = 'exact', period?: Observation['period']): Observation => ({
  date,
  value,
  kind,
  bound,
  source,
  ...(period ? { period } : {}),
});
const metric = (measure: Metric['measure'], target: number, observations: Observation[], publishedBy = 'transport'): Metric => ({
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
const distance = (m: Metric) => distanceToTarget(m, assess(m, year));

describe('startingPoint', () => {
  it('is the latest figure from before 2026, not a 2026 figure', () => {
    const m = metric('level', 129, [figure('2019-04-17', 111), figure('2025-04-22', 125), figure('2026-02-28', 126, 'progress')]);
    expect(startingPoint(m)?.value).toBe(125);
  });
  it('is undefined when nothing was published before 2026', () => {
    expect(startingPoint(metric('level', 22, [figure('2026-06-30', 20, 'progress')]))).toBeUndefined();
  });
});

describe('distanceToTarget', () => {
  it('a level with no 2026 figure: the target minus the starting point ("125 → 129": 4 to go)', () => {
    expect(distance(metric('level', 129, [figure('2025-04-22', 125)]))).toMatchObject({ kind: 'to-go', amount: 4, bound: 'exact' });
  });
  it('a level already above its target before the plan', () => {
    expect(distance(metric('level', 22, [figure('2020-01-23', 63)]))).toMatchObject({ kind: 'beyond', amount: 41 });
  });
  it('from "over N" the distance still to go is at most the gap, and the distance beyond at least', () => {
    expect(distance(metric('level', 312, [figure('2020-12-31', 300, 'baseline', 'over')]))).toMatchObject({ kind: 'to-go', amount: 12, bound: 'at-most' });
    expect(distance(metric('level', 250, [figure('2020-12-31', 300, 'baseline', 'over')]))).toMatchObject({ kind: 'beyond', amount: 50, bound: 'at-least' });
  });
  it('from "nearly N" the distance still to go is at least the gap', () => {
    expect(distance(metric('level', 2_000_000, [figure('2020-12-31', 1_900_000, 'baseline', 'nearly')]))).toMatchObject({ kind: 'to-go', amount: 100_000, bound: 'at-least' });
  });
  it('items added in 2026 with no 2026 figure: the whole target, whatever came before', () => {
    expect(distance(metric('new', 400, [figure('2018-06-30', 121, 'baseline', 'exact', { from: '2018-01-01', to: '2018-06-30' })]))).toMatchObject({
      kind: 'whole-target',
      amount: 400,
    });
  });
  it('a yearly total from another year is compared, not counted', () => {
    const m = metric('annual', 1_560_000, [figure('2017-12-31', 2_500_000, 'baseline', 'exact', { from: '2017-01-01', to: '2017-12-31' })]);
    expect(distance(m)).toMatchObject({ kind: 'other-year-above', amount: 940_000 });
  });
  it('a 2026 figure takes over from the starting point', () => {
    const m = metric('level', 61, [figure('2016-12-30', 12), figure('2026-06-30', 59, 'progress')]);
    expect(distance(m)).toMatchObject({ kind: 'to-go', amount: 2 });
  });
  it('nothing to measure from', () => {
    expect(distance(metric('annual', 1300, []))).toEqual({ kind: 'none' });
  });
});

describe('nearly N does not meet a target of N', () => {
  it('is behind at year end', () => {
    expect(assess(metric('annual', 1300, [figure('2026-12-31', 1300, 'progress', 'nearly')]), year).status).toBe('behind');
  });
});

describe('newestFigureDate', () => {
  it('is the date of the newest figure of either kind, or undefined', () => {
    expect(newestFigureDate(metric('level', 61, [figure('2026-03-31', 59, 'progress'), figure('2016-12-30', 12)]))).toBe('2026-03-31');
    expect(newestFigureDate(metric('level', 61, []))).toBeUndefined();
  });
});

describe('figureCoverage', () => {
  it('counts the metrics with a starting point and finds the newest figure of all', () => {
    const withBoth = metric('level', 61, [figure('2016-12-30', 12), figure('2026-03-31', 59, 'progress')]);
    const progressOnly = metric('new', 5, [figure('2026-06-30', 2, 'progress')]);
    expect(figureCoverage([withBoth, progressOnly, metric('level', 3, [])])).toEqual({ withStart: 1, newest: '2026-06-30' });
    expect(figureCoverage([metric('level', 3, [])])).toEqual({ withStart: 0 });
  });
});

describe('missingByPublisher', () => {
  it('groups only the targets with no 2026 figure, by who publishes them', () => {
    const a = metric('level', 1, [], 'transport');
    const b = metric('level', 2, [figure('2026-05-31', 1, 'progress')], 'transport');
    const c = metric('level', 3, [], 'commerce');
    const d = metric('level', 4, [figure('2025-01-01', 1)], 'transport');
    const groups = missingByPublisher([a, b, c, d], (m) => assess(m, year));
    expect([...groups.keys()]).toEqual(['transport', 'commerce']);
    expect(groups.get('transport')).toEqual([a, d]);
  });
});

describe('formatFigureWhen', () => {
  it('names a level by its month and a period figure by its period', () => {
    expect(formatFigureWhen({ date: '2025-04-22' }, 'en')).toBe('Apr 2025');
    expect(formatFigureWhen({ date: '2025-04-22' }, 'zh')).toBe('2025年4月');
    const year2017 = { date: '2017-12-31', period: { from: '2017-01-01', to: '2017-12-31' } };
    expect(formatFigureWhen(year2017, 'en')).toBe('2017');
    expect(formatFigureWhen(year2017, 'zh')).toBe('2017年');
    const janAug = { date: '2025-08-31', period: { from: '2025-01-01', to: '2025-08-31' } };
    expect(formatFigureWhen(janAug, 'en')).toBe('Jan–Aug 2025');
    expect(formatFigureWhen(janAug, 'zh')).toBe('2025年1—8月');
  });
});

describe('startLine', () => {
  it('writes "125 cities (Apr 2025) → 129 cities · 4 to go" in both languages', async () => {
    const { startLine } = await import('../../src/lib/reporting');
    const { useTranslations } = await import('../../src/lib/i18n');
    const m = { ...metric('level', 129, [figure('2025-04-22', 125)]), unit: { zh: '个', en: 'cities', enOne: 'city' } };
    expect(startLine(m, assess(m, year), 'en', useTranslations('en'))).toMatchObject({ start: '125 cities (Apr 2025)', target: '129 cities', distance: '4 cities to go' });
    expect(startLine(m, assess(m, year), 'zh', useTranslations('zh'))).toMatchObject({ start: '125个（2025年4月）', target: '129个', distance: '还差4个' });
  });
  it('writes a distance between rates in percentage points, and says when none was published', async () => {
    const { startLine } = await import('../../src/lib/reporting');
    const { useTranslations } = await import('../../src/lib/i18n');
    const rate = { ...metric('growth-rate', 10, [figure('2025-08-31', 17.1, 'baseline', 'exact', { from: '2025-01-01', to: '2025-08-31' })]), unit: { zh: '%', en: '%' } };
    expect(startLine(rate, assess(rate, year), 'en', useTranslations('en'))).toMatchObject({ start: '17.1% (Jan–Aug 2025)', distance: 'target 7.1 points lower' });
    const none = metric('annual', 1300, []);
    expect(startLine(none, assess(none, year), 'zh', useTranslations('zh'))).toEqual({ target: '1300个' });
  });
});
