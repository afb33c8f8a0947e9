/**
 * The report as the site publishes it: every metric judged against its
 * target, and the catalogue of charts drawn from them. Computed once per
 * build from the parsed content.
 */
import type { TFunction } from 'i18next';
import { metrics, metricsFile, plan, site } from './content';
import { withCredit } from './charts/credit';
import { chartCredit } from './licence';
import type { ChartSpec } from './charts/metric-chart';
import { metricChart } from './charts/metric-chart';
import { shareChart } from './charts/share-chart';
import type { ChartSize } from './charts/sizes';
import { useTranslations } from './i18n';
import type { Lang } from './locale';
import { metricsInGroup } from './metrics';
import { assess, type Assessment } from './progress';
import type { Metric, MetricGroup } from './schema/metrics';

export const period = plan.targetPeriod;

const assessments = new Map(metrics.map((metric) => [metric.id, assess(metric, period)]));

export function assessmentOf(metric: Metric): Assessment {
  return assessments.get(metric.id)!;
}

/** A chart's name in URLs: a metric id, `overview`, or `group-<id>`. */
export type ChartName = string;

export const overviewChart = 'overview';
export const groupChart = (group: MetricGroup) => `group-${group}`;

/** Every chart the site draws, by name. */
export const chartNames: ChartName[] = [overviewChart, ...plan.metricGroups.map((group) => groupChart(group.id)), ...metrics.map((metric) => metric.id)];

/** The title of a share chart in one language. */
export function shareChartTitle(name: ChartName, t: TFunction, lang: Lang): string {
  if (name === overviewChart) return t('progress.overviewTitle', { count: metrics.length });
  const group = plan.metricGroups.find((candidate) => groupChart(candidate.id) === name)!;
  return t('progress.groupTitle', { group: group.name[lang] });
}

/** The metrics a share chart covers. */
export function metricsOfChart(name: ChartName): Metric[] {
  if (name === overviewChart) return metrics;
  const group = plan.metricGroups.find((candidate) => groupChart(candidate.id) === name);
  if (group) return metricsInGroup(metrics, group.id);
  return metrics.filter((metric) => metric.id === name);
}

/** The chart configuration for a name, language and size, with its credit line (source, site, licence). */
export function chartSpec(name: ChartName, lang: Lang, size: ChartSize, siteUrl?: string): ChartSpec {
  const t = useTranslations(lang);
  const credit = chartCredit({ lang, licence: site.licence, siteName: t('site.name'), siteUrl });
  const metric = metrics.find((candidate) => candidate.id === name);
  if (metric) return withCredit(metricChart({ metric, lang, t, period, phases: plan.phases, asOf: metricsFile.asOf, size }), credit, lang);
  const covered = metricsOfChart(name);
  if (!covered.length) throw new Error(`There is no chart called "${name}"`);
  return withCredit(shareChart({ title: shareChartTitle(name, t, lang), metrics: covered, assessments: covered.map(assessmentOf), lang, t, asOf: metricsFile.asOf, size }), credit, lang);
}

/** Where a chart file lives, without the language prefix: `/charts/overview.png`, `/charts/port-teu-narrow.png`. */
export function chartPath(name: ChartName, format: 'png' | 'svg', size: ChartSize = 'wide'): string {
  return `/charts/${name}${size === 'narrow' ? '-narrow' : ''}.${format}`;
}
