/** Text alternatives for charts, read from the same chart model as the drawing, in the reader's language. */
import type { TFunction } from 'i18next';
import { formatDate, formatFigure, formatShare, formatTarget } from '../format';
import type { Assessment } from '../progress';
import type { Metric } from '../schema/metrics';
import type { MetricChartModel } from './model';

/** What a metric chart shows: the target, the figure before the plan and how it is marked, the latest figure, the share reached, the status. */
export function describeMetricChart(metric: Metric, model: MetricChartModel, assessment: Assessment, t: TFunction): string {
  const { lang } = model;
  const baseline = model.figures.filter((figure) => figure.kind === 'baseline').at(-1);
  let figures = baseline
    ? t('charts.altBaseline', { figure: baseline.label, date: baseline.periodLabel ?? formatDate(baseline.date, lang) }) +
      t('chartMarks.drawnAs', { mark: t(`chartMarks.${baseline.marker}`) })
    : '';
  if (assessment.latest) {
    const share = formatShare(assessment, lang);
    figures += t('charts.altLatest', {
      figure: formatFigure(assessment.latest.value, assessment.latest.bound, metric.unit, lang),
      date: formatDate(assessment.latest.date, lang),
      share,
    });
  }
  // Without a figure for the plan year the status says so ("No 2026 figure yet"): said once, not twice.
  return t('charts.altMetric', {
    name: model.title,
    target: formatTarget(metric.target, metric.measure, metric.unit, lang),
    figures,
    status: t('charts.altStatus', { status: t(`status.${assessment.status}`) }),
  }).trim();
}
