/**
 * The progress engine: from a metric's published figures to what the site
 * may say of it (the share of its target reached, a status, a distance) and,
 * where it may say nothing, why, as data that every page words the same way.
 * Pure functions; the rules are the site's own reading, set out for readers
 * on the methodology page.
 */
import { DAY, time } from './dates';
import type { Metric, Observation, SeriesBreak } from '../content/schema/metrics';
import type { Localized } from '../content/schema/shared';
import type { Status } from './status';

export { statuses, statusesAt, type Status } from './status';

/** The span the targets are for (the plan's target period), as YYYY-MM-DD dates. */
export interface Period {
  start: string;
  end: string;
}

/** What a metric is judged against: the target period, and the day the content was checked, which is the site's "now". */
export interface JudgingContext {
  period: Period;
  asOf: string;
}

/** "About N" (左右) is met from this share of N upward: the site's rule, not the plan's. */
export const ABOUT_TOLERANCE = 0.1;
/** On track: at least this share of the progress the elapsed time calls for (the site's rule). */
export const PACE_TOLERANCE = 0.9;
/** A figure may be a starting point only if dated at most this many years before the target period starts (the site's rule). */
export const START_MAX_YEARS_BEFORE = 1;

/**
 * Why a figure cannot be measured against the target:
 * - context: the content marks it as context only, with its own reason;
 * - before-break: it is dated on or before a break in the series (all routes suspended, a new definition);
 * - other-period-total: a yearly total or a count of items added, for a period other than the target's;
 * - other-period-rate: a growth rate for a period other than the target's;
 * - too-old: a total at a date older than the site's recency rule allows for a starting point.
 */
export type Incomparable =
  | { reason: 'context'; note: Localized }
  | { reason: 'before-break'; break: SeriesBreak }
  | { reason: 'other-period-total' }
  | { reason: 'other-period-rate' }
  | { reason: 'too-old'; earliest: string };

/** A figure the target is measured from, or the latest figure before the period shown as context with why it is not one. */
export interface StartingPoint {
  figure: Observation;
  /** Present when no distance, share or status may be drawn from the figure. */
  incomparable?: Incomparable;
}

export interface Assessment {
  status: Status;
  /** The target period has ended by the as-of date: a target is then met, not met, or awaiting its final figure. */
  ended: boolean;
  /** The figure judged: the latest comparable figure within the period. */
  latest?: Observation;
  /** Where the target starts from, for levels and running totals, and as context for the others. */
  startingPoint?: StartingPoint;
  /** The starting figure progress counts from (a comparable starting point below the target). */
  baseline?: Observation;
  /** What progress counts from: the baseline where it is below the target, otherwise 0. */
  countedFrom?: number;
  /** How much counts toward the target so far (growth rates: the rate itself). */
  reached?: number;
  /** How much the target calls for, on the same footing as `reached`. */
  needed?: number;
  /** reached ÷ needed; can exceed 1. Absent when nothing comparable says how far the target has come. */
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

/** The earliest day a starting point may be dated: the target period's start, moved back by the recency rule. */
export function earliestStart(period: Period): string {
  const year = Number(period.start.slice(0, 4)) - START_MAX_YEARS_BEFORE;
  return `${String(year).padStart(4, '0')}${period.start.slice(4)}`;
}

/** Whether the target period has ended by the as-of date. */
export const periodEnded = ({ period, asOf }: JudgingContext): boolean => asOf > period.end;

/** The first break in the series on or after a figure's date: the one that cuts it off from what follows. */
function breakAfter(metric: Metric, observation: Observation): SeriesBreak | undefined {
  return (metric.breaks ?? [])
    .filter((cut) => observation.date <= cut.date)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

/**
 * Why a figure cannot be measured against the target, or undefined when it
 * can. A figure within the period counts toward the target; one from before
 * it may be a starting point only for a total at a date or a running total,
 * of the same series, and recent enough.
 */
export function incomparability(
  metric: Metric,
  observation: Observation,
  { period }: JudgingContext,
): Incomparable | undefined {
  if (observation.context) return { reason: 'context', note: observation.context };
  const cut = breakAfter(metric, observation);
  if (cut) return { reason: 'before-break', break: cut };
  if (observation.kind === 'progress') return undefined;
  if (metric.measure === 'growth-rate') return { reason: 'other-period-rate' };
  if (metric.measure === 'new' || metric.measure === 'annual') return { reason: 'other-period-total' };
  const earliest = earliestStart(period);
  if (observation.date < earliest) return { reason: 'too-old', earliest };
  return undefined;
}

const byDate = (a: Observation, b: Observation) => a.date.localeCompare(b.date);

/**
 * Where a target starts from: the latest comparable figure dated before the
 * target period; without one, the latest figure before the period, as
 * context with why no distance is drawn from it.
 */
export function startingPoint(metric: Metric, context: JudgingContext): StartingPoint | undefined {
  const before = metric.observations.filter((observation) => observation.kind === 'baseline').sort(byDate);
  const usable = before.filter((observation) => !incomparability(metric, observation, context)).at(-1);
  if (usable) return { figure: usable };
  const latest = before.at(-1);
  return latest && { figure: latest, incomparable: incomparability(metric, latest, context)! };
}

/** The latest comparable figure within the target period. */
export function latestInPeriod(metric: Metric, context: JudgingContext): Observation | undefined {
  const { start, end } = context.period;
  return metric.observations
    .filter(
      (observation) =>
        observation.kind === 'progress' &&
        observation.date >= start &&
        observation.date <= end &&
        !incomparability(metric, observation, context),
    )
    .sort(byDate)
    .at(-1);
}

/** Judges one metric against its target, from its comparable figures within the period, as of the content's date. */
export function assess(metric: Metric, context: JudgingContext): Assessment {
  const threshold = thresholdOf(metric.target);
  const ended = periodEnded(context);
  const startingPointFound = startingPoint(metric, context);
  const common = { ended, threshold, ...(startingPointFound ? { startingPoint: startingPointFound } : {}) };
  // Only figures within the period count: a figure from the next year says nothing about this one.
  const latest = latestInPeriod(metric, context);
  if (!latest) return { ...common, status: ended ? 'awaiting' : 'no-data', lowerBound: false, final: false };

  const lowerBound = latest.bound === 'over';
  const final = latest.date >= context.period.end;
  // "Nearly N" (近) is just under N: it does not reach a threshold of N.
  const met = latest.bound === 'nearly' ? latest.value > threshold : latest.value >= threshold;
  const expectedShare = elapsedShare(latest.date, context.period);
  const figure = { ...common, latest, lowerBound, final, expectedShare };
  /** Once the period has ended, or the figure covers all of it, the question is met or not met. */
  const outcome = (): Status | undefined => (final ? 'not-met' : ended ? 'awaiting' : undefined);

  if (metric.measure === 'growth-rate') {
    // A rate is compared as a rate: a rate so far this year at or above the target is on course; only a full-year rate is an outcome.
    const share = latest.value / metric.target.value;
    const status: Status = met && final ? 'achieved' : (outcome() ?? (met ? 'on-track' : 'behind'));
    return { ...figure, status, reached: latest.value, needed: metric.target.value, share };
  }

  // Totals at a date and running totals count from a comparable starting point; yearly totals and new items from zero within the period.
  const countsFromStart = metric.measure === 'level' || metric.measure === 'cumulative';
  const baseline =
    countsFromStart && startingPointFound && !startingPointFound.incomparable ? startingPointFound.figure : undefined;
  if (countsFromStart && !baseline && metric.target.comparison !== 'maintain') {
    // Without a comparable start the share from zero (60 of 61 routes: 98%) says nothing about progress: only met or not.
    return { ...figure, status: met ? 'achieved' : (outcome() ?? 'unjudged') };
  }
  // A baseline already at or above the target is not a starting point: the target then asks that the level be held.
  const alreadyMet = baseline !== undefined && baseline.value >= threshold;
  const countedFrom = baseline && !alreadyMet && metric.target.comparison !== 'maintain' ? baseline.value : 0;
  // The share is of the target itself; "about" only lowers the bar for meeting it.
  const needed = metric.target.value - countedFrom;
  const reached = latest.value - countedFrom;
  const share = needed > 0 ? reached / needed : met ? 1 : 0;

  let status: Status;
  if (met) status = 'achieved';
  else
    status =
      outcome() ??
      (metric.target.comparison === 'maintain' || alreadyMet || share < expectedShare * PACE_TOLERANCE
        ? 'behind'
        : 'on-track');

  return { ...figure, status, ...(baseline ? { baseline } : {}), countedFrom, reached, needed, share };
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
  const counts: StatusCounts = {
    achieved: 0,
    'on-track': 0,
    behind: 0,
    unjudged: 0,
    'no-data': 0,
    'not-met': 0,
    awaiting: 0,
    total: assessments.length,
  };
  for (const assessment of assessments) counts[assessment.status] += 1;
  return counts;
}

/** Status counts for each key (a group, a task, a unit), from the metrics each key covers. */
export function rollUp<K>(
  keys: readonly K[],
  metricsOf: (key: K) => readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
): Map<K, StatusCounts> {
  return new Map(keys.map((key) => [key, countStatuses(metricsOf(key).map(assessmentOf))]));
}

/** Whether a status is a judgement of the figures, rather than a figure still awaited. */
export const isJudged = (status: Status): boolean => status !== 'no-data' && status !== 'awaiting';

/**
 * How exact a distance is. From "over N" the true value is higher, so the distance still to go is
 * less than the gap and the distance beyond is more; from "nearly N", the other way round.
 */
export type DistanceBound = 'exact' | 'less-than' | 'more-than' | 'about';

/**
 * How far a target is from the figures, in the metric's own terms, tied to the figure it is drawn from:
 * - to-go / beyond: a comparable figure below, or at or above, the target;
 * - rate-below / rate-above: a growth rate for part of the period, compared with the target rate;
 * - whole-target: items added or yearly totals with no figure in the period yet: all of the target is still to come;
 * - none: no distance may be drawn, with why (nothing published, or the figure is not comparable).
 * `amount` is never negative.
 */
export type Distance =
  | { kind: 'to-go' | 'beyond' | 'rate-below' | 'rate-above'; amount: number; bound: DistanceBound; from: Observation }
  | { kind: 'whole-target'; amount: number }
  | { kind: 'none'; why: Incomparable | { reason: 'no-figure' } };

function gapFrom(
  from: Observation,
  target: number,
  kinds: readonly ['to-go' | 'rate-below', 'beyond' | 'rate-above'],
): Distance {
  const gap = target - from.value;
  const below = gap > 0;
  const bound: DistanceBound =
    from.bound === 'exact'
      ? 'exact'
      : from.bound === 'about'
        ? 'about'
        : (from.bound === 'over') === below
          ? 'less-than'
          : 'more-than';
  return { kind: below ? kinds[0] : kinds[1], amount: Math.abs(gap), bound, from };
}

/** The distance from the newest comparable figure (one in the period first, else the starting point) to the target. */
export function distanceToTarget(metric: Metric, assessment: Assessment): Distance {
  const target = metric.target.value;
  const { latest, startingPoint: start } = assessment;
  // A growth rate for part of the year is not a step toward the full-year rate: it is compared, not counted.
  if (latest)
    return gapFrom(
      latest,
      target,
      metric.measure === 'growth-rate' && !assessment.final ? ['rate-below', 'rate-above'] : ['to-go', 'beyond'],
    );
  const fromZero = metric.measure === 'new' || metric.measure === 'annual';
  if (fromZero && !assessment.ended) return { kind: 'whole-target', amount: target };
  if (!start) return { kind: 'none', why: { reason: 'no-figure' } };
  if (start.incomparable) return { kind: 'none', why: start.incomparable };
  return gapFrom(start.figure, target, ['to-go', 'beyond']);
}

/** The date of a metric's newest published figure, of either kind: how fresh its data is (not the date the site was checked). */
export function newestFigureDate(metric: Metric): string | undefined {
  return metric.observations.reduce<string | undefined>(
    (newest, observation) => (!newest || observation.date > newest ? observation.date : newest),
    undefined,
  );
}

/** How many metrics have a comparable starting point, and the date of the newest figure of any: the freshness line of the home and progress pages. */
export function figureCoverage(
  metrics: readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
): { withStart: number; newest?: string } {
  const newest = metrics
    .map(newestFigureDate)
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1);
  const comparable = metrics.filter((metric) => {
    const start = assessmentOf(metric).startingPoint;
    return start && !start.incomparable;
  });
  return { withStart: comparable.length, ...(newest ? { newest } : {}) };
}

/** The metrics whose figure for the period is still awaited, grouped by who is expected to publish one, in the order the publishers first appear. */
export function missingByPublisher(
  metrics: readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
): Map<string, Metric[]> {
  const groups = new Map<string, Metric[]>();
  for (const metric of metrics) {
    if (isJudged(assessmentOf(metric).status)) continue;
    groups.set(metric.publishedBy, [...(groups.get(metric.publishedBy) ?? []), metric]);
  }
  return groups;
}

/** Whether a metric's awaited figure is overdue: the month it was expected by has ended by the as-of date. */
export function figureOverdue(metric: Metric, asOf: string): boolean {
  return metric.expected !== undefined && asOf.slice(0, 7) > metric.expected;
}

/**
 * Where the plan as a whole stands: its period running; ended, with some
 * results still awaited; or ended, with every target met or not met.
 */
export type PlanTime = 'running' | 'awaiting-results' | 'results';

export function planTime(context: JudgingContext, assessments: readonly Assessment[]): PlanTime {
  if (!periodEnded(context)) return 'running';
  return assessments.some((assessment) => assessment.status === 'awaiting') ? 'awaiting-results' : 'results';
}
