/** The figures behind each metric chart, labelled in the page's language, for readers who explore them in the browser. */
import type { APIRoute } from 'astro';
import { interactiveChartData } from '../../../lib/charts/interactive-data';
import { metrics } from '../../../lib/content';
import { useTranslations } from '../../../lib/i18n';
import { langParams, type Lang } from '../../../lib/locale';
import { period } from '../../../lib/report';
import type { Metric } from '../../../lib/schema/metrics';

export function getStaticPaths() {
  return langParams().flatMap(({ params, props }) => metrics.map((metric) => ({ params: { ...params, metric: metric.id }, props: { ...props, metric } })));
}

export const GET: APIRoute = ({ props }) => {
  const { lang, metric } = props as { lang: Lang; metric: Metric };
  return new Response(JSON.stringify(interactiveChartData(metric, lang, period, useTranslations(lang))), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
