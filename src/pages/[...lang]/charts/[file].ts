/**
 * Chart files, drawn at build time from the chart models: an SVG with real
 * text, PNGs at 1× and 2× (drawn from that SVG, cached between builds), and
 * each metric chart's model as JSON for the explorer.
 */
import type { APIRoute } from 'astro';
import { chartFileName, chartFiles, chartRefs, metricModel, shareModel, type ChartFile, type ChartRef } from '../../../lib/charts/catalogue';
import { svgToPng } from '../../../lib/charts/render';
import { shareChartSvg } from '../../../lib/charts/share-svg';
import { fileLayout, metricChartSvg } from '../../../lib/charts/svg';
import { site } from '../../../lib/content';
import { chartCredit } from '../../../lib/licence';
import { langParams, type Lang } from '../../../lib/locale';

export function getStaticPaths() {
  return langParams().flatMap(({ params }) =>
    chartRefs.flatMap((ref) => chartFiles(ref).map((file) => ({ params: { ...params, file: chartFileName(ref, file) }, props: { ref, file } }))),
  );
}

/** A chart file, with the credit line every chart image carries (site, address, licence). */
function chartSvg(ref: ChartRef, lang: Lang, credit: string): string {
  return ref.kind === 'metric' ? metricChartSvg(metricModel(ref.metric, lang), fileLayout, credit) : shareChartSvg(shareModel(ref, lang), credit);
}

const types: Record<ChartFile, string> = { svg: 'image/svg+xml', png: 'image/png', png2x: 'image/png', json: 'application/json; charset=utf-8' };

export const GET: APIRoute = async ({ locals, props, site: siteAddress }) => {
  const { lang, t } = locals;
  const { ref, file } = props as { ref: ChartRef; file: ChartFile };
  const credit = chartCredit({ lang, licence: site.licence, siteName: t('site.name'), siteUrl: siteAddress?.href });
  const body =
    file === 'json' && ref.kind === 'metric'
      ? JSON.stringify(metricModel(ref.metric, lang))
      : file === 'svg'
        ? chartSvg(ref, lang, credit)
        : new Uint8Array(await svgToPng(chartSvg(ref, lang, credit), file === 'png2x' ? 2 : 1));
  return new Response(body, { headers: { 'content-type': types[file] } });
};
