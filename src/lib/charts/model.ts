/**
 * The one chart model of a metric: every figure a chart plots, where it is
 * plotted, the axes, the target, the phases and every label, already written
 * in the reader's language. Plain data (JSON-serialisable), built once per
 * chart and language; the static SVG, the browser chart, the PNG and SVG
 * downloads and the text alternative are all drawn from it, so they cannot
 * show different figures.
 */
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatFigureWhen, formatNumber, formatTarget, isPercent } from '../language/format';
import type { Lang } from '../language/locale';
import type { Period } from '../judging/progress';
import type { Bound, Metric, Observation, ObservationPeriod } from '../content/schema/metrics';
import type { Phase } from '../content/schema/plan';
import { markers, type MarkerShape } from './palette';
import { DAY, time } from '../judging/dates';
import { dateFormat } from '../language/intl';

// Axis arithmetic: dates as UTC milliseconds, time ticks and round value ticks.
/** The first instant of a YYYY-MM month. */
export const monthStart = (month: string) => time(`${month}-01`);
/** The first instant after a YYYY-MM month. */
export const monthEnd = (month: string) => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, monthNumber, 1);
};

/** 1 January of the earliest of some YYYY-MM-DD dates: where a chart's time axis begins. */
export function domainStart(dates: readonly string[]): number {
  const first = dates.reduce((earliest, date) => (date < earliest ? date : earliest));
  return Date.UTC(Number(first.slice(0, 4)), 0, 1);
}

/** Tick positions: 1 January of each year, and each quarter when the chart spans little more than the plan year. */
export function timeTicks(min: number, max: number): number[] {
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max).getUTCFullYear();
  const quarterly = last - first <= 1;
  const ticks: number[] = [];
  for (let year = first; year <= last + 1; year += 1) {
    for (const month of quarterly ? [0, 3, 6, 9] : [0]) {
      const tick = Date.UTC(year, month, 1);
      if (tick >= min && tick <= max) ticks.push(tick);
    }
  }
  return ticks;
}

export function tickLabel(value: number, lang: Lang): string {
  const date = new Date(value);
  const month = date.getUTCMonth();
  if (lang === 'zh') return month === 0 ? `${date.getUTCFullYear()}年` : `${month + 1}月`;
  return month === 0
    ? String(date.getUTCFullYear())
    : dateFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(date);
}

/** Round value ticks from zero to at least `top`, about five of them (steps of 1, 2, 2.5 or 5 × 10ⁿ). */
export function niceTicks(top: number): number[] {
  if (!(top > 0)) return [0, 1];
  const rough = top / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

export interface ChartTick {
  value: number;
  label: string;
  /** A quarter tick between years: left out where space is short. */
  minor?: boolean;
}

export interface PlottedFigure {
  kind: Observation['kind'];
  value: number;
  bound: Bound;
  /** The date the figure refers to, YYYY-MM-DD (for a period figure, its last day). */
  date: string;
  period?: ObservationPeriod;
  /** Where the mark stands on the time axis (UTC ms): the date, or the middle of the period. */
  x: number;
  /** A period figure is drawn across the whole span it covers (UTC ms, end exclusive). */
  span?: { from: number; to: number };
  marker: MarkerShape;
  /** The figure as written beside its mark: "over 1,000 trains". */
  label: string;
  /** What the figure covers, for a period figure: "2024", "January–August 2025". */
  periodLabel?: string;
  /** Figure, date or period, note and source: the browser chart's tooltip. */
  details: string[];
}

export interface MetricChartModel {
  id: string;
  lang: Lang;
  title: string;
  percent: boolean;
  x: { min: number; max: number; ticks: ChartTick[] };
  y: { min: number; max: number; ticks: ChartTick[] };
  target: { value: number; from: number; to: number; label: string; legend: string };
  phases: { from: number; to: number; symbol: string; label: string }[];
  /** "Phases:", then the phases' names with their symbols. */
  phaseKey: string[];
  figures: PlottedFigure[];
  legend: { baseline: string; progress: string };
  /** Said where the figures would be when none has been published for the plan year; never drawn as zero. */
  noFigure?: string;
  asOf: string;
}

export interface MetricChartContext {
  lang: Lang;
  t: TFunction;
  period: Period;
  phases: readonly Phase[];
  asOf: string;
}

/** One mark per phase, as many as a plan may have (MAX_PHASES in schema/plan.ts). */
const PHASE_SYMBOLS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The figures a chart plots: a "new" measure counts from zero in the plan year, so a level from before it is not on its scale. */
export function plottedObservations(metric: Metric): Observation[] {
  return metric.observations
    .filter((observation) => observation.kind === 'progress' || metric.measure !== 'new')
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** What a period figure covers, in words: "2024年", "2025年1月—8月", "January–August 2025". */
export function periodLabel(period: ObservationPeriod, lang: Lang): string {
  // The pages' own words for a period, so a chart and its table never name it differently.
  return formatFigureWhen({ date: period.to, period }, lang);
}

/** Where a figure is plotted: at its date, or across its period with the mark in the middle. */
function placement(observation: Observation): Pick<PlottedFigure, 'x' | 'span'> {
  if (!observation.period) return { x: time(observation.date) };
  const span = { from: time(observation.period.from), to: time(observation.period.to) + DAY };
  return { x: (span.from + span.to) / 2, span };
}

/** The marker of a figure: by kind, and a triangle for a lower bound ("over N"). */
function markerOf(observation: Pick<Observation, 'kind' | 'bound'>): MarkerShape {
  if (observation.bound === 'over') return markers.lowerBound;
  return observation.kind === 'baseline' ? markers.baseline : markers.progress;
}

export function metricChartModel(
  metric: Metric,
  { lang, t, period, phases, asOf }: MetricChartContext,
): MetricChartModel {
  const observations = plottedObservations(metric);
  const percent = isPercent(metric.unit);
  const starts = observations.map((observation) => observation.period?.from ?? observation.date);
  const min = domainStart([...starts, period.start]);
  const max = time(period.end) + DAY;
  const values = [metric.target.value, ...observations.map((observation) => observation.value)];
  const yTicks = niceTicks(Math.max(...values) * 1.18);
  const target = formatTarget(metric.target, metric.measure, metric.unit, lang);
  const figures = observations.map((observation): PlottedFigure => {
    const label = formatFigure(observation.value, observation.bound, metric.unit, lang);
    const covers = observation.period ? periodLabel(observation.period, lang) : undefined;
    return {
      kind: observation.kind,
      value: observation.value,
      bound: observation.bound,
      date: observation.date,
      ...(observation.period ? { period: observation.period, periodLabel: covers } : {}),
      ...placement(observation),
      marker: markerOf(observation),
      label,
      details: [
        label,
        covers ?? formatDate(observation.date, lang),
        ...(observation.note ? [observation.note[lang]] : []),
        `${t('goals.sourceLabel')}${observation.source.title[lang]}`,
      ],
    };
  });
  return {
    id: metric.id,
    lang,
    title: metric.name[lang],
    percent,
    x: {
      min,
      max,
      ticks: timeTicks(min, max).map((value) => ({
        value,
        label: tickLabel(value, lang),
        ...(new Date(value).getUTCMonth() ? { minor: true } : {}),
      })),
    },
    y: {
      min: 0,
      max: yTicks.at(-1)!,
      ticks: yTicks.map((value) => ({
        value,
        label: percent ? `${formatNumber(value, lang)}%` : formatNumber(value, lang),
      })),
    },
    target: {
      value: metric.target.value,
      from: time(period.start),
      to: max,
      label: t('charts.targetLabel', { target }),
      legend: t('charts.target', { target }),
    },
    phases: phases.map((phase, index) => ({
      from: Math.max(min, monthStart(phase.start)),
      to: Math.min(max, monthEnd(phase.end)),
      symbol: PHASE_SYMBOLS[index]!,
      label: phase.name[lang],
    })),
    phaseKey: [
      t('charts.phases').trim(),
      ...phases.map((phase, index) => `${PHASE_SYMBOLS[index]}${phase.name[lang]}`),
    ],
    figures,
    legend: { baseline: t('charts.baseline'), progress: t('charts.progress') },
    ...(figures.some((figure) => figure.kind === 'progress') ? {} : { noFigure: t('charts.noFigure') }),
    asOf: t('charts.asOf', { date: formatDate(asOf, lang) }),
  };
}
