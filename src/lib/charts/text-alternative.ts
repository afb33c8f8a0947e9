/** Text alternatives for charts, read from the same chart model as the drawing, in the reader's language. */
import type { TFunction } from 'i18next';
import { formatFigure, formatFigureWhen, formatShare, formatTarget } from '../language/format';
import type { Assessment } from '../judging/progress';
import type { Metric } from '../content/schema/metrics';
import type { MetricChartModel } from './model';

/** What a metric chart shows: the target, the figure before the plan and how it is marked, the latest figure, the share reached, the status. */
export function describeMetricChart(
  metric: Metric,
  model: MetricChartModel,
  assessment: Assessment,
  t: TFunction,
): string {
  const { lang } = model;
  const baseline = model.figures.filter((figure) => figure.kind === 'baseline').at(-1);
  let figures = baseline
    ? t('charts.altBaseline', {
        figure: baseline.label,
        date: baseline.periodLabel ?? formatFigureWhen(baseline, lang, { day: true }),
      }) +
      t('chartMarks.drawnAs', { mark: t(`chartMarks.${baseline.marker}`) }) +
      (assessment.startingPoint?.incomparable ? t('charts.altContext') : '')
    : '';
  if (assessment.latest) {
    // Without a share the engine may state (no comparable start), the figure is given alone.
    figures += t(assessment.share === undefined ? 'charts.altLatestOnly' : 'charts.altLatest', {
      figure: formatFigure(assessment.latest.value, assessment.latest.bound, metric.unit, lang),
      date: formatFigureWhen(assessment.latest, lang, { day: true }),
      share: formatShare(assessment, lang),
    });
  }
  // Without a figure for the target period the status says so: said once, not twice.
  return t('charts.altMetric', {
    name: model.title,
    target: formatTarget(metric.target, metric.measure, metric.unit, lang),
    figures,
    status: t('charts.altStatus', { status: t(`status.${assessment.status}`) }),
  }).trim();
}
