/**
 * Chart files, drawn at build time from the chart models: an SVG with real
 * text, PNGs at 1× and 2× (drawn from that SVG, cached between builds), and
 * each metric chart's model as JSON for the explorer. In a build the PNGs are
 * asked for as it starts and written when the pages are done (chart-file.ts),
 * so that no page waits while one is compressed; the dev server serves them
 * here.
 */
import type { APIRoute } from 'astro';
import {
  chartFileName,
  chartFiles,
  chartRefs,
  metricModel,
  type ChartFile,
  type ChartRef,
} from '../../../lib/charts/catalogue';
import { requestChartPngs, takeChartFileSvg } from '../../../lib/charts/chart-downloads';
import { svgToPng } from '../../../lib/images/chart-png';
import { langParams } from '../../../lib/language/locale';

const isPng = (file: ChartFile) => file === 'png' || file === 'png2x';

export function getStaticPaths() {
  return langParams().flatMap(({ params }) =>
    chartRefs.flatMap((ref) =>
      chartFiles(ref)
        .filter((file) => !(import.meta.env.SITE_BUILD && isPng(file)))
        .map((file) => ({ params: { ...params, file: chartFileName(ref, file) }, props: { ref, file } })),
    ),
  );
}

const types: Record<ChartFile, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  png2x: 'image/png',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute = async ({ locals, props, site }) => {
  const { lang } = locals;
  const { ref, file } = props as { ref: ChartRef; file: ChartFile };
  if (file === 'json' && ref.kind === 'metric')
    return new Response(JSON.stringify(metricModel(ref.metric, lang)), { headers: { 'content-type': types.json } });
  const svg = takeChartFileSvg(ref, lang, site?.href);
  // In a build, asked for again to check that the PNGs drawn at the start show this SVG (drawn again when it was drawn for another address).
  if (import.meta.env.SITE_BUILD) requestChartPngs(ref, lang, svg);
  const body = isPng(file) ? new Uint8Array(await svgToPng(svg, file === 'png2x' ? 2 : 1)) : svg;
  return new Response(body, { headers: { 'content-type': types[file] } });
};
