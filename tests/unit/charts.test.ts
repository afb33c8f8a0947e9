import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metrics, plan } from '../../src/lib/content/data';
import { describeMetricChart } from '../../src/lib/charts/text-alternative';
import { lineConfig } from '../../src/lib/charts/chartjs-config';
import {
  metricChartModel,
  niceTicks,
  plottedObservations,
  tickLabel,
  timeTicks,
  type MetricChartModel,
} from '../../src/lib/charts/model';
import { markers } from '../../src/lib/charts/palette';
import { chartStats, requestChartPng, svgToPng, writeChartPngs } from '../../src/lib/images/chart-png';
import { shareChartModel } from '../../src/lib/charts/share-model';
import { shareChartSvg } from '../../src/lib/charts/share-svg';
import { fileLayout, inlineLayout, metricChartSvg, plotGeometry } from '../../src/lib/charts/metric-svg';
import { wrapItems, wrapText } from '../../src/lib/charts/label-fit';
import { measuredWidth as textWidth, wrapMeasured } from '../../src/lib/charts/measure';
import { escapeXml } from '../../src/lib/outputs/xml';
import { time } from '../../src/lib/judging/dates';
import { useTranslations } from '../../src/lib/language/i18n';
import { assess, type Assessment } from '../../src/lib/judging/progress';
import type { Measure, Metric, Observation } from '../../src/lib/content/schema/metrics';
import { statusColour } from '../../src/lib/judging/status';

const period = plan.targetPeriod;
const judging = { period, asOf: '2026-11-26' };
const byId = (id: string) => metrics.find((metric) => metric.id === id)!;
const modelOf = (metric: Metric, lang: 'zh' | 'en' = 'en') =>
  metricChartModel(metric, { lang, t: useTranslations(lang), period, phases: plan.phases, asOf: '2026-11-26' });
const source = {
  title: { zh: '测试来源', en: 'Test source' },
  publisher: { zh: '测试发布者', en: 'Test publisher' },
  publishedOn: '2026-11-01',
  url: 'https://example.org/',
};
const withObservation = (
  metric: Metric,
  observation: Partial<Observation> & Pick<Observation, 'date' | 'value'>,
): Metric => ({
  ...metric,
  observations: [...metric.observations, { bound: 'exact', kind: 'progress', source, ...observation }],
});
const withProgress = (metric: Metric, value: number, date = '2026-06-30') => withObservation(metric, { date, value });
/** A metric of the content with figures of the test's own, so the tests do not change when editors add or withdraw figures. */
const fixture = (id: string, observations: Observation[]): Metric => ({ ...byId(id), observations });
const sisterCities = fixture('sister-cities', [
  { date: '2025-04-23', value: 125, bound: 'exact', kind: 'baseline', source },
]);
const railTrains = fixture('rail-trains', [
  {
    date: '2024-12-31',
    period: { from: '2024-01-01', to: '2024-12-31' },
    value: 1000,
    bound: 'over',
    kind: 'baseline',
    source,
  },
]);
const tradeGrowth = fixture('foreign-trade-growth', [
  {
    date: '2025-08-31',
    period: { from: '2025-01-01', to: '2025-08-31' },
    value: 17.1,
    bound: 'exact',
    kind: 'baseline',
    source,
  },
]);
const taxRefundStores = fixture('tax-refund-stores', [
  { date: '2025-07-01', value: 33, bound: 'exact', kind: 'baseline', source },
]);
const altOf = (metric: Metric, lang: 'zh' | 'en') =>
  describeMetricChart(metric, modelOf(metric, lang), assess(metric, judging), useTranslations(lang));

/** Every mark an SVG draws for a figure, as [x, y] centres. */
function svgMarks(svg: string): [number, number][] {
  const marks: [number, number][] = [];
  for (const match of svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g))
    marks.push([Number(match[1]), Number(match[2])]);
  for (const match of svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="12" height="12"/g))
    marks.push([Number(match[1]) + 6, Number(match[2]) + 6]);
  for (const match of svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l8 (?:13h-16|8-8 8-8-8)z"/g))
    marks.push([Number(match[1]), Number(match[2]) + 8]);
  return marks.sort((a, b) => a[0] - b[0]);
}

/** The figures a model holds, as the static SVG draws them and as the browser chart plots them. */
function drawnBoth(model: MetricChartModel) {
  const geometry = plotGeometry(model, inlineLayout);
  const expected = model.figures
    .map((figure): [number, number] => [geometry.x(figure.x), geometry.y(figure.value)])
    .sort((a, b) => a[0] - b[0]);
  const config = lineConfig(model);
  const browser = [config.data.datasets[1]!, config.data.datasets[2]!].flatMap((dataset) =>
    dataset.data.map((point) => [point.x, point.y]),
  );
  return {
    svg: svgMarks(metricChartSvg(model)),
    expected,
    browser,
    model: model.figures.map((figure) => [figure.x, figure.value]),
  };
}

describe('the metric chart model', () => {
  it('draws the target as a line across the plan year at the target value', () => {
    const model = modelOf(sisterCities);
    expect(model.target).toMatchObject({
      value: 129,
      from: time('2026-01-01'),
      to: time('2027-01-01'),
      legend: 'Target: 129 cities',
    });
    expect(lineConfig(model).data.datasets[0]!.data.map((point) => point.y)).toEqual([129, 129]);
  });

  it('plots a published figure where it was published, and nothing where none was', () => {
    expect(modelOf(sisterCities).figures).toMatchObject([
      { kind: 'baseline', x: time('2025-04-23'), value: 125, marker: markers.baseline },
    ]);
    expect(
      modelOf(withProgress(sisterCities, 127)).figures.filter((figure) => figure.kind === 'progress'),
    ).toMatchObject([{ value: 127, label: '127 cities' }]);
    expect(modelOf(byId('port-teu')).figures).toEqual([]);
    expect(modelOf(byId('port-teu')).noFigure).toBe('No figure published for 2026 yet');
  });

  it('leaves out a level from before the plan when the target counts new items from zero', () => {
    expect(plottedObservations(taxRefundStores)).toEqual([]);
    expect(plottedObservations(railTrains)).toHaveLength(1);
  });

  it('marks a lower bound with its own marker', () => {
    expect(modelOf(railTrains).figures.map((figure) => figure.marker)).toEqual([markers.lowerBound]);
  });

  it('titles the chart in the reader language', () => {
    expect(modelOf(byId('port-teu'), 'zh').title).toBe('武汉港集装箱吞吐量');
    expect(modelOf(byId('port-teu'), 'en').title).toBe('Container throughput of the Port of Wuhan');
  });

  it('is plain data: what the explorer fetches as JSON is the model itself', () => {
    const model = modelOf(railTrains, 'zh');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('ticks the time axis by year, or by quarter over a short span', () => {
    const min = Date.UTC(2026, 0, 1);
    const max = Date.UTC(2027, 0, 1);
    expect(timeTicks(min, max).map((tick) => tickLabel(tick, 'zh'))).toEqual([
      '2026年',
      '4月',
      '7月',
      '10月',
      '2027年',
    ]);
    expect(timeTicks(min, max).map((tick) => tickLabel(tick, 'en'))).toEqual(['2026', 'Apr', 'Jul', 'Oct', '2027']);
    expect(timeTicks(Date.UTC(2024, 0, 1), max)).toHaveLength(4);
    expect(
      modelOf(byId('port-teu'))
        .x.ticks.filter((tick) => tick.minor)
        .map((tick) => tick.label),
    ).toEqual(['Apr', 'Jul', 'Oct']);
  });

  it('ticks the value axis in round steps above every value', () => {
    expect(niceTicks(1300 * 1.18)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(2_360_000)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]);
    expect(niceTicks(20.178)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(modelOf(tradeGrowth).y.ticks.at(-1)!.label).toBe('25%');
  });
});

describe('a figure that covers a period', () => {
  const measures: Measure[] = ['level', 'new', 'annual', 'cumulative', 'growth-rate'];
  const spans = [
    { from: '2024-01-01', to: '2024-12-31', kind: 'baseline' },
    { from: '2025-01-01', to: '2025-08-31', kind: 'baseline' },
    { from: '2026-01-01', to: '2026-06-30', kind: 'progress' },
    { from: '2026-01-01', to: '2026-12-31', kind: 'progress' },
  ] as const;
  it.each(measures)('is never drawn at a date outside its period (%s)', (measure) => {
    let metric: Metric = { ...railTrains, measure, observations: [] };
    for (const span of spans)
      metric = withObservation(metric, {
        date: span.to,
        value: 500,
        kind: span.kind,
        period: { from: span.from, to: span.to },
      });
    const model = modelOf(metric);
    const periodFigures = model.figures.filter((figure) => figure.period);
    expect(periodFigures.length).toBe(measure === 'new' ? 2 : 4);
    for (const figure of periodFigures) {
      const start = time(figure.period!.from);
      const end = time(figure.period!.to) + 86_400_000;
      expect(figure.x).toBeGreaterThan(start);
      expect(figure.x).toBeLessThan(end);
      expect(figure.span).toEqual({ from: start, to: end });
      // In the middle of its period, not at its last day (which sits on the next year's gridline).
      expect(figure.x).toBe((start + end) / 2);
      // A full year's figure stands inside its year, not on the next year's gridline.
      expect(model.x.ticks.map((tick) => tick.value)).not.toContain(figure.x);
    }
    const both = drawnBoth(model);
    expect(both.svg).toEqual(both.expected);
    expect(both.browser).toEqual(both.model);
  });

  it('is labelled with its period', () => {
    const figure = modelOf(railTrains, 'zh').figures[0]!;
    expect(figure.periodLabel).toBe('2024年');
    expect(figure.x).toBe((time('2024-01-01') + time('2025-01-01')) / 2);
    expect(modelOf(tradeGrowth, 'en').figures[0]!.periodLabel).toBe('Jan–Aug 2025');
    expect(metricChartSvg(modelOf(railTrains, 'en'))).toContain('>2024</text>');
  });
});

describe('static and browser charts', () => {
  it.each(metrics.map((metric) => metric.id))('draw the same figures from the model (%s)', (id) => {
    for (const metric of [byId(id), withProgress(withProgress(byId(id), 1, '2026-03-31'), 2, '2026-09-30')]) {
      const both = drawnBoth(modelOf(metric, 'zh'));
      expect(both.svg).toEqual(both.expected);
      expect(both.browser).toEqual(both.model);
    }
  });

  describe('the baseline marker', () => {
    const original = markers.baseline;
    afterEach(() => {
      (markers as { baseline: string }).baseline = original;
    });
    it('is set in one place for the static chart, the browser chart and the text alternative', () => {
      const metric = sisterCities;
      expect(altOf(metric, 'en')).toContain('marks it with a square');
      (markers as { baseline: string }).baseline = 'rectRot';
      const model = modelOf(metric);
      expect(metricChartSvg(model)).toMatch(/<path d="M[\d.]+ [\d.]+l8 8-8 8-8-8z"/);
      expect(metricChartSvg(model)).not.toMatch(/width="12" height="12"/);
      expect(lineConfig(model).data.datasets[1]!.pointStyle).toEqual(['rectRot']);
      expect(altOf(metric, 'en')).toContain('marks it with a diamond');
      expect(altOf(metric, 'zh')).toContain('图中以菱形标示');
    });
  });
});

describe('the static SVG', () => {
  const svg = metricChartSvg(modelOf(railTrains, 'zh'));
  it('writes its text as text in the page fonts, sized by its viewBox', () => {
    expect(svg).toContain('>超过1000列</text>');
    expect(svg).toContain('>目标1300列</text>');
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/font-family|width="\d+" height="\d+" font/);
    expect(svg).not.toContain('style=');
  });

  it('says where no figure has been published, in the plan year, never as a zero', () => {
    expect(svg).toContain('2026年尚无');
    expect(svgMarks(svg)).toHaveLength(1);
  });

  it('escapes text', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });

  describe('over ten years of figures (a starting point in 2017)', () => {
    const longSpan = metricChartSvg(
      modelOf(
        fixture('inbound-visitors', [
          {
            date: '2017-12-31',
            period: { from: '2017-01-01', to: '2017-12-31' },
            value: 2_500_000,
            bound: 'exact',
            kind: 'baseline',
            source,
          },
        ]),
      ),
    );
    const yearLabels = [
      ...longSpan.matchAll(
        /<text x="([\d.]+)" y="[\d.]+" dy="0.9em" text-anchor="(start|middle|end)"( class="minor")?>(\d{4})<\/text>/g,
      ),
    ].map(([, x, anchor, minor, label]) => ({
      x: Number(x),
      anchor,
      minor: Boolean(minor),
      label: label!,
    }));
    /** The gaps between neighbouring labels, with each label as wide as it is at `size`. */
    const gaps = (labels: typeof yearLabels, size: number) =>
      labels.slice(1).map((label, index) => {
        const span = ({ x, anchor, label: text }: (typeof yearLabels)[number]) => {
          const width = textWidth(text, size);
          return anchor === 'start'
            ? [x, x + width]
            : anchor === 'end'
              ? [x - width, x]
              : [x - width / 2, x + width / 2];
        };
        return span(label)[0]! - span(labels[index]!)[1]!;
      });

    it('writes year labels that never run into each other, at the page font and at the phone font', () => {
      expect(yearLabels.length).toBeGreaterThanOrEqual(5);
      expect(Math.min(...gaps(yearLabels, inlineLayout.font))).toBeGreaterThan(0);
      expect(
        Math.min(
          ...gaps(
            yearLabels.filter((label) => !label.minor),
            inlineLayout.maxFont,
          ),
        ),
      ).toBeGreaterThan(0);
      expect(yearLabels.filter((label) => !label.minor).length).toBeGreaterThanOrEqual(3);
    });

    it('says that no figure has been published in lines no wider than half the plot, though the plan year is narrower', () => {
      const lines = [...longSpan.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]!);
      expect(lines.join(' ')).toBe('No figure published for 2026 yet');
      const { left, right } = plotGeometry(modelOf(byId('inbound-visitors')), inlineLayout);
      for (const line of lines) expect(textWidth(line, inlineLayout.maxFont)).toBeLessThanOrEqual((right - left) / 2);
      expect(lines.length).toBeLessThanOrEqual(3);
    });
  });
});

describe('share charts', () => {
  const t = useTranslations('en');
  const group = [sisterCities, byId('port-teu'), byId('rail-routes'), taxRefundStores];
  const assessments: Assessment[] = [
    { status: 'achieved', share: 1.6, ended: false, lowerBound: false, final: true, threshold: 1 },
    { status: 'no-data', ended: false, lowerBound: false, final: false, threshold: 1 },
    { status: 'behind', share: 0.2, ended: false, lowerBound: false, final: false, threshold: 1 },
    { status: 'no-data', ended: false, lowerBound: false, final: false, threshold: 1 },
  ];
  const model = shareChartModel('Test', group, (metric) => assessments[group.indexOf(metric)]!, {
    lang: 'en',
    t,
    asOf: '2026-11-26',
  });

  it('never draw a metric without a figure as zero, and show its starting point where there is one', () => {
    expect(model.rows.map((row) => row.bar)).toEqual([120, undefined, 20, undefined]);
    expect(model.rows[1]!.start).toBeUndefined();
    expect(model.rows[3]!.start).toBeUndefined(); // a "new" target counts from zero: a level before the plan is no start
    const empty = shareChartModel('Test', [sisterCities], (metric) => assess(metric, judging), {
      lang: 'en',
      t,
      asOf: '2026-11-26',
    });
    expect(empty.rows[0]!.start).toEqual({
      bar: (125 / 129) * 100,
      text: 'Before the plan: 125 cities (April 23, 2025), 96% of the target',
    });
  });

  it('colour bars by status, which is also written out', () => {
    expect(model.rows.map((row) => row.colour)).toEqual(
      (['achieved', 'no-data', 'behind', 'no-data'] as const).map((status) => statusColour[status]),
    );
    expect(model.rows.map((row) => row.text)).toEqual([
      '160% ✓ Achieved',
      '– No 2026 figure yet',
      '20% ! Behind',
      '– No 2026 figure yet',
    ]);
  });

  it('download as an SVG with text that grows with the number of rows', () => {
    const svg = shareChartSvg(model);
    expect(svg).toContain('>160% ✓ Achieved</text>');
    const height = (text: string) => Number(text.match(/height="(\d+)"/)![1]);
    const all = shareChartModel('All', metrics, (metric) => assess(metric, judging), {
      lang: 'en',
      t,
      asOf: '2026-11-26',
    });
    expect(height(shareChartSvg(all))).toBeGreaterThan(height(svg));
  });
});

describe('text alternatives', () => {
  it('say what the chart shows in both languages, from the model', () => {
    const metric = sisterCities;
    expect(altOf(metric, 'zh')).toBe(
      '折线图：国际友城和友好交流城市。目标为129个。方案发布前的数字：125个（2025年4月23日）。图中以方块标示。状态：尚无2026年数字。',
    );
    expect(altOf(withProgress(metric, 127), 'en')).toBe(
      'Line chart: International sister cities and friendly exchange cities. The target is 129 cities. The figure before the plan was 125 cities (April 23, 2025). The chart marks it with a square. The latest figure is 127 cities (June 30, 2026), 50% of the target. Status: On track.',
    );
    expect(altOf(railTrains, 'en')).toContain('over 1,000 trains (2024). The chart marks it with a triangle.');
  });
});

describe('text wrapping for charts', () => {
  it('wraps English by words and Chinese by characters', () => {
    expect(wrapText('International sister cities and friendly exchange cities', 20, 'en')).toEqual([
      'International sister',
      'cities and friendly',
      'exchange cities',
    ]);
    expect(wrapText('国际友城和友好交流城市', 5, 'zh')).toEqual(['国际友城和', '友好交流城', '市']);
    expect(wrapMeasured('国际友城和友好交流城市', 70, 14)).toEqual(['国际友城和', '友好交流城', '市']);
    expect(wrapMeasured('No figure published for 2026 yet', 120, 14)).toEqual([
      'No figure',
      'published for',
      '2026 yet',
    ]);
  });

  it('never breaks an item', () => {
    expect(wrapItems(['阶段：', '①动员部署阶段', '②办理落实阶段', '③总结汇报阶段'], 16, ' ')).toEqual([
      '阶段： ①动员部署阶段',
      '②办理落实阶段 ③总结汇报阶段',
    ]);
  });
});

describe('chart files', () => {
  const file = metricChartSvg(modelOf(railTrains, 'en'), fileLayout);
  const png = (buffer: Buffer) => ({
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    colourType: buffer[25],
    transparency: buffer.includes('tRNS'),
  });

  it('download as SVG with text, the font named with system fallbacks, at a small fraction of outlined text', () => {
    expect(file).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(file).toMatch(/font-family="'Noto Sans SC', [^"]*sans-serif"/);
    expect(file).toContain('>China-Europe Railway Express (Wuhan) trains per year</text>');
    expect(file).toContain('Figures checked November 26, 2026');
    expect(file.length).toBeLessThan((195 * 1024) / 4);
  });

  it('download as opaque palette PNGs at 1× and 2×', async () => {
    const one = png(await svgToPng(file, 1));
    const two = png(await svgToPng(file, 2));
    expect(one).toEqual({ width: fileLayout.width, height: fileLayout.height, colourType: 3, transparency: false });
    expect(two).toMatchObject({
      width: fileLayout.width * 2,
      height: fileLayout.height * 2,
      colourType: 3,
      transparency: false,
    });
  });

  it('are drawn once: the same SVG comes from the cache, a changed one is drawn anew', async () => {
    const before = await svgToPng(file, 1);
    const reused = chartStats().reused;
    expect((await svgToPng(file, 1)).equals(before)).toBe(true);
    expect(chartStats().reused).toBe(reused + 1);
    const changed = metricChartSvg(modelOf(withProgress(railTrains, 700), 'en'), fileLayout);
    expect((await svgToPng(changed, 1)).equals(before)).toBe(false);
  });

  it('are asked for during a build, written when it ends, and refused when two requests bring different drawings', async () => {
    const out = mkdtempSync(join(tmpdir(), 'chart-pngs-'));
    try {
      requestChartPng('/en/charts/rail@2x.png', file, 2);
      requestChartPng('/en/charts/rail@2x.png', file, 2);
      const changed = metricChartSvg(modelOf(withProgress(railTrains, 700), 'en'), fileLayout);
      expect(() => requestChartPng('/en/charts/rail@2x.png', changed, 2)).toThrow(
        /\/en\/charts\/rail@2x\.png.*different drawings/,
      );
      await writeChartPngs(out);
      expect(png(readFileSync(join(out, 'en/charts/rail@2x.png')))).toMatchObject({
        width: fileLayout.width * 2,
        colourType: 3,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
