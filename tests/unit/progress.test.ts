import { describe, expect, it } from 'vitest';
import {
  assess,
  countStatuses,
  displayedShare,
  elapsedShare,
  rollUp,
  thresholdOf,
  type JudgingContext,
  type Period,
} from '../../src/lib/judging/progress';
import type { Metric, Observation } from '../../src/lib/content/schema/metrics';

const year: Period = { start: '2026-01-01', end: '2026-12-31' };
/** Judged on the period's last day: the period is still running. */
const running: JudgingContext = { period: year, asOf: '2026-12-31' };
const source = {
  title: { zh: '来源', en: 'Source' },
  publisher: { zh: '发布者', en: 'Publisher' },
  url: 'https://example.org/',
  publishedOn: '2026-12-31',
};
const figure = (
  date: string,
  value: number,
  kind: Observation['kind'] = 'progress',
  bound: Observation['bound'] = 'exact',
): Observation => ({ date, value, kind, bound, source });
const metric = (
  measure: Metric['measure'],
  target: number,
  comparison: Metric['target']['comparison'],
  observations: Observation[],
): Metric => ({
  id: 'm',
  group: 'hub',
  name: { zh: '指标', en: 'Metric' },
  unit: { zh: '个', en: 'items' },
  target: { value: target, comparison },
  measure,
  planWording: '达到',
  tasks: [1],
  publishedBy: 'transport',
  nextFigure: { zh: '年度公报', en: 'The annual communiqué' },
  observations,
});

describe('elapsedShare', () => {
  it.each([
    ['2025-12-31', 0],
    ['2026-12-31', 1],
    ['2027-03-01', 1],
    ['2026-07-02', 183 / 365],
  ])('%s → %d', (date, share) => {
    expect(elapsedShare(date, year)).toBeCloseTo(share, 6);
  });
});

describe('assess', () => {
  it.each<[string, Metric, Record<string, unknown>]>([
    ['no figure at all', metric('level', 129, 'reach', []), { status: 'no-data' }],
    [
      'only a baseline from before the plan',
      metric('level', 129, 'reach', [figure('2025-04-23', 125, 'baseline')]),
      { status: 'no-data' },
    ],
    [
      'a progress figure from before the period is not progress',
      metric('new', 20, 'reach', [figure('2025-12-31', 15)]),
      { status: 'no-data' },
    ],

    // level: counts from the baseline
    [
      'level reached',
      metric('level', 129, 'reach', [figure('2025-04-23', 125, 'baseline'), figure('2026-06-30', 129)]),
      { status: 'achieved', reached: 4, needed: 4, share: 1 },
    ],
    [
      'level half-way at mid-year is on track',
      metric('level', 129, 'reach', [figure('2025-04-23', 125, 'baseline'), figure('2026-07-02', 127)]),
      { status: 'on-track', reached: 2, needed: 4, share: 0.5 },
    ],
    [
      'level a quarter of the way at mid-year is behind',
      metric('level', 129, 'reach', [figure('2025-04-23', 125, 'baseline'), figure('2026-07-02', 126)]),
      { status: 'behind', share: 0.25 },
    ],
    [
      'a level with no figure before the plan has no pace to judge',
      metric('level', 22, 'reach', [figure('2026-07-02', 11)]),
      { status: 'unjudged' },
    ],
    [
      'level below target at year end is behind',
      metric('level', 61, 'reach', [figure('2025-12-31', 57, 'baseline'), figure('2026-12-31', 60)]),
      { status: 'not-met', final: true, share: 0.75 },
    ],
    [
      'level that fell below its baseline has a negative share',
      metric('level', 61, 'reach', [figure('2025-06-30', 57, 'baseline'), figure('2026-03-31', 55)]),
      { status: 'behind', share: -0.5 },
    ],

    // new and annual: count from zero within the plan year
    [
      'new items ahead of pace',
      metric('new', 400, 'reach', [figure('2026-03-31', 150)]),
      { status: 'on-track', reached: 150, needed: 400 },
    ],
    ['new items behind pace', metric('new', 400, 'reach', [figure('2026-09-30', 100)]), { status: 'behind' }],
    [
      'new items: a baseline level is not counted',
      metric('new', 150, 'reach', [figure('2025-07-01', 33, 'baseline'), figure('2026-12-31', 150)]),
      { status: 'achieved', reached: 150, needed: 150, countedFrom: 0 },
    ],
    [
      'a figure after the period says nothing about it',
      metric('annual', 1_500_000, 'reach', [figure('2026-12-31', 1_600_000), figure('2027-03-31', 300_000)]),
      { status: 'achieved', final: true, latest: { date: '2026-12-31' } },
    ],
    [
      'a level that began above its target and fell below it is behind',
      metric('level', 22, 'reach', [figure('2025-12-31', 25, 'baseline'), figure('2026-07-02', 21)]),
      { status: 'behind', countedFrom: 0, baseline: { value: 25 } },
    ],
    [
      '"about" lowers the bar but the share is of the target itself',
      metric('new', 100, 'about', [figure('2026-12-31', 90)]),
      { status: 'achieved', share: 0.9 },
    ],
    ['"about": 45 of about 100 is 45%', metric('new', 100, 'about', [figure('2026-07-02', 45)]), { share: 0.45 }],
    [
      'annual flow reached before year end',
      metric('annual', 1300, 'reach', [figure('2026-11-30', 1310)]),
      { status: 'achieved', final: false },
    ],
    [
      'at least 10: exactly 10 meets it',
      metric('new', 10, 'at-least', [figure('2026-12-31', 10)]),
      { status: 'achieved' },
    ],
    [
      'at least 10: 9 at year end misses it',
      metric('new', 10, 'at-least', [figure('2026-12-31', 9)]),
      { status: 'not-met', final: true },
    ],

    // maintain (巩固)
    ['maintain 3 routes: 3 kept', metric('level', 3, 'maintain', [figure('2026-06-30', 3)]), { status: 'achieved' }],
    [
      'maintain 3 routes: 2 left is behind at any date',
      metric('level', 3, 'maintain', [figure('2026-02-01', 2)]),
      { status: 'behind' },
    ],

    // cumulative (累计): counts from its baseline like a level
    [
      'cumulative reached',
      metric('cumulative', 19_000, 'reach', [figure('2026-12-31', 19_500)]),
      { status: 'achieved' },
    ],

    // growth rates are compared as rates
    [
      'about 10%: 9.5% year to date is on track',
      metric('growth-rate', 10, 'about', [figure('2026-06-30', 9.5)]),
      { status: 'on-track', reached: 9.5, share: 0.95 },
    ],
    [
      'about 10%: 9% for the full year is achieved',
      metric('growth-rate', 10, 'about', [figure('2026-12-31', 9)]),
      { status: 'achieved', final: true },
    ],
    [
      'about 10%: 8.9% is behind',
      metric('growth-rate', 10, 'about', [figure('2026-06-30', 8.9)]),
      { status: 'behind' },
    ],
    [
      'about 10%: 17.1% year to date is on track, not yet achieved',
      metric('growth-rate', 10, 'about', [figure('2026-08-31', 17.1)]),
      { status: 'on-track', final: false },
    ],
    [
      'about 10%: a 2025 rate is a baseline, not progress',
      metric('growth-rate', 10, 'about', [figure('2025-08-31', 17.1, 'baseline')]),
      { status: 'no-data' },
    ],

    // bounds
    [
      'over 1,300 trains at year end is achieved',
      metric('annual', 1300, 'reach', [figure('2026-12-31', 1300, 'progress', 'over')]),
      { status: 'achieved', lowerBound: true },
    ],
    [
      'over 1,000 trains at year end is behind: judged on the lower bound',
      metric('annual', 1300, 'reach', [figure('2026-12-31', 1000, 'progress', 'over')]),
      { status: 'not-met', lowerBound: true },
    ],

    // the latest figure wins
    [
      'the latest of several figures is judged',
      metric('new', 70, 'reach', [figure('2026-03-31', 10), figure('2026-09-30', 60), figure('2026-06-30', 30)]),
      { status: 'on-track', reached: 60 },
    ],
  ])('%s', (_label, input, expected) => {
    expect(assess(input, running)).toMatchObject(expected);
  });

  it('gives no share, and no baseline, where no comparable figure says where a level started', () => {
    const judged = assess(metric('level', 22, 'reach', [figure('2026-07-02', 11)]), running);
    expect(judged.share).toBeUndefined();
    expect(judged.baseline).toBeUndefined();
    expect(
      assess(metric('new', 150, 'reach', [figure('2025-07-01', 33, 'baseline'), figure('2026-12-31', 150)]), running)
        .baseline,
    ).toBeUndefined();
  });

  it('judges pace at the figure date, across the plan phase edges', () => {
    const at = (date: string, value: number) => assess(metric('new', 100, 'reach', [figure(date, value)]), running);
    // 31 March (end of mobilization): 90/365 of the year has passed; 23 of 100 is 0.23 ≥ 0.9 × 0.2466.
    expect(at('2026-03-31', 23).status).toBe('on-track');
    expect(at('2026-03-31', 22).status).toBe('behind');
    // 30 September (end of implementation): 273/365.
    expect(at('2026-09-30', 68).status).toBe('on-track');
    expect(at('2026-09-30', 67).status).toBe('behind');
    // 1 October (start of reporting).
    expect(at('2026-10-01', 67.5).expectedShare).toBeCloseTo(274 / 365, 6);
  });

  it('sets the threshold of an "about" target 10% below it', () => {
    expect(thresholdOf({ value: 10, comparison: 'about' })).toBe(9);
    expect(thresholdOf({ value: 10, comparison: 'at-least' })).toBe(10);
  });
});

describe('displayedShare', () => {
  const shown = (share: number, status: 'achieved' | 'on-track' | 'behind') =>
    displayedShare({ status, share, ended: false, lowerBound: false, final: false, threshold: 1 });
  it('never shows 100% before the target is met, nor -0%', () => {
    expect(shown(0.996, 'on-track')).toBe(99);
    expect(shown(0.996, 'achieved')).toBe(100);
    expect(shown(1.6, 'achieved')).toBe(160);
    expect(shown(-0.004, 'behind')).toBe(0);
    expect(shown(-0.5, 'behind')).toBe(-50);
    expect(shown(0.004, 'behind')).toBe(0);
    expect(Object.is(shown(-0.000001, 'achieved'), -0)).toBe(false);
  });
});

describe('roll-ups', () => {
  it('count statuses by key', () => {
    const metrics = [
      metric('new', 10, 'reach', [figure('2026-12-31', 10)]),
      metric('new', 10, 'reach', []),
      metric('new', 10, 'reach', [figure('2026-12-31', 1)]),
    ];
    const byKey = rollUp(
      ['a', 'b'],
      (key) => (key === 'a' ? metrics : metrics.slice(1)),
      (m) => assess(m, running),
    );
    const none = { achieved: 0, 'on-track': 0, behind: 0, unjudged: 0, 'no-data': 0, 'not-met': 0, awaiting: 0 };
    expect(byKey.get('a')).toEqual({ ...none, achieved: 1, 'not-met': 1, 'no-data': 1, total: 3 });
    expect(byKey.get('b')).toEqual({ ...none, 'not-met': 1, 'no-data': 1, total: 2 });
    expect(countStatuses([])).toEqual({ ...none, total: 0 });
  });
});
