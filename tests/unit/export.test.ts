import { describe, expect, it } from 'vitest';
import { metrics, plan } from '../../src/lib/content';
import { figuresCsv, metricsCsv, metricsJson, toCsv } from '../../src/lib/export';
import { assess } from '../../src/lib/progress';

const assessmentOf = (metric: (typeof metrics)[number]) => assess(metric, plan.targetPeriod);
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n');

describe('CSV', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], [1, undefined]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows(csv)).toEqual(['a,b', '"x, y","say ""hi"""', '1,']);
  });

  it('keeps text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(rows(toCsv(['a', 'b', 'c', 'd'], [['=HYPERLINK("http://evil","x")', '+1+1', '@SUM(A1)', -3.2]]))[1]).toBe('"\'=HYPERLINK(""http://evil"",""x"")",\'+1+1,\'@SUM(A1),-3.2');
  });

  it('lists every metric once, with target and status', () => {
    const lines = rows(metricsCsv(metrics, assessmentOf));
    expect(lines).toHaveLength(20);
    expect(lines[1]).toMatch(/^sister-cities,exchange,国际友城和友好交流城市,International sister cities and friendly exchange cities,个,cities,level,129,reach,/);
    expect(lines[1]).toContain(',no-data,');
  });

  it('lists every published figure with its source', () => {
    const lines = rows(figuresCsv(metrics));
    expect(lines).toHaveLength(1 + metrics.reduce((sum, metric) => sum + metric.observations.length, 0));
    expect(lines.find((line) => line.startsWith('fortune-500,'))).toContain('2020-12-31,300,over,baseline');
  });
});

describe('JSON', () => {
  it('holds the metrics as published with their assessment', () => {
    const data = JSON.parse(metricsJson('2026-11-26', plan.targetPeriod, metrics, assessmentOf));
    expect(data.asOf).toBe('2026-11-26');
    expect(data.metrics).toHaveLength(19);
    expect(data.metrics[0]).toMatchObject({ id: 'sister-cities', target: { value: 129 }, assessment: { status: 'no-data' } });
  });
});
