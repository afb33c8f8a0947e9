/**
 * Every chart the site draws, as typed identities rather than names looked up
 * again and again: one per metric, one overview and one per goal group; each
 * with its model (built once per language), its files and their URLs.
 */
import { metrics, metricsFile, plan } from '../content/data';
import { useTranslations } from '../language/i18n';
import { localizedFile, type Lang } from '../language/locale';
import { metricsInGroup } from '../content/metrics';
import { assessmentOf, period } from '../judging/assessments';
import type { Metric, MetricGroup } from '../content/schema/metrics';
import { metricChartModel, type MetricChartModel } from './model';
import { shareChartModel, type ShareChartModel } from './share-model';

export type ChartRef =
  | { kind: 'metric'; id: string; metric: Metric }
  | { kind: 'overview'; id: 'overview'; metrics: readonly Metric[] }
  | { kind: 'group'; id: `group-${MetricGroup}`; group: MetricGroup; metrics: readonly Metric[] };

/** The dashboard's charts: every metric's share of its target, all at once or by group. */
export type ShareChartRef = Extract<ChartRef, { kind: 'overview' | 'group' }>;

export const overviewChart: Extract<ChartRef, { kind: 'overview' }> = { kind: 'overview', id: 'overview', metrics };
const groupCharts = plan.metricGroups.map((group): Extract<ChartRef, { kind: 'group' }> => ({
  kind: 'group',
  id: `group-${group.id}`,
  group: group.id,
  metrics: metricsInGroup(metrics, group.id),
}));
const metricCharts = metrics.map((metric): Extract<ChartRef, { kind: 'metric' }> => ({
  kind: 'metric',
  id: metric.id,
  metric,
}));
export const chartRefs: readonly ChartRef[] = [overviewChart, ...groupCharts, ...metricCharts];

export const metricChartOf = (metric: Metric) => metricCharts.find((ref) => ref.metric === metric)!;
export const groupChartOf = (group: MetricGroup) => groupCharts.find((ref) => ref.group === group)!;

/** The files of a chart: an SVG with text, PNGs at 1× and 2×, and (metric charts) the model as JSON for the explorer. */
export type ChartFile = 'svg' | 'png' | 'png2x' | 'json';
export const chartFileName = (ref: ChartRef, file: ChartFile) =>
  file === 'png2x' ? `${ref.id}@2x.png` : `${ref.id}.${file}`;
/** A chart file's URL in a language: `/charts/overview.svg`, `/en/charts/port-teu@2x.png`. */
export const chartUrl = (ref: ChartRef, file: ChartFile, lang: Lang) =>
  localizedFile(lang, `/charts/${chartFileName(ref, file)}`);
export const chartFiles = (ref: ChartRef): ChartFile[] =>
  ref.kind === 'metric' ? ['svg', 'png', 'png2x', 'json'] : ['svg', 'png', 'png2x'];

/** A chart's title in a language. */
export function chartTitle(ref: ChartRef, lang: Lang): string {
  const t = useTranslations(lang);
  if (ref.kind === 'metric') return ref.metric.name[lang];
  if (ref.kind === 'overview') return t('progress.overviewTitle', { count: ref.metrics.length });
  return t('progress.groupTitle', { group: plan.metricGroups.find((group) => group.id === ref.group)!.name[lang] });
}

const metricModels = new Map<string, MetricChartModel>();
/** The one model of a metric chart in a language, built once per build. */
export function metricModel(metric: Metric, lang: Lang): MetricChartModel {
  const key = `${lang}:${metric.id}`;
  let model = metricModels.get(key);
  if (!model) {
    model = metricChartModel(metric, {
      lang,
      t: useTranslations(lang),
      period,
      phases: plan.phases,
      asOf: metricsFile.asOf,
    });
    metricModels.set(key, model);
  }
  return model;
}

/** The model of a share chart (overview or group) in a language. */
export function shareModel(ref: ShareChartRef, lang: Lang): ShareChartModel {
  return shareChartModel(chartTitle(ref, lang), ref.metrics, assessmentOf, {
    lang,
    t: useTranslations(lang),
    asOf: metricsFile.asOf,
  });
}
