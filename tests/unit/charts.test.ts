import { describe, expect, it } from 'vitest';
import { metrics, plan } from '../../src/lib/content';
import { describeMetricChart, describeShareChart } from '../../src/lib/charts/describe';
import { metricChart, plottedObservations, tickLabel, timeTicks } from '../../src/lib/charts/metric-chart';
import { renderChart } from '../../src/lib/charts/render';
import { SHARE_AXIS_MAX, shareChart } from '../../src/lib/charts/share-chart';
import { wrapItems, wrapText } from '../../src/lib/charts/text';
import { useTranslations } from '../../src/lib/i18n';
import { assess, type Assessment } from '../../src/lib/progress';
import type { Metric } from '../../src/lib/schema/metrics';

const period = plan.targetPeriod;
const byId = (id: string) => metrics.find((metric) => metric.id === id)!;
const chartOf = (metric: Metric, lang: 'zh' | 'en' = 'en', size: 'wide' | 'narrow' = 'wide') =>
  metricChart({ metric, lang, t: useTranslations(lang), period, phases: plan.phases, asOf: '2026-11-26', size });
const datasets = (metric: Metric) => chartOf(metric).config.data.datasets as { label: string; data: { x: number; y: number }[]; pointStyle: unknown }[];
const withProgress = (metric: Metric, value: number, date = '2026-06-30'): Metric => ({
  ...metric,
  observations: [...metric.observations, { date, value, bound: 'exact', kind: 'progress', source: { title: { zh: '测试来源', en: 'Test source' }, publisher: { zh: '测试', en: 'Test' }, url: 'https://example.org/', publishedOn: date } }],
});

describe('metric charts', () => {
  it('draw the target as a line across the plan year at the target value', () => {
    const [target] = datasets(byId('sister-cities'));
    expect(target!.data.map((point) => point.y)).toEqual([129, 129]);
    expect(target!.data[0]!.x).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(target!.label).toBe('Target: 129 cities');
  });

  it('plot a published figure where it was published, and nothing where none was', () => {
    const [, baseline, progress] = datasets(byId('sister-cities'));
    expect(baseline!.data).toMatchObject([{ x: Date.parse('2025-04-22T00:00:00Z'), y: 125 }]);
    expect(progress!.data).toEqual([]);
    const [, , updated] = datasets(withProgress(byId('sister-cities'), 127));
    expect(updated!.data).toMatchObject([{ y: 127 }]);
  });

  it('leave out a level from before the plan when the target counts new items from zero', () => {
    expect(plottedObservations(byId('new-foreign-firms'))).toEqual([]);
    expect(plottedObservations(byId('inbound-visitors'))).toHaveLength(1);
  });

  it('mark a lower bound with its own point style', () => {
    const [, baseline] = datasets(byId('fortune-500'));
    expect(baseline!.pointStyle).toEqual(['triangle']);
  });

  it('title the chart in the reader language', () => {
    const title = (lang: 'zh' | 'en') => (chartOf(byId('port-teu'), lang).config.options!.plugins!.title!.text as string[]).join('');
    expect(title('zh')).toBe('武汉港集装箱吞吐量');
    expect(title('en')).toBe('Container throughput of the Port of Wuhan');
  });

  it('tick the time axis by year, or by quarter over a short span', () => {
    const min = Date.UTC(2026, 0, 1);
    const max = Date.UTC(2027, 0, 1);
    expect(timeTicks(min, max).map((tick) => tickLabel(tick, 'zh'))).toEqual(['2026年', '4月', '7月', '10月', '2027年']);
    expect(timeTicks(min, max).map((tick) => tickLabel(tick, 'en'))).toEqual(['2026', 'Apr', 'Jul', 'Oct', '2027']);
    expect(timeTicks(Date.UTC(2024, 0, 1), max)).toHaveLength(4);
  });
});

describe('share charts', () => {
  const t = useTranslations('en');
  const group = metrics.slice(0, 3);
  const assessments: Assessment[] = [
    { status: 'achieved', share: 1.6, lowerBound: false, final: true, threshold: 1 },
    { status: 'no-data', lowerBound: false, final: false, threshold: 1 },
    { status: 'behind', share: 0.2, lowerBound: false, final: false, threshold: 1 },
  ];
  const spec = shareChart({ title: 'Test', metrics: group, assessments, lang: 'en', t, asOf: '2026-11-26', size: 'wide' });
  const [bars] = spec.config.data.datasets as { data: (number | null)[]; backgroundColor: string[] }[];

  it('never draw a metric without a figure as zero', () => {
    expect(bars!.data).toEqual([SHARE_AXIS_MAX, null, 20]);
  });

  it('colour bars by status, which is also written out', () => {
    expect(new Set(bars!.backgroundColor).size).toBe(3);
    expect(describeShareChart('Test', assessments, t)).toBe('Bar chart: Test. Of 3 targets, 1 achieved, 0 on track, 1 behind, and 1 with no published figure yet.');
  });

  it('grow with the number of rows', () => {
    const taller = shareChart({ title: 'All', metrics, assessments: metrics.map((metric) => assess(metric, period)), lang: 'en', t, asOf: '2026-11-26', size: 'wide' });
    expect(taller.height).toBeGreaterThan(spec.height);
  });
});

describe('text alternatives', () => {
  it('say what the chart shows in both languages', () => {
    const metric = byId('sister-cities');
    expect(describeMetricChart(metric, assess(metric, period), period, 'zh', useTranslations('zh'))).toBe(
      '折线图：国际友城和友好交流城市。目标为129个。方案发布前的数字为125个（2025年4月22日）。2026年尚无公开数字。状态：尚无2026年数字。',
    );
    const updated = withProgress(metric, 127);
    expect(describeMetricChart(updated, assess(updated, period), period, 'en', useTranslations('en'))).toBe(
      'Line chart: International sister cities and friendly exchange cities. The target is 129 cities. The figure before the plan was 125 cities (April 22, 2025). The latest figure is 127 cities (June 30, 2026), 50% of the target. Status: On track.',
    );
  });
});

describe('text wrapping for charts', () => {
  it('wraps English by words and Chinese by characters', () => {
    expect(wrapText('International sister cities and friendly exchange cities', 20, 'en')).toEqual(['International sister', 'cities and friendly', 'exchange cities']);
    expect(wrapText('国际友城和友好交流城市', 5, 'zh')).toEqual(['国际友城和', '友好交流城', '市']);
  });

  it('never breaks an item', () => {
    expect(wrapItems(['阶段：', '①动员部署阶段', '②办理落实阶段', '③总结汇报阶段'], 16, ' ')).toEqual(['阶段： ①动员部署阶段', '②办理落实阶段 ③总结汇报阶段']);
  });
});

describe('drawing', () => {
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it('draws a PNG at twice the chart size', () => {
    const spec = chartOf(byId('rail-trains'), 'zh');
    const png = renderChart(spec, 'png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: spec.width * 2, height: spec.height * 2 });
  });

  it('draws an SVG with its text as outlines, independent of the reader fonts', () => {
    const svg = renderChart(chartOf(byId('rail-trains'), 'en'), 'svg').toString();
    expect(svg).toContain('<svg');
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path/g)!.length).toBeGreaterThan(100);
  });

  it('draws a changed figure differently', () => {
    const before = renderChart(chartOf(byId('sister-cities')), 'png');
    const after = renderChart(chartOf(withProgress(byId('sister-cities'), 127)), 'png');
    expect(after.equals(before)).toBe(false);
    expect(renderChart(chartOf(byId('sister-cities')), 'png').equals(before)).toBe(true);
  });
});
