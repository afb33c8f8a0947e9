/**
 * Chart SVGs are inlined into pages as raw HTML (ChartFigure.astro, set:html)
 * and published as files, and the content check lets editors write markup
 * characters in names and units. So every text that enters a drawing, fed
 * with hostile names and units through the real drawing functions, must come
 * out as text: the SVG, read by an XML parser, holds no element the content
 * wrote and reads back as exactly what the editor typed.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { metrics, plan, site } from '../../src/lib/content/data';
import { metricChartModel } from '../../src/lib/charts/model';
import { shareChartModel } from '../../src/lib/charts/share-model';
import { shareChartSvg } from '../../src/lib/charts/share-svg';
import { fileLayout, inlineLayout, metricChartSvg } from '../../src/lib/charts/metric-svg';
import { useTranslations } from '../../src/lib/language/i18n';
import { chartCredit } from '../../src/lib/outputs/licence';
import { assess } from '../../src/lib/judging/progress';
import type { Metric } from '../../src/lib/content/schema/metrics';
import { shareCardSvg } from '../../src/lib/images/share-card';

/** What an editor may type and the validator lets through (text() only trims and limits length): no spaces, so no line is wrapped apart. */
const unit = `</text><script>x</script>&amp;'"`;
const name = `A&B<i>"y"</i>'z'`;
const t = useTranslations('en');
const source = {
  title: { zh: '来源<b>', en: 'Source<b>' },
  publisher: { zh: '发布', en: 'Publisher&' },
  publishedOn: '2026-07-01',
  url: 'https://example.org/?a=1&b=2',
};
const hostile: Metric = {
  ...metrics.find((metric) => metric.id === 'sister-cities')!,
  name: { zh: name, en: name },
  unit: { zh: unit, en: unit },
  observations: [
    { date: '2025-04-23', value: 125, bound: 'exact', kind: 'baseline', source },
    { date: '2026-06-30', value: 127, bound: 'exact', kind: 'progress', source },
  ],
};
const model = metricChartModel(hostile, {
  lang: 'en',
  t,
  period: plan.targetPeriod,
  phases: plan.phases,
  asOf: '2026-11-26',
});
const credit = chartCredit({
  lang: 'en',
  licence: site.licence,
  siteName: name,
  siteUrl: 'https://example.org/?a=1&b=2',
});
const share = shareChartModel(
  name,
  [hostile],
  (metric) => assess(metric, { period: plan.targetPeriod, asOf: '2026-11-26' }),
  { lang: 'en', t, asOf: '2026-11-26' },
);

/** Every element name and every text (element content and attribute values) in a parsed XML tree. */
function walk(node: unknown, names: string[], texts: string[]): void {
  if (Array.isArray(node)) for (const child of node) walk(child, names, texts);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@') walk(value, [], texts);
      else if (key === '#text') texts.push(String(value));
      else if (key.startsWith('@_')) texts.push(String(value));
      else {
        names.push(key);
        walk(value, names, texts);
      }
    }
}

function readBack(svg: string) {
  const tree = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  }).parse(svg);
  const names: string[] = [];
  const texts: string[] = [];
  walk(tree, names, texts);
  return { elements: new Set(names), text: texts.join('\n') };
}

const drawings: [string, string][] = [
  ['the metric chart inlined in a page', metricChartSvg(model, inlineLayout)],
  ['the metric chart file, with its credit', metricChartSvg(model, fileLayout, credit)],
  ['the share chart file, with its credit', shareChartSvg(share, credit)],
  [
    'the share card',
    shareCardSvg({
      lang: 'en',
      title: name,
      kicker: unit,
      facts: [{ label: name, value: `127 ${unit}` }],
      status: { status: 'on-track', text: unit },
      siteName: 'Site',
      siteHost: 'example.org',
    }),
  ],
];

describe.each(drawings)('%s, drawn from a hostile name and unit', (_label, svg) => {
  it('holds no element the content wrote, and reads back as the editor typed', () => {
    const { elements, text } = readBack(svg);
    for (const element of ['script', 'i', 'b']) expect(elements.has(element), `<${element}> in ${svg}`).toBe(false);
    expect(svg).not.toMatch(/<script|<i>|<\/text><script/);
    expect(text).toMatch(new RegExp([name, unit].map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  });
});

it('the hostile unit reaches the figure labels of the metric chart, so its escaping is tested', () => {
  const { text } = readBack(metricChartSvg(model, inlineLayout));
  expect(text).toContain(unit);
  expect(readBack(metricChartSvg(model, fileLayout, credit)).text).toContain(name);
});
