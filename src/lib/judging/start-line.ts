/**
 * Progress in words while figures are few: where each target starts from,
 * how far it is from the target as of the figure's date, or why the site
 * draws no distance, written compactly for tables and cards
 * ("125 cities (Apr 2025) → 129 cities · 4 cities to go as of Apr 2025").
 */
import type { TFunction } from 'i18next';
import {
  formatFigure,
  formatFigureWhen,
  formatNumber,
  formatQuantity,
  formatTarget,
  isPercent,
} from '../language/format';
import type { Lang } from '../language/locale';
import { distanceToTarget, type Assessment, type Distance, type Incomparable } from './progress';
import type { Metric, Observation } from '../content/schema/metrics';

export interface StartLine {
  /** The figure before the plan with when it applies: "125 cities (Apr 2025)"; absent when none was published. */
  start?: string;
  /** The figure the start is drawn from. */
  from?: Observation;
  /** A starting point the target is measured from, or a figure shown only as context. */
  role?: 'start' | 'context';
  target: string;
  /** "4 cities to go as of Apr 2025", "all still to come in 2026"; absent when none may be drawn. */
  distance?: string;
  /** Why no distance is drawn from the figure shown. */
  withheld?: string;
}

/** A figure with when it applies: "125 cities (Apr 2025)", "17.1% (Jan–Aug 2025)". */
export function figureWithWhen(observation: Observation, metric: Metric, lang: Lang): string {
  const figure = formatFigure(observation.value, observation.bound, metric.unit, lang);
  const when = formatFigureWhen(observation, lang);
  return lang === 'zh' ? `${figure}（${when}）` : `${figure} (${when})`;
}

/** A distance in words, in the metric's unit, tied to the date of the figure it is drawn from; between rates, in percentage points. */
export function describeDistance(distance: Distance, metric: Metric, lang: Lang, t: TFunction): string | undefined {
  if (distance.kind === 'none') return undefined;
  if (distance.kind === 'whole-target') return t('reporting.distance.whole-target');
  const quantity = isPercent(metric.unit)
    ? t('reporting.points', { value: formatNumber(Number(distance.amount.toFixed(2)), lang) })
    : formatQuantity(distance.amount, metric.unit, lang);
  const amount = distance.bound === 'exact' ? quantity : `${t(`reporting.bound.${distance.bound}`)}${quantity}`;
  return t(`reporting.distance.${distance.kind}`, { amount, when: formatFigureWhen(distance.from, lang) });
}

/** Why no distance is drawn from a figure, in words: every page says it the same way. */
export function describeIncomparable(why: Incomparable, figure: Observation, lang: Lang, t: TFunction): string {
  const when = formatFigureWhen(figure, lang);
  switch (why.reason) {
    case 'context':
      return t('reporting.withheld.context', { note: why.note[lang] });
    case 'before-break':
      return t('reporting.withheld.before-break', {
        date: formatFigureWhen({ date: why.break.date }, lang, { day: true }),
        reason: why.break.reason[lang],
      });
    case 'too-old':
      return t('reporting.withheld.too-old', {
        when,
        earliest: formatFigureWhen({ date: why.earliest }, lang, { day: true }),
      });
    default:
      return t(`reporting.withheld.${why.reason}`, { when });
  }
}

/** The start line of one target: its figure from before the plan, the target, and the distance between, or why there is none. */
export function startLine(metric: Metric, assessment: Assessment, lang: Lang, t: TFunction): StartLine {
  const start = assessment.startingPoint;
  const distance = distanceToTarget(metric, assessment);
  const distanceText = describeDistance(distance, metric, lang, t);
  return {
    ...(start
      ? {
          start: figureWithWhen(start.figure, metric, lang),
          from: start.figure,
          role: start.incomparable ? 'context' : 'start',
        }
      : {}),
    target: formatTarget(metric.target, metric.measure, metric.unit, lang),
    ...(distanceText ? { distance: distanceText } : {}),
    ...(start?.incomparable ? { withheld: describeIncomparable(start.incomparable, start.figure, lang, t) } : {}),
  };
}
