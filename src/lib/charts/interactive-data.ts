/**
 * The data an interactive chart needs in the browser, with every label
 * already written in the reader's language, so the browser needs neither
 * i18next nor the content: the same figures as the static chart.
 */
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatTarget } from '../format';
import type { Lang } from '../locale';
import type { Period } from '../progress';
import type { Metric } from '../schema/metrics';
import { plottedObservations, tickLabel, time, timeDomain, timeTicks } from './metric-chart';
import { palette } from './palette';

export interface InteractivePoint {
  x: number;
  y: number;
  /** The tooltip: figure, date and source. */
  label: string[];
  /** A lower bound ("over N") is drawn as a triangle, as on the static chart. */
  lowerBound?: boolean;
}

export interface InteractiveChartData {
  lang: Lang;
  percent: boolean;
  x: { min: number; max: number; ticks: { value: number; label: string }[] };
  target: { value: number; label: string; colour: string; from: number };
  /** Said where the figures would be when none has been published for the period; never drawn as zero. */
  noFigure?: string;
  series: { label: string; colour: string; line: boolean; points: InteractivePoint[] }[];
}

export function interactiveChartData(metric: Metric, lang: Lang, period: Period, t: TFunction): InteractiveChartData {
  const observations = plottedObservations(metric);
  const { min, max } = timeDomain(metric, period);
  const series = (kind: 'baseline' | 'progress') =>
    observations
      .filter((observation) => observation.kind === kind)
      .map((observation) => ({
        x: time(observation.date),
        y: observation.value,
        ...(observation.bound === 'over' ? { lowerBound: true } : {}),
        label: [
          formatFigure(observation.value, observation.bound, metric.unit, lang),
          formatDate(observation.date, lang),
          ...(observation.note ? [observation.note[lang]] : []),
          `${t('goals.sourceLabel')}${observation.source.title[lang]}`,
        ],
      }));
  return {
    lang,
    percent: metric.unit.en === '%',
    x: { min, max, ticks: timeTicks(min, max).map((value) => ({ value, label: tickLabel(value, lang) })) },
    target: { value: metric.target.value, label: t('charts.target', { target: formatTarget(metric.target, metric.measure, metric.unit, lang) }), colour: palette.target, from: time(period.start) },
    ...(observations.some((observation) => observation.kind === 'progress') ? {} : { noFigure: t('charts.noFigure', { year: period.start.slice(0, 4) }) }),
    series: [
      { label: t('charts.baseline'), colour: palette.baseline, line: false, points: series('baseline') },
      { label: t('charts.progress'), colour: palette.figure, line: true, points: series('progress') },
    ],
  };
}
