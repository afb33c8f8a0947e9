/**
 * The chart files' drawings: each chart as an SVG for download, with the
 * credit line every chart image carries (site, address, licence). The PNGs
 * are drawn from that SVG; a build asks for all of them as it starts, so
 * they are drawn while Astro is still bundling.
 */
import { site } from '../content/data';
import { chartCredit } from '../outputs/licence';
import { languages, type Lang } from '../language/locale';
import { chartRefs, chartUrl, metricModel, shareModel, type ChartRef } from './catalogue';
import { requestChartPng } from '../images/chart-png';
import { shared } from '../build/shared-store';
import { shareChartSvg } from './share-svg';
import { fileLayout, metricChartSvg } from './metric-svg';

/** A chart's download SVG in a language; `siteUrl` is the published address, when the build knows it. */
export function chartFileSvg(ref: ChartRef, lang: Lang, siteUrl: string | undefined): string {
  const credit = chartCredit({ lang, licence: site.licence, siteName: site.name[lang], siteUrl });
  return ref.kind === 'metric'
    ? metricChartSvg(metricModel(ref.metric, lang), fileLayout, credit)
    : shareChartSvg(shareModel(ref, lang), credit);
}

/**
 * The SVGs drawn as a build starts, until their file's route takes them:
 * shared by Astro's two module instances, so that a build draws each chart
 * file once, not once for its PNGs and again for its SVG. Keyed by the
 * address too: a route built for another address draws its own.
 */
const drawnFiles = () => shared('chart-files', () => new Map<string, string>());
const drawnKey = (ref: ChartRef, lang: Lang, siteUrl: string | undefined) =>
  `${siteUrl ?? ''}\0${chartUrl(ref, 'svg', lang)}`;

/** A chart's download SVG (`chartFileSvg`), the one drawn as the build started when there is one. */
export function takeChartFileSvg(ref: ChartRef, lang: Lang, siteUrl: string | undefined): string {
  const key = drawnKey(ref, lang, siteUrl);
  const drawn = drawnFiles().get(key);
  drawnFiles().delete(key);
  return drawn ?? chartFileSvg(ref, lang, siteUrl);
}

/** Asks for a chart's two PNGs, drawn from its SVG (render.ts `requestChartPng`). */
export function requestChartPngs(ref: ChartRef, lang: Lang, svg: string): void {
  requestChartPng(chartUrl(ref, 'png', lang), svg, 1);
  requestChartPng(chartUrl(ref, 'png2x', lang), svg, 2);
}

/** Asks for every chart's PNGs in every language (src/integrations/chart-pngs.ts, as a build starts). */
export function requestAllChartPngs(siteUrl: string | undefined): void {
  for (const lang of languages)
    for (const ref of chartRefs) {
      const svg = chartFileSvg(ref, lang, siteUrl);
      drawnFiles().set(drawnKey(ref, lang, siteUrl), svg);
      requestChartPngs(ref, lang, svg);
    }
}
