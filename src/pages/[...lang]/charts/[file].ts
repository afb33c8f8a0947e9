/** Chart files, drawn at build time from content/metrics.json: PNG in two sizes and SVG. */
import type { APIRoute } from 'astro';
import { renderChart } from '../../../lib/charts/render';
import { langParams, type Lang } from '../../../lib/locale';
import { chartNames, chartPath, chartSpec } from '../../../lib/report';

const variants = [
  { format: 'png', size: 'wide' },
  { format: 'png', size: 'narrow' },
  { format: 'svg', size: 'wide' },
] as const;

export function getStaticPaths() {
  return langParams().flatMap(({ params, props }) =>
    chartNames.flatMap((name) =>
      variants.map(({ format, size }) => ({
        params: { ...params, file: chartPath(name, format, size).replace('/charts/', '') },
        props: { ...props, name, format, size },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { lang, name, format, size } = props as { lang: Lang; name: string; format: 'png' | 'svg'; size: 'wide' | 'narrow' };
  const body = renderChart(chartSpec(name, lang, size, site?.href), format);
  return new Response(new Uint8Array(body), { headers: { 'content-type': format === 'svg' ? 'image/svg+xml' : 'image/png' } });
};
