/** The data downloads: CSV and JSON built from the metrics and their assessments. Pure. */
import { formatTarget } from './format';
import { licenceFields } from './licence';
import type { Assessment, Period } from './progress';
import type { Metric } from './schema/metrics';
import type { Licence } from './schema/site';

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

const round = (value: number | undefined, digits = 4) => (value === undefined ? undefined : Number(value.toFixed(digits)));

/** One row per metric: the target, the latest figure and the status. */
export function metricsCsv(metrics: readonly Metric[], assessmentOf: (metric: Metric) => Assessment, terms: FileTerms): string {
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
    'share_of_target',
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
      round(assessment.share),
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
export const noFigureNote = { zh: '尚无公开数字。本站不作估算。', en: 'No figure has been published yet. This site does not estimate.' } as const;

/**
 * One row per published figure, of one metric or all of them. Every row
 * carries its metric's name, unit and target in both languages and the
 * licence, so a single file can be reused on its own. With `emptyRow`, a
 * metric without figures gets one row that says so.
 */
export function figuresCsv(metrics: readonly Metric[], terms: FileTerms, { emptyRow = false } = {}): string {
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
    'value',
    'bound',
    'kind',
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
    if (!metric.observations.length) return emptyRow ? [[...about, '', '', '', '', noFigureNote.zh, noFigureNote.en, '', '', '', '', '', licence, licence_url]] : [];
    return [...metric.observations]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((observation) => [
        ...about,
        observation.date,
        observation.value,
        observation.bound,
        observation.kind,
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
export function metricsJson(asOf: string, period: Period, metrics: readonly Metric[], assessmentOf: (metric: Metric) => Assessment, terms: FileTerms): string {
  return `${JSON.stringify(
    {
      ...licenceFields(terms.licence, terms.siteUrl),
      licence_title: terms.licence.title,
      asOf,
      period,
      metrics: metrics.map((metric) => {
        const { status, share, expectedShare, lowerBound, final, threshold } = assessmentOf(metric);
        return { ...metric, assessment: { status, share: round(share), expectedShare: round(expectedShare), lowerBound, final, threshold } };
      }),
    },
    null,
    2,
  )}\n`;
}
