/** The data downloads: CSV and JSON built from the metrics and their assessments. Pure. */
import { formatTarget } from '../language/format';
import { licenceFields } from './licence';
import {
  distanceToTarget,
  incomparability,
  type Assessment,
  type JudgingContext,
  type Period,
} from '../judging/progress';
import type { Lang } from '../language/locale';
import type { Metric, Observation } from '../content/schema/metrics';
import type { Licence } from '../content/schema/site';

/** What every data file says about its terms of reuse. */
export interface FileTerms {
  licence: Licence;
  /** The site's absolute address, when the build knows it. */
  siteUrl?: string;
}

type Cell = string | number | boolean | undefined | null;

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const cell = (value: Cell) => {
    // Text a spreadsheet would run as a formula (=, +, -, @) is kept as text; numbers stay numbers.
    const raw = value === undefined || value === null ? '' : String(value);
    const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const round = (value: number | undefined, digits = 4) =>
  value === undefined ? undefined : Number(value.toFixed(digits));

/** A metric's distance line and why none is drawn, in both languages, as the pages word them. */
export type DistanceWords = (metric: Metric) => Record<Lang, { distance?: string; withheld?: string }>;

/**
 * One row per metric: the target, the latest figure with the period it covers, the starting point and
 * whether the target may be measured from it, the distance and the status, as the pages show them.
 */
export function metricsCsv(
  metrics: readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
  terms: FileTerms,
  wordsOf?: DistanceWords,
): string {
  const header = [
    'id',
    'group',
    'name_zh',
    'name_en',
    'unit_zh',
    'unit_en',
    'measure',
    'target',
    'comparison',
    'plan_wording_zh',
    'plan_wording_en',
    'tasks',
    'status',
    'latest_value',
    'latest_bound',
    'latest_date',
    'latest_period_from',
    'latest_period_to',
    'share_of_target',
    'start_value',
    'start_bound',
    'start_date',
    'start_period_from',
    'start_period_to',
    'start_comparable',
    'start_not_comparable_because',
    'distance_kind',
    'distance_amount',
    'distance_bound',
    'distance_figure_date',
    'distance_zh',
    'distance_en',
    'no_distance_why_zh',
    'no_distance_why_en',
    'latest_source_zh',
    'latest_source_en',
    'latest_publisher_zh',
    'latest_publisher_en',
    'latest_source_url',
    'licence',
    'licence_url',
  ];
  const { licence, licence_url } = licenceFields(terms.licence);
  const rows = metrics.map((metric) => {
    const assessment = assessmentOf(metric);
    const latest = assessment.latest;
    const start = assessment.startingPoint;
    const distance = distanceToTarget(metric, assessment);
    const drawn = distance.kind === 'none' || distance.kind === 'whole-target' ? undefined : distance;
    const words = wordsOf?.(metric);
    return [
      metric.id,
      metric.group,
      metric.name.zh,
      metric.name.en,
      metric.unit.zh,
      metric.unit.en,
      metric.measure,
      metric.target.value,
      metric.target.comparison,
      metric.planWording,
      metric.planWordingEn,
      metric.tasks.join(' '),
      assessment.status,
      latest?.value,
      latest?.bound,
      latest?.date,
      latest?.period?.from,
      latest?.period?.to,
      round(assessment.share),
      start?.figure.value,
      start?.figure.bound,
      start?.figure.date,
      start?.figure.period?.from,
      start?.figure.period?.to,
      start ? !start.incomparable : undefined,
      start?.incomparable?.reason,
      distance.kind,
      distance.kind === 'none' ? undefined : distance.amount,
      drawn?.bound,
      drawn?.from.date,
      words?.zh.distance,
      words?.en.distance,
      words?.zh.withheld,
      words?.en.withheld,
      latest?.source.title.zh,
      latest?.source.title.en,
      latest?.source.publisher?.zh,
      latest?.source.publisher?.en,
      latest?.source.url,
      licence,
      licence_url,
    ];
  });
  return toCsv(header, rows);
}

/** Said in a metric's own file when no figure has been published, so the file is never a bare header. */
export const noFigureNote = {
  zh: '本站尚未发布该指标的数字（指标页面说明原因）。本站不作估算。',
  en: 'This site has published no figure for this metric yet (its page says why). This site does not estimate.',
} as const;

/**
 * One row per published figure, of one metric or all of them. Every row
 * carries its metric's name, unit and target in both languages and the
 * licence, so a single file can be reused on its own. With `emptyRow`, a
 * metric without figures gets one row that says so.
 */
export function figuresCsv(
  metrics: readonly Metric[],
  terms: FileTerms,
  { emptyRow = false, judging }: { emptyRow?: boolean; judging: JudgingContext },
): string {
  const header = [
    'metric',
    'metric_name_zh',
    'metric_name_en',
    'unit_zh',
    'unit_en',
    'target',
    'target_comparison',
    'target_zh',
    'target_en',
    'date',
    'period_from',
    'period_to',
    'value',
    'bound',
    'kind',
    'comparable_with_target',
    'not_comparable_because',
    'context_zh',
    'context_en',
    'note_zh',
    'note_en',
    'source_zh',
    'source_en',
    'publisher_zh',
    'publisher_en',
    'source_url',
    'licence',
    'licence_url',
  ];
  const { licence, licence_url } = licenceFields(terms.licence);
  const rows = metrics.flatMap((metric) => {
    const about = [
      metric.id,
      metric.name.zh,
      metric.name.en,
      metric.unit.zh,
      metric.unit.en,
      metric.target.value,
      metric.target.comparison,
      formatTarget(metric.target, metric.measure, metric.unit, 'zh'),
      formatTarget(metric.target, metric.measure, metric.unit, 'en'),
    ];
    if (!metric.observations.length)
      return emptyRow
        ? [
            [
              ...about,
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              '',
              noFigureNote.zh,
              noFigureNote.en,
              '',
              '',
              '',
              '',
              '',
              licence,
              licence_url,
            ],
          ]
        : [];
    const why = (observation: Observation) => incomparability(metric, observation, judging);
    return [...metric.observations]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((observation) => [
        ...about,
        observation.date,
        observation.period?.from,
        observation.period?.to,
        observation.value,
        observation.bound,
        observation.kind,
        !why(observation),
        why(observation)?.reason,
        observation.context?.zh,
        observation.context?.en,
        observation.note?.zh,
        observation.note?.en,
        observation.source.title.zh,
        observation.source.title.en,
        observation.source.publisher?.zh,
        observation.source.publisher?.en,
        observation.source.url,
        licence,
        licence_url,
      ]);
  });
  return toCsv(header, rows);
}

/** Everything in one JSON document: the metrics as published, each with its assessment. */
export function metricsJson(
  asOf: string,
  period: Period,
  metrics: readonly Metric[],
  assessmentOf: (metric: Metric) => Assessment,
  terms: FileTerms,
): string {
  return `${JSON.stringify(
    {
      ...licenceFields(terms.licence, terms.siteUrl),
      licence_title: terms.licence.title,
      asOf,
      period,
      metrics: metrics.map((metric) => {
        const assessment = assessmentOf(metric);
        const { status, share, expectedShare, lowerBound, final, threshold, ended, startingPoint } = assessment;
        const distance = distanceToTarget(metric, assessment);
        return {
          ...metric,
          assessment: {
            status,
            ended,
            share: round(share),
            expectedShare: round(expectedShare),
            lowerBound,
            final,
            threshold,
            startingPoint: startingPoint && {
              figure: startingPoint.figure,
              comparable: !startingPoint.incomparable,
              notComparableBecause: startingPoint.incomparable?.reason,
            },
            distance:
              distance.kind === 'none'
                ? { kind: 'none', why: distance.why.reason }
                : { ...distance, amount: round(distance.amount) },
          },
        };
      }),
    },
    null,
    2,
  )}\n`;
}
