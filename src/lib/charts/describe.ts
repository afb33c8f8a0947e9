/** Text alternatives for charts, generated from the same data, in the reader's language. */
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatShare, formatTarget } from '../format';
import type { Lang } from '../locale';
import { countStatuses, latestObservation, type Assessment, type Period } from '../progress';
import type { Bound, Metric } from '../schema/metrics';
import { plottedObservations } from './metric-chart';

/** What a metric chart shows: the target, the figures, the share reached, the status. */
export function describeMetricChart(metric: Metric, assessment: Assessment, period: Period, lang: Lang, t: TFunction): string {
  const figure = (observation: { value: number; bound: Bound; date: string }) => ({
    figure: formatFigure(observation.value, observation.bound, metric.unit, lang),
    date: formatDate(observation.date, lang),
  });
  const year = period.start.slice(0, 4);
  const baseline = plottedObservations(metric).length ? latestObservation(metric, 'baseline') : undefined;
  let figures = baseline && metric.measure !== 'new' ? t('charts.altBaseline', figure(baseline)) : '';
  if (assessment.latest) {
    const share = formatShare(assessment, lang);
    figures += t('charts.altLatest', { ...figure(assessment.latest), share });
  } else {
    figures += t('charts.altNoFigure', { year });
  }
  return t('charts.altMetric', {
    name: metric.name[lang],
    target: formatTarget(metric.target, metric.measure, metric.unit, lang),
    figures,
    status: t('charts.altStatus', { status: t(`status.${assessment.status}`) }),
  }).trim();
}

/** What a share chart shows: how many targets stand at each status. */
export function describeShareChart(title: string, assessments: readonly Assessment[], t: TFunction): string {
  const counts = countStatuses(assessments);
  return t('charts.altShare', { title, total: counts.total, achieved: counts.achieved, onTrack: counts['on-track'], behind: counts.behind, noData: counts['no-data'] });
}
