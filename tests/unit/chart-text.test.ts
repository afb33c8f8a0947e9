/**
 * Chart text in the worst cases a chart may meet: two figures a month apart,
 * a 60-character name, 1.9 million with a bound, one figure, thirty. Every
 * text lies inside its drawing and clear of every other, measured in the
 * shipped font, in the inline chart (desktop and phone font), the chart file
 * with its credit line, the share chart and the share card, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { metrics, plan, site } from '../../src/lib/content/data';
import { metricChartModel } from '../../src/lib/charts/model';
import { shareChartModel } from '../../src/lib/charts/share-model';
import { shareChartSvg } from '../../src/lib/charts/share-svg';
import { fileLayout, inlineLayout, metricChartSvg, spreadApart } from '../../src/lib/charts/metric-svg';
import { useTranslations } from '../../src/lib/language/i18n';
import { chartCredit } from '../../src/lib/outputs/licence';
import type { Lang } from '../../src/lib/language/locale';
import { assess } from '../../src/lib/judging/progress';
import type { Metric, Observation } from '../../src/lib/content/schema/metrics';
import { shareCardSvg } from '../../src/lib/images/share-card';
import { svgTexts, textProblems } from '../support/chart-text';

const period = plan.targetPeriod;
const byId = (id: string) => metrics.find((metric) => metric.id === id)!;
const source = {
  title: { zh: '测试来源', en: 'Test source' },
  publisher: { zh: '测试发布者', en: 'Test publisher' },
  publishedOn: '2026-11-01',
  url: 'https://example.org/',
};
const figure = (
  date: string,
  value: number,
  kind: Observation['kind'] = 'baseline',
  extra: Partial<Observation> = {},
): Observation => ({
  date,
  value,
  bound: 'exact',
  kind,
  source,
  ...extra,
});
const longName = {
  zh: '武汉市国际交往中心建设重点任务中各类国际性会议展览赛事活动举办数量及其参与人数合计指标名称',
  en: 'International conferences, exhibitions and sports events held',
};
const worstCases: Record<string, Metric> = {
  'two figures a month apart': {
    ...byId('tianhe-intl-routes'),
    observations: [figure('2019-11-18', 63), figure('2019-12-18', 63), figure('2020-01-20', 62)],
  },
  'a 60-character name': {
    ...byId('sister-cities'),
    name: { zh: longName.zh.slice(0, 60), en: `${longName.en} in Wuhan each year`.slice(0, 60) },
    observations: [figure('2025-04-23', 125)],
  },
  '1.9 million with a bound': {
    ...byId('inbound-visitors'),
    observations: [
      figure('2017-12-31', 1_900_000, 'baseline', { bound: 'over', period: { from: '2017-01-01', to: '2017-12-31' } }),
      figure('2026-06-30', 1_900_000, 'progress', { bound: 'over' }),
    ],
  },
  'one figure': {
    ...byId('port-teu'),
    observations: [figure('2026-03-31', 1_000_000, 'progress', { period: { from: '2026-01-01', to: '2026-03-31' } })],
  },
  'thirty figures': {
    ...byId('rail-routes'),
    observations: [
      ...Array.from({ length: 22 }, (_, index) => figure(`${2004 + index}-12-31`, 10 + index * 2)),
      ...Array.from({ length: 8 }, (_, index) => figure(`2026-0${index + 1}-28`, 55 + index, 'progress')),
    ],
  },
};
const langs: Lang[] = ['zh', 'en'];
const credit = (lang: Lang) =>
  chartCredit({ lang, licence: site.licence, siteName: site.name[lang], siteUrl: 'https://report.wuhan.example' });
const modelOf = (metric: Metric, lang: Lang) =>
  metricChartModel(metric, { lang, t: useTranslations(lang), period, phases: plan.phases, asOf: '2026-11-26' });

describe('chart text in the worst cases', () => {
  for (const [name, metric] of Object.entries(worstCases)) {
    for (const lang of langs) {
      it(`fits and never overlaps: ${name} (${lang})`, () => {
        const inline = metricChartSvg(modelOf(metric, lang), inlineLayout);
        expect(textProblems(inline, { fontSize: inlineLayout.font })).toEqual([]);
        expect(textProblems(inline, { fontSize: inlineLayout.maxFont, hideMinor: true })).toEqual([]);
        expect(textProblems(metricChartSvg(modelOf(metric, lang), fileLayout, credit(lang)))).toEqual([]);
      });
    }
  }

  it('keeps both figures a month apart, one above the other, rather than writing one over the other', () => {
    const svg = metricChartSvg(modelOf(worstCases['two figures a month apart']!, 'en'), fileLayout, credit('en'));
    expect(svgTexts(svg).texts.filter((text) => text.text === '63 routes')).toHaveLength(2);
  });

  it('writes the credit line whole, wrapped, never breaking the licence name', () => {
    for (const lang of langs) {
      const { texts } = svgTexts(
        metricChartSvg(modelOf(worstCases['a 60-character name']!, lang), fileLayout, credit(lang)),
      );
      expect(texts.some((text) => text.text.endsWith(site.licence.name))).toBe(true);
      expect(
        texts
          .map((text) => text.text)
          .join(' ')
          .replace(/\s+/g, ''),
      ).toContain(credit(lang).replace(/\s+/g, ''));
    }
  });

  it('fits in share charts and share cards', () => {
    for (const lang of langs) {
      const t = useTranslations(lang);
      const rows = Object.values(worstCases);
      const model = shareChartModel(longName[lang], rows, (metric) => assess(metric, { period, asOf: '2026-11-26' }), {
        lang,
        t,
        asOf: '2026-11-26',
      });
      expect(textProblems(shareChartSvg(model, credit(lang)))).toEqual([]);
      const card = shareCardSvg({
        lang,
        title: `${longName[lang]}${longName[lang]}`,
        kicker: longName[lang],
        facts: [
          { label: t('charts.baseline'), value: 'over 1,900,000 visitor arrivals' },
          { label: t('charts.progress'), value: '1,900,000' },
        ],
        status: { status: 'no-data', text: t('status.no-data') },
        siteName: site.name[lang],
        siteHost: 'report.wuhan.example',
      });
      expect(textProblems(card)).toEqual([]);
    }
  });

  it('moves crowded phase symbols apart as little as needed', () => {
    expect(spreadApart([100, 104, 300], 20, 0, 400)).toEqual([100, 120, 300]);
    expect(spreadApart([395, 398], 20, 0, 400)).toEqual([370, 390]);
    expect(spreadApart([5, 6, 7], 20, 0, 400)).toEqual([10, 30, 50]);
  });

  it('finds a label moved onto another (the check can fail)', () => {
    const svg = metricChartSvg(modelOf(worstCases['two figures a month apart']!, 'en'), fileLayout, credit('en'));
    expect(textProblems(svg)).toEqual([]);
    const [first, second] = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"([^>]*)>63 routes</g)];
    const moved = svg.replace(
      first![0],
      `<text x="${second![1]}" y="${Number(second![2]) + 3}"${first![3]}>63 routes<`,
    );
    expect(moved).not.toBe(svg);
    expect(textProblems(moved).join('\n')).toMatch(/"63 routes" .* overlaps "63 routes"/);
    const cut = svg.replace(/<text x="12"([^>]*)>Figures checked/, '<text x="700"$1>Figures checked');
    expect(textProblems(cut).join('\n')).toMatch(/"Figures checked .*" .* is not inside/);
  });
});
