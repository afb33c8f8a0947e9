/**
 * The progress engine: from a metric's published figures to the share of its
 * target reached and a status a reader can check. Pure functions; the method
 * is set out for readers on the methodology page.
 */
import { DAY, time } from './dates';
import type { Metric, Observation } from './schema/metrics';
import type { Status } from './status';

export { statuses, type Status } from './status';

/** The span the targets are for (the plan year), as YYYY-MM-DD dates. */
export interface Period {
  start: string;
  end: string;
}

/** "About N" (左右) is met from this share of N upward. */
export const ABOUT_TOLERANCE = 0.1;
/** On track: at least this share of the progress the elapsed time calls for. */
export const PACE_TOLERANCE = 0.9;

export interface Assessment {
  status: Status;
  /** The figure judged: the latest progress figure within the period. */
  latest?: Observation;
  /** The last figure before the plan, for a level or running total that has one before `latest`. */
  baseline?: Observation;
  /** What progress counts from: the baseline where it is below the target, otherwise 0. */
  start?: number;
  /** How much counts toward the target so far (growth rates: the rate itself). */
  reached?: number;
  /** How much the target calls for, on the same footing as `reached`. */
  needed?: number;
  /** reached ÷ needed; can exceed 1. */
  share?: number;
  /** The share of the period passed at the figure's date: where the timeline says progress should be. */
  expectedShare?: number;
  /** The latest figure was published as "over N": the true value is higher. */
  lowerBound: boolean;
  /** The figure covers the whole period, so the outcome is final. */
  final: boolean;
  /** The value the figure has to reach to meet the target. */
  threshold: number;
}

/** Share of the period passed by the end of `date`, between 0 and 1. */
export function elapsedShare(date: string, period: Period): number {
  const total = time(period.end) - time(period.start) + DAY;
  const passed = time(date) - time(period.start) + DAY;
  return Math.min(1, Math.max(0, passed / total));
}

/** The lowest value that meets a target, as its comparison words it. */
export function thresholdOf(target: Metric['target']): number {
  return target.comparison === 'about' ? target.value * (1 - ABOUT_TOLERANCE) : target.value;
}

/** The latest observation of a kind, optionally no later than a date. */
export function latestObservation(metric: Metric, kind: Observation['kind'], { from, until }: { from?: string; until?: string } = {}): Observation | undefined {
  return metric.observations
    .filter((observation) => observation.kind === kind && (!from || observation.date >= from) && (!until || observation.date <= until))
    .reduce<Observation | undefined>((latest, observation) => (!latest || observation.date >= latest.date ? observation : latest), undefined);
}

/** Judges one metric against its target, from its figures published within the period. */
export function assess(metric: Metric, period: Period): Assessment {
  const threshold = thresholdOf(metric.target);
  // Only figures within the period count: a figure from the next year says nothing about this one.
  const latest = latestObservation(metric, 'progress', { from: period.start, until: period.end });
  if (!latest) return { status: 'no-data', lowerBound: false, final: false, threshold };

  const lowerBound = latest.bound === 'over';
  const final = latest.date >= period.end;
  // "Nearly N" (近) is just under N: it does not reach a threshold of N.
  const met = latest.bound === 'nearly' ? latest.value > threshold : latest.value >= threshold;
  const expectedShare = elapsedShare(latest.date, period);

  if (metric.measure === 'growth-rate') {
    // A rate is compared as a rate: a year-to-date rate at or above the target is on course, and only a full-year rate is an outcome.
    const share = metric.target.value === 0 ? undefined : latest.value / metric.target.value;
    const status: Status = met ? (final ? 'achieved' : 'on-track') : 'behind';
    return { status, latest, reached: latest.value, needed: metric.target.value, share, expectedShare, lowerBound, final, threshold };
  }

  // Levels and running totals count from the last figure before the plan year; flows and new items count from zero within it.
  const countsFromBaseline = metric.measure === 'level' || metric.measure === 'cumulative';
  const baseline = countsFromBaseline ? latestObservation(metric, 'baseline', { until: latest.date }) : undefined;
  // A baseline already at or above the target is not a starting point: the target then asks that the level be held.
  const alreadyMet = baseline !== undefined && baseline.value >= threshold;
  const start = baseline && !alreadyMet && metric.target.comparison !== 'maintain' ? baseline.value : 0;
  // The share is of the target itself; "about" only lowers the bar for meeting it.
  const needed = metric.target.value - start;
  const reached = latest.value - start;
  const share = needed > 0 ? reached / needed : met ? 1 : 0;

  let status: Status;
  if (met) status = 'achieved';
  else if (final || metric.target.comparison === 'maintain' || alreadyMet) status = 'behind';
  else status = share >= expectedShare * PACE_TOLERANCE ? 'on-track' : 'behind';

  return { status, latest, baseline, start, reached, needed, share, expectedShare, lowerBound, final, threshold };
}

/** The share as readers see it, in whole percent: never 100% before the target is met, and never −0%. */
export function displayedShare(assessment: Assessment): number | undefined {
  if (assessment.share === undefined) return undefined;
  const percent = assessment.share * 100;
  const rounded = assessment.status === 'achieved' ? Math.round(percent) : Math.min(Math.trunc(percent), 99);
  return rounded === 0 ? 0 : rounded;
}

export type StatusCounts = Record<Status, number> & { total: number };

/** How many metrics stand at each status. */
export function countStatuses(assessments: readonly Assessment[]): StatusCounts {
  const counts: StatusCounts = { achieved: 0, 'on-track': 0, behind: 0, 'no-data': 0, total: assessments.length };
  for (const assessment of assessments) counts[assessment.status] += 1;
  return counts;
}

/** Status counts for each key (a group, a task, a unit), from the metrics each key covers. */
export function rollUp<K>(keys: readonly K[], metricsOf: (key: K) => readonly Metric[], assessmentOf: (metric: Metric) => Assessment): Map<K, StatusCounts> {
  return new Map(keys.map((key) => [key, countStatuses(metricsOf(key).map(assessmentOf))]));
}

/**
 * Where a target starts from: the latest figure dated before the year the
 * site measures the targets against (kind "baseline"), whatever its measure.
 */
export function startingPoint(metric: Metric): Observation | undefined {
  return latestObservation(metric, 'baseline');
}

/** How exact a distance is: from "over N", the distance still to go is at most the gap; from "nearly N", at least. */
export type DistanceBound = 'exact' | 'at-most' | 'at-least' | 'about';

/**
 * How far a target is from the figures, in the metric's own terms:
 * - to-go / beyond: a 2026 figure, or a level's or running total's starting point, below or at/above the target;
 * - whole-target: items added in 2026 with no 2026 figure count from zero, so all of the target is still to come;
 * - other-year-below / other-year-above: a yearly total or a rate from another year lies below or above the target (a comparison, not progress);
 * - none: nothing to measure from.
 * `amount` is never negative; `from` is the figure measured from.
 */
export type Distance =
  { kind: 'to-go' | 'beyond' | 'whole-target' | 'other-year-below' | 'other-year-above'; amount: number; bound: DistanceBound; from?: Observation } | { kind: 'none' };

function gapFrom(from: Observation, target: number, kinds: ['to-go' | 'other-year-below', 'beyond' | 'other-year-above']): Distance {
  const gap = target - from.value;
  const below = gap > 0;
  const bound: DistanceBound =
    from.bound === 'exact'
      ? 'exact'
      : from.bound === 'about'
        ? 'about'
        : // A lower bound ("over") shrinks the distance below the target and widens the distance above it.
          (from.bound === 'over') === below
          ? 'at-most'
          : 'at-least';
  return { kind: below ? kinds[0] : kinds[1], amount: Math.abs(gap), bound, from };
}

/** The distance from the newest relevant figure (a 2026 figure first, else the starting point) to the target. */
export function distanceToTarget(metric: Metric, assessment: Assessment): Distance {
  const target = metric.target.value;
  const { latest } = assessment;
  // A year-to-date growth rate is not a step toward the full-year rate: it is compared, not counted.
  if (latest) return gapFrom(latest, target, metric.measure === 'growth-rate' && !assessment.final ? ['other-year-below', 'other-year-above'] : ['to-go', 'beyond']);
  const start = startingPoint(metric);
  if (metric.measure === 'new') return { kind: 'whole-target', amount: target, bound: 'exact', ...(start ? { from: start } : {}) };
  if (!start) return { kind: 'none' };
  return gapFrom(start, target, metric.measure === 'level' || metric.measure === 'cumulative' ? ['to-go', 'beyond'] : ['other-year-below', 'other-year-above']);
}

/** The date of a metric's newest published figure, of either kind: how fresh its data is (not the date the site was checked). */
export function newestFigureDate(metric: Metric): string | undefined {
  return metric.observations.reduce<string | undefined>((newest, observation) => (!newest || observation.date > newest ? observation.date : newest), undefined);
}

/** How many metrics have a figure from before the plan, and the date of the newest figure of any: the freshness line of the home and progress pages. */
export function figureCoverage(metrics: readonly Metric[]): { withStart: number; newest?: string } {
  const newest = metrics
    .map(newestFigureDate)
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1);
  return { withStart: metrics.filter((metric) => startingPoint(metric)).length, ...(newest ? { newest } : {}) };
}

/** The metrics with no figure for the target year, grouped by who is expected to publish one, in the order the publishers first appear. */
export function missingByPublisher(metrics: readonly Metric[], assessmentOf: (metric: Metric) => Assessment): Map<string, Metric[]> {
  const groups = new Map<string, Metric[]>();
  for (const metric of metrics) {
    if (assessmentOf(metric).status !== 'no-data') continue;
    groups.set(metric.publishedBy, [...(groups.get(metric.publishedBy) ?? []), metric]);
  }
  return groups;
}
