import { describe, expect, it } from 'vitest';
import { interactiveChartData } from '../../src/lib/charts/interactive-data';
import { metrics, plan } from '../../src/lib/content';
import { useTranslations } from '../../src/lib/i18n';

const byId = (id: string) => metrics.find((metric) => metric.id === id)!;

describe('interactive chart data', () => {
  it('labels every point with figure, date, note and source in the reader language', () => {
    const data = interactiveChartData(byId('fortune-500'), 'zh', plan.targetPeriod, useTranslations('zh'));
    expect(data.series[0]!.points).toEqual([
      { x: Date.parse('2020-12-31T00:00:00Z'), y: 300, lowerBound: true, label: ['超过300家', '2020年12月31日', expect.stringContaining('2020年底'), expect.stringMatching(/^(数据)?来源：/)] },
    ]);
    expect(data.target).toMatchObject({ value: 312, label: expect.stringContaining('312家') });
    expect(data.x.ticks.map((tick) => tick.label)).toEqual(['2020年', '2021年', '2022年', '2023年', '2024年', '2025年', '2026年', '2027年']);
  });

  it('holds the same figures as the static chart, and none where none was published', () => {
    const data = interactiveChartData(byId('port-teu'), 'en', plan.targetPeriod, useTranslations('en'));
    expect(data.series.flatMap((series) => series.points)).toEqual([]);
    expect(data.target.label).toBe('Target: 2 million TEU');
    expect(data.target.from).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(data.noFigure).toBe('No figure published for 2026 yet');
  });
});
