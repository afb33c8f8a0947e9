import { describe, expect, it } from 'vitest';
import { metrics, plan, site } from '../../src/lib/content';
import { figuresCsv, metricsCsv, metricsJson, noFigureNote, toCsv } from '../../src/lib/export';
import { assess } from '../../src/lib/progress';

const assessmentOf = (metric: (typeof metrics)[number]) => assess(metric, plan.targetPeriod);
const terms = { licence: site.licence, siteUrl: 'https://report.example.gov.cn/' };
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('CSV', () => {
  it('starts with a byte-order mark and quotes what needs quoting', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [1, undefined],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows(csv)).toEqual(['a,b', '"x, y","say ""hi"""', '1,']);
  });

  it('keeps text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(rows(toCsv(['a', 'b', 'c', 'd'], [['=HYPERLINK("http://evil","x")', '+1+1', '@SUM(A1)', -3.2]]))[1]).toBe(
      '"\'=HYPERLINK(""http://evil"",""x"")",\'+1+1,\'@SUM(A1),-3.2',
    );
  });

  it('lists every metric once, with target and status', () => {
    const lines = rows(metricsCsv(metrics, assessmentOf, terms));
    expect(lines).toHaveLength(20);
    expect(lines[1]).toMatch(/^sister-cities,exchange,国际友城和友好交流城市,International sister cities and friendly exchange cities,个,cities,level,129,reach,/);
    expect(lines[1]).toContain(',no-data,');
  });

  it('lists every published figure with its source', () => {
    const lines = rows(figuresCsv(metrics, terms));
    expect(lines).toHaveLength(1 + metrics.reduce((sum, metric) => sum + metric.observations.length, 0));
    expect(lines.find((line) => line.startsWith('fortune-500,'))).toContain('2020-12-31,300,over,baseline');
  });

  it("carries each figure's metric name, unit and target in both languages, and the licence", () => {
    const [header, ...lines] = rows(
      figuresCsv(
        metrics.filter((metric) => metric.id === 'sister-cities'),
        terms,
      ),
    );
    expect(header).toBe(
      'metric,metric_name_zh,metric_name_en,unit_zh,unit_en,target,target_comparison,target_zh,target_en,date,value,bound,kind,note_zh,note_en,source_zh,source_en,publisher_zh,publisher_en,source_url,licence,licence_url',
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^sister-cities,国际友城和友好交流城市,International sister cities and friendly exchange cities,个,cities,129,reach,129个,129 cities,/);
      expect(line).toMatch(/,CC BY 4\.0 \(CC-BY-4\.0\),https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
    }
  });

  it('gives a metric without figures a row that says so, not a bare header', () => {
    const empty = { ...metrics[0]!, observations: [] };
    const lines = rows(figuresCsv([empty], terms, { emptyRow: true }));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(noFigureNote.zh);
    expect(lines[1]).toContain(noFigureNote.en);
    expect(lines[1]).toContain(`,${empty.name.en},`);
    // In the file of all figures, a metric without any adds no row.
    expect(rows(figuresCsv([empty], terms))).toHaveLength(1);
  });

  it('names the licence on every row of the metrics file', () => {
    const [header, ...lines] = rows(metricsCsv(metrics, assessmentOf, terms));
    expect(header?.endsWith(',licence,licence_url')).toBe(true);
    for (const line of lines) expect(line.endsWith(',CC BY 4.0 (CC-BY-4.0),https://creativecommons.org/licenses/by/4.0/')).toBe(true);
  });
});

describe('JSON', () => {
  it('holds the metrics as published with their assessment', () => {
    const data = JSON.parse(metricsJson('2026-11-26', plan.targetPeriod, metrics, assessmentOf, terms));
    expect(data.asOf).toBe('2026-11-26');
    expect(data).toMatchObject({ licence: 'CC BY 4.0 (CC-BY-4.0)', licence_url: 'https://creativecommons.org/licenses/by/4.0/', site: 'https://report.example.gov.cn/' });
    expect(data.metrics).toHaveLength(19);
    expect(data.metrics[0]).toMatchObject({ id: 'sister-cities', target: { value: 129 }, assessment: { status: 'no-data' } });
  });
});
