/** The metrics file: the plan's 19 targets and every published figure toward them. */
import { z } from 'zod';
import { Id, IsoDate, Localized, WebUrl } from './shared';

export const MetricGroup = z.enum(['exchange', 'openness', 'hub']);
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
  .describe('level: a total at a point in time; new: added within 2026, from zero; annual: a 2026 yearly total; cumulative: a running total (累计); growth-rate: year-on-year %');
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
  zh: z.string().trim().min(1, 'expected the Chinese unit, e.g. 个'),
  en: z.string().trim().min(1, 'expected the English unit, e.g. cities'),
  enOne: z.string().trim().min(1).optional().describe('English singular, e.g. city'),
});

/**
 * Where a figure was published. A reader must be able to check it: a web
 * address, or, for a source only on paper, `printOnly: true`; and the day
 * the source itself was published, which may be long after the figure's date.
 */
export const Source = z
  .strictObject({
    title: Localized,
    publisher: Localized.describe('Who published the source, e.g. { "zh": "荆楚网", "en": "cnhubei.com" }'),
    url: WebUrl.optional().describe('The web address of the source; required unless printOnly is true'),
    printOnly: z.literal(true).optional().describe('true when the source exists only on paper (then url may be left out)'),
    publishedOn: IsoDate.describe('The day the source was published, YYYY-MM-DD'),
  })
  .refine((source) => source.url !== undefined || source.printOnly === true, {
    message: 'expected "url" (the web address of the source), or "printOnly": true for a source only on paper',
    path: ['url'],
  });

/**
 * The span a flow or rate figure covers (a full year, January to August):
 * charts draw it over that span, tables and downloads name it. A level at a
 * point in time has none.
 */
export const ObservationPeriod = z
  .strictObject({
    from: IsoDate.describe('First day the figure covers, YYYY-MM-DD'),
    to: IsoDate.describe('Last day the figure covers, YYYY-MM-DD; the same as the figure\'s date'),
  })
  .refine((period) => period.from <= period.to, { message: 'expected "from" on or before "to"', path: ['to'] })
  .describe('The span a yearly or year-to-date figure covers, e.g. { "from": "2024-01-01", "to": "2024-12-31" }');
export type ObservationPeriod = z.infer<typeof ObservationPeriod>;

export const Observation = z.strictObject({
  date: IsoDate.describe('The date the figure refers to, YYYY-MM-DD (the end of the period for a yearly or year-to-date figure)'),
  period: ObservationPeriod.optional(),
  value: z.number().describe('In base units: 1560000, not 156 (万)'),
  bound: Bound,
  kind: z.enum(['baseline', 'progress']).describe('baseline: the figure\'s date is before 2026, the year the site measures the targets against; progress: its date is in 2026 (January to March 2026 included, although the plan was issued on 9 March)'),
  /** What the figure covers when that differs from the metric itself, e.g. a part of a year. */
  note: Localized.optional(),
  source: Source,
}).refine((observation) => !observation.period || observation.period.to === observation.date, {
  message: 'expected period.to to be the figure\'s date (the last day the figure covers)',
  path: ['period', 'to'],
});
export type Observation = z.infer<typeof Observation>;

export const Metric = z.strictObject({
  id: Id,
  group: MetricGroup,
  name: Localized,
  unit: Unit,
  target: z.strictObject({
    value: z.number().nonnegative('a target cannot be negative'),
    comparison: Comparison,
  }),
  measure: Measure,
  /** The plan's own words for this target, verbatim, so a reader can find it in the source. */
  planWording: z.string().trim().min(1).describe('The plan\'s own words for this target, verbatim'),
  tasks: z.array(z.number().int().min(1).max(12)),
  /** Who is expected to publish the figure: a registry id (a responsible unit, the statistics bureau, customs). */
  publishedBy: Id.describe('A body id from content/registry.json: who is expected to publish this figure'),
  /** Where and when the next figure is expected, in editors' words. */
  nextFigure: Localized.describe('Where and when the next figure is expected, e.g. the annual statistical communiqué'),
  /** Why figures found in public sources are not published (sources disagree, the counting changed). */
  notes: Localized.optional().describe('Why figures found in public sources are not published, e.g. two sources disagree'),
  observations: z.array(Observation),
});
export type Metric = z.infer<typeof Metric>;

export const MetricsFile = z.strictObject({
  $schema: z.string().optional(),
  asOf: IsoDate.describe('The date the figures were last checked; the current phase is derived from it'),
  metrics: z.array(Metric).min(1),
});
export type MetricsFile = z.infer<typeof MetricsFile>;
