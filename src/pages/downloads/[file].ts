/** Data downloads, bilingual and language-neutral: /downloads/metrics.csv, metrics.json, figures.csv, <metric>.csv. */
import type { APIRoute } from 'astro';
import { metrics, metricsFile, site } from '../../lib/content';
import { figuresCsv, metricsCsv, metricsJson } from '../../lib/export';
import { downloadFiles } from '../../lib/downloads';
import { assessmentOf, period } from '../../lib/report';

export function getStaticPaths() {
  return downloadFiles().map((file) => ({ params: { file: file.name }, props: { file } }));
}

export const GET: APIRoute = ({ props, site: siteUrl }) => {
  const { file } = props as { file: ReturnType<typeof downloadFiles>[number] };
  const terms = { licence: site.licence, siteUrl: siteUrl?.href };
  const body =
    file.kind === 'metrics-csv'
      ? metricsCsv(metrics, assessmentOf, terms)
      : file.kind === 'metrics-json'
        ? metricsJson(metricsFile.asOf, period, metrics, assessmentOf, terms)
        : file.metric
          ? figuresCsv([file.metric], terms, { emptyRow: true })
          : figuresCsv(metrics, terms);
  return new Response(body, { headers: { 'content-type': file.name.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8' } });
};
