/** The metrics file: the plan's targets and every published figure toward them. */
import { z } from 'zod';
import { Id, IsoDate, IsoMonth, Localized, localized, MAX, text } from './shared';
import { Source } from './figure-source';
import { MAX_TASKS } from './task';
import { metricRules, metricsFileRules } from './rules/metric';

/** The id of one of the plan's metric groups (content/plan.json `metricGroups`); the validator checks that it exists. */
export const MetricGroup = Id;
export type MetricGroup = z.infer<typeof MetricGroup>;

/**
 * How a figure relates to its target:
 * - level: a stock at a point in time (sister cities, routes in operation);
 * - new: things added or held within the plan year, counted from zero;
 * - annual: a yearly flow (visitors, passengers, trains, containers), counted from zero in the plan year;
 * - cumulative: a running total the plan words as 累计;
 * - growth-rate: a year-on-year percentage.
 */
export const Measure = z
  .enum(['level', 'new', 'annual', 'cumulative', 'growth-rate'])
  .describe(
    'level: a total at a point in time; new: added within the target period, from zero; annual: a yearly total for the target period; cumulative: a running total (累计); growth-rate: year-on-year %',
  );
export type Measure = z.infer<typeof Measure>;

/** reach: 达到; at-least: …以上; about: …左右; maintain: 巩固 (keep what exists). */
export const Comparison = z.enum(['reach', 'at-least', 'about', 'maintain']).describe('reach: 达到; at-least: …以上; about: …左右; maintain: 巩固');
export type Comparison = z.infer<typeof Comparison>;

/**
 * How the source words the figure: exact; over: 超过/突破/逾/以上, "over N" (a lower bound);
 * nearly: 近/接近, "nearly N" (just under N: an upper bound); about: 约/左右, "about N".
 */
export const Bound = z
  .enum(['exact', 'over', 'nearly', 'about'])
  .describe('exact; over: 超过, 突破, 逾, 以上 ("over N", a lower bound); nearly: 近, 接近 ("nearly N", just under N); about: 约, 左右 ("about N")');
export type Bound = z.infer<typeof Bound>;

/** A unit in both languages; `enOne` is the English singular (1 office), where it differs. */
export const Unit = z.strictObject({
  zh: text(MAX.id).min(1, 'expected the Chinese unit, e.g. 个'),
  en: text(MAX.id).min(1, 'expected the English unit, e.g. cities'),
  enOne: text(MAX.id).min(1).optional().describe('English singular, e.g. city'),
});

export { Source } from './figure-source';

/**
 * The span a flow or rate figure covers (a full year, January to August):
 * charts draw it over that span, tables and downloads name it. A level at a
 * point in time has none.
 */
export const ObservationPeriod = z
  .strictObject({
    from: IsoDate.describe('First day the figure covers, YYYY-MM-DD'),
    to: IsoDate.describe("Last day the figure covers, YYYY-MM-DD; the same as the figure's date"),
  })
  .refine((period) => period.from <= period.to, { message: 'expected "from" on or before "to"', path: ['to'] })
  .describe('The span a yearly or year-to-date figure covers, e.g. { "from": "2024-01-01", "to": "2024-12-31" }');
export type ObservationPeriod = z.infer<typeof ObservationPeriod>;

export const Observation = z
  .strictObject({
    date: IsoDate.describe('The date the figure refers to, YYYY-MM-DD (the end of the period for a yearly or year-to-date figure)'),
    period: ObservationPeriod.optional(),
    value: z.number().describe('In base units: 1560000, not 156 (万)'),
    bound: Bound,
    kind: z
      .enum(['baseline', 'progress'])
      .describe(
        "baseline: the figure's date is before the target period the site measures the targets against; progress: its date is within the target period (from its first day, even if the plan was issued later), whenever it was published",
      ),
    /** What the figure covers when that differs from the metric itself, e.g. a part of a year. */
    note: Localized.optional(),
    /**
     * Marks the figure as context only, with why: it is published in the table and the chart, but
     * the site draws no starting point, distance or status from it (it counts new items, not a total).
     */
    context: Localized.optional().describe(
      'Context only, with why in both languages: the figure is shown but no distance or status is drawn from it, e.g. the source counts new routes, not routes in operation',
    ),
    source: Source,
  })
  .refine((observation) => !observation.period || observation.period.to === observation.date, {
    message: "expected period.to to be the figure's date (the last day the figure covers)",
    path: ['period', 'to'],
  });
export type Observation = z.infer<typeof Observation>;

/**
 * A break in a series: something changed what the figures count (all routes
 * suspended, a new definition), so figures dated on or before it compare
 * neither with later ones nor with the target.
 */
export const SeriesBreak = z.strictObject({
  date: IsoDate.describe('The day the series broke, YYYY-MM-DD: figures dated on or before it are context only'),
  reason: Localized.describe('Why the series broke, in both languages, e.g. all routes were suspended on that day'),
});
export type SeriesBreak = z.infer<typeof SeriesBreak>;

/** The earliest date a figure may carry: anything older is a typo, not a baseline. */
const EARLIEST_FIGURE = '2000-01-01';
/** Plausible figures: a count above ten billion, a rate beyond 1000%, or a figure a hundred times its target is a typo (a unit in 万 typed twice, a misplaced point). */
const PLAUSIBLE = { count: 1e10, percent: 1000, timesTarget: 100 } as const;

/**
 * Why a figure of `measure` cannot be right, or undefined when it may be:
 * counts are whole numbers from 0 to ten billion; growth rates are percent
 * between −100 and 1000.
 */
export function implausible(value: number, measure: Measure): string | undefined {
  if (!Number.isFinite(value)) return `expected a finite number, got ${value}`;
  if (measure === 'growth-rate') {
    if (value < -100) return `a growth rate below −100% is impossible, got ${value}`;
    if (value > PLAUSIBLE.percent) return `a growth rate over ${PLAUSIBLE.percent}% is implausible, got ${value}: check the figure`;
    return undefined;
  }
  if (value < 0) return `expected a number of 0 or more, got ${value}: only growth rates can be negative`;
  if (!Number.isInteger(value)) return `a count is a whole number, got ${value}: write base units (1560000, not 156.0 万)`;
  if (value > PLAUSIBLE.count) return `a count over ${PLAUSIBLE.count.toExponential().replace('e+', ' × 10^')} is implausible, got ${value}: check the figure and its unit`;
  return undefined;
}

export const Metric = z
  .strictObject({
    id: Id,
    group: MetricGroup,
    name: localized(MAX.name),
    unit: Unit,
    target: z.strictObject({
      value: z.number().nonnegative('a target cannot be negative'),
      comparison: Comparison,
    }),
    measure: Measure,
    /** The plan's own words for this target, verbatim, so a reader can find it in the source. */
    planWording: text(MAX.title).min(1).describe("The plan's own words for this target, verbatim"),
    /** The same words in the site's translation of the plan (content/source/plan.json), for English readers. */
    planWordingEn: text(MAX.title).min(1).optional().describe('The plan wording in English, as in the source translation'),
    tasks: z.array(z.number().int().min(1).max(MAX_TASKS, `expected a task number of at most ${MAX_TASKS}`)).max(MAX_TASKS),
    /** Who is expected to publish the figure: a registry id (a responsible unit, the statistics bureau, customs). */
    publishedBy: Id.describe('A body id from content/registry.json: who is expected to publish this figure'),
    /** Where and when the next figure is expected, in editors' words. */
    nextFigure: localized(MAX.note).describe('Where and when the next figure is expected, e.g. the annual statistical communiqué'),
    /** The month by which the next figure is expected: after it, the figure is said to be overdue. */
    expected: IsoMonth.optional().describe(
      'The month by which the next figure is expected, YYYY-MM (e.g. the month the statistical communiqué usually appears); after it the figure is called overdue',
    ),
    /** Breaks in the series, oldest first. */
    breaks: z.array(SeriesBreak).max(50).optional().describe('Breaks in the series: figures dated on or before a break are context only'),
    /** Why figures found in public sources are not published (sources disagree, the counting changed). */
    notes: localized(MAX.note).optional().describe('Why figures found in public sources are not published, e.g. two sources disagree'),
    observations: z.array(Observation),
  })
  .superRefine((metric, ctx) => {
    if (metric.target.value === 0)
      ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: 'a target must be more than 0: a target of 0 cannot be reached or measured' });
    else {
      const wrong = implausible(metric.target.value, metric.measure);
      if (wrong) ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: wrong });
    }
    if (metric.measure === 'growth-rate' && metric.unit.en !== '%')
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a growth rate is measured in percent: expected { "zh": "%", "en": "%" }' });
    metric.tasks.forEach((task, index) => {
      if (metric.tasks.indexOf(task) !== index) ctx.addIssue({ code: 'custom', path: ['tasks', index], message: `task ${task} is listed twice: list each task once` });
    });
    metric.observations.forEach((observation, index) => {
      const path = ['observations', index];
      if (observation.date < EARLIEST_FIGURE)
        ctx.addIssue({ code: 'custom', path: [...path, 'date'], message: `"${observation.date}" is before ${EARLIEST_FIGURE}: check the year` });
      const wrong = implausible(observation.value, metric.measure);
      if (wrong) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: wrong });
      else if (metric.measure !== 'growth-rate' && metric.target.value > 0 && observation.value > PLAUSIBLE.timesTarget * metric.target.value) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'value'],
          message: `${observation.value} is more than ${PLAUSIBLE.timesTarget} times the target (${metric.target.value}): check the figure and its unit (base units: 1560000, not 156 万)`,
        });
      }
      const earlier = metric.observations.findIndex((other) => other.date === observation.date);
      if (earlier < index) {
        const same = JSON.stringify(metric.observations[earlier]) === JSON.stringify(observation);
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'date'],
          message: same
            ? `the same figure as observations[${earlier}], written twice: keep one`
            : `observations[${earlier}] already gives a figure for ${observation.date} (${metric.observations[earlier]!.value}): one metric has one figure per date; keep the one its source confirms`,
        });
      }
    });
  })
  .superRefine(metricRules);
export type Metric = z.infer<typeof Metric>;

/**
 * The most metrics one metrics file may hold: ten times a national plan's
 * hundreds of targets. Builds are measured at 1,900 metrics
 * (docs/benchmarks.md); each metric adds pages, charts and share cards.
 */
export const MAX_METRICS = 5000;

export const MetricsFile = z
  .strictObject({
    $schema: z.string().max(MAX.name).optional(),
    asOf: IsoDate.describe('The date the figures were last checked; the current phase is derived from it'),
    metrics: z.array(Metric).min(1).max(MAX_METRICS, `expected at most ${MAX_METRICS} metrics`),
  })
  .superRefine((file, ctx) => {
    file.metrics.forEach((metric, index) => {
      const first = file.metrics.findIndex((other) => other.id === metric.id);
      if (first < index) ctx.addIssue({ code: 'custom', path: ['metrics', index, 'id'], message: `duplicate id "${metric.id}": every metric needs its own id` });
      metric.observations.forEach((observation, position) => {
        if (observation.date > file.asOf)
          ctx.addIssue({
            code: 'custom',
            path: ['metrics', index, 'observations', position, 'date'],
            message: `"${observation.date}" is after asOf (${file.asOf}): a figure cannot be dated after the data was checked`,
          });
      });
    });
  })
  .superRefine(metricsFileRules);
export type MetricsFile = z.infer<typeof MetricsFile>;
