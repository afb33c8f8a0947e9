/**
 * Progress in words while figures are few: where each target starts from,
 * how far it is from the target, and how fresh its figures are, written
 * compactly for tables and cards ("125 cities (Apr 2025) → 129 cities · 4 to go").
 */
import type { TFunction } from 'i18next';
import { formatFigure, formatFigureWhen, formatNumber, formatQuantity, formatTarget, isPercent } from './format';
import type { Lang } from './locale';
import { distanceToTarget, startingPoint, type Assessment, type Distance } from './progress';
import type { Metric, Observation } from './schema/metrics';

export interface StartLine {
  /** The starting figure with when it applies: "125 cities (Apr 2025)"; absent when none was published. */
  start?: string;
  /** The figure the start line is drawn from. */
  from?: Observation;
  target: string;
  /** "4 to go", "all 400 to be added in 2026"; absent when there is nothing to measure from. */
  distance?: string;
}

/** A figure with when it applies: "125 cities (Apr 2025)", "17.1% (Jan–Aug 2025)". */
function figureWithWhen(observation: Observation, metric: Metric, lang: Lang): string {
  const figure = formatFigure(observation.value, observation.bound, metric.unit, lang);
  const when = formatFigureWhen(observation, lang);
  return lang === 'zh' ? `${figure}（${when}）` : `${figure} (${when})`;
}

/** A distance in words, in the metric's unit; a distance between rates is in percentage points. */
function describeDistance(distance: Distance, metric: Metric, lang: Lang, t: TFunction): string | undefined {
  if (distance.kind === 'none') return undefined;
  const quantity = isPercent(metric.unit)
    ? t('reporting.points', { value: formatNumber(Number(distance.amount.toFixed(2)), lang) })
    : formatQuantity(distance.amount, metric.unit, lang);
  return t(`reporting.distance.${distance.kind}`, { amount: distance.bound === 'exact' ? quantity : `${t(`reporting.bound.${distance.bound}`)}${quantity}` });
}

/** The start line of one target: its latest figure from before 2026, the target, and the distance between. */
export function startLine(metric: Metric, assessment: Assessment, lang: Lang, t: TFunction): StartLine {
  const from = startingPoint(metric);
  const distance = describeDistance(distanceToTarget(metric, assessment), metric, lang, t);
  return {
    ...(from ? { start: figureWithWhen(from, metric, lang), from } : {}),
    target: formatTarget(metric.target, metric.measure, metric.unit, lang),
    ...(distance ? { distance } : {}),
  };
}
