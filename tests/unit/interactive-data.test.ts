/** The browser chart's configuration, read from the chart model: tooltips, axes and target as the static chart has them. */
import { describe, expect, it } from 'vitest';
import { lineConfig, type LinePoint } from '../../src/lib/charts/chartjs-config';
import { metricChartModel } from '../../src/lib/charts/model';
import { metrics, plan } from '../../src/lib/content/data';
import { useTranslations } from '../../src/lib/language/i18n';
import type { Metric } from '../../src/lib/content/schema/metrics';

const byId = (id: string) => metrics.find((metric) => metric.id === id)!;
const modelOf = (id: string, lang: 'zh' | 'en', metric: Metric = byId(id)) =>
  metricChartModel(metric, {
    lang,
    t: useTranslations(lang),
    period: plan.targetPeriod,
    phases: plan.phases,
    asOf: '2026-11-26',
  });
/** The trains metric with a test figure of its own (a 2024 total published as "over 1,000"), so the test does not follow editors' changes. */
const railTrains: Metric = {
  ...byId('rail-trains'),
  observations: [
    {
      date: '2024-12-31',
      period: { from: '2024-01-01', to: '2024-12-31' },
      value: 1000,
      bound: 'over',
      kind: 'baseline',
      note: { zh: '2024年全年。', en: 'Full year 2024.' },
      source: {
        title: { zh: '测试来源', en: 'Test source' },
        publisher: { zh: '测试发布者', en: 'Test publisher' },
        publishedOn: '2025-01-15',
        url: 'https://example.org/',
      },
    },
  ],
};

describe('the interactive chart', () => {
  it('labels every point with figure, period, note and source in the reader language', () => {
    const config = lineConfig(modelOf('rail-trains', 'zh', railTrains));
    const [, baseline] = config.data.datasets as { data: LinePoint[]; pointStyle: unknown }[];
    expect(baseline!.data).toEqual([
      {
        x: (Date.parse('2024-01-01T00:00:00Z') + Date.parse('2025-01-01T00:00:00Z')) / 2,
        y: 1000,
        label: ['超过1000列', '2024年', expect.stringContaining('2024年全年'), expect.stringMatching(/^(数据)?来源：/)],
      },
    ]);
    expect(baseline!.pointStyle).toEqual(['triangle']);
    expect(config.data.datasets[0]!.label).toContain('1300列');
    const scales = config.options!.scales as { x: { min: number; max: number }; y: { max: number } };
    expect(scales.x.min).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(scales.y.max).toBe(2000);
  });

  it('holds the same figures as the static chart, and none where none was published', () => {
    const model = modelOf('port-teu', 'en');
    const config = lineConfig(model);
    expect(config.data.datasets.slice(1).flatMap((dataset) => dataset.data)).toEqual([]);
    expect(config.data.datasets[0]!.label).toBe('Target: 2 million TEU');
    expect(config.data.datasets[0]!.data[0]!.x).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(model.noFigure).toBe('No figure published for 2026 yet');
  });

  it("leaves the key to the figure's own, so the lines are not named twice, and hides what lies under a tooltip", () => {
    const { plugins } = lineConfig(modelOf('sister-cities', 'en')).options!;
    expect(plugins?.legend).toEqual({ display: false });
    // A colour without transparency: six hex digits, no alpha.
    expect(plugins?.tooltip?.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("draws the plan's phases behind the figures, as the static chart does", () => {
    const model = modelOf('port-teu', 'en');
    expect(model.phases.map((phase) => phase.symbol)).toEqual(['①', '②', '③']);
    expect(lineConfig(model).plugins?.map((plugin) => plugin.id)).toEqual(['phaseBands', 'noFigure']);
  });
});
