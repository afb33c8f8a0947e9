import { describe, expect, it } from 'vitest';
import { metrics, metricsFile, plan, site } from '../../src/lib/content/data';
import { figuresCsv, metricsCsv, metricsJson, noFigureNote, toCsv } from '../../src/lib/outputs/download-formats';
import { assess } from '../../src/lib/judging/progress';

const judging = { period: plan.targetPeriod, asOf: metricsFile.asOf };
const assessmentOf = (metric: (typeof metrics)[number]) => assess(metric, judging);
const terms = { licence: site.licence, siteUrl: 'https://report.example.gov.cn/' };
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

/** The cells of one RFC 4180 line (no line breaks inside cells, as these files have none). */
const cells = (line: string) =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) =>
    cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!,
  );

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
    expect(lines[1]).toMatch(
      /^sister-cities,exchange,国际友城和友好交流城市,International sister cities and friendly exchange cities,个,cities,level,129,reach,/,
    );
    expect(lines[1]).toContain(',no-data,');
  });

  it('lists every published figure with its source', () => {
    const lines = rows(figuresCsv(metrics, terms, { judging }));
    expect(lines).toHaveLength(1 + metrics.reduce((sum, metric) => sum + metric.observations.length, 0));
    // A total from before the recency rule is published with why no distance is drawn from it.
    expect(lines.find((line) => line.startsWith('fortune-500,'))).toContain(
      '2020-12-31,,,300,over,baseline,false,too-old,',
    );
    expect(lines.find((line) => line.startsWith('foreign-trade-growth,') && line.includes(',17.1,'))).toContain(
      '2025-08-31,2025-01-01,2025-08-31,17.1,exact,baseline,false,other-period-rate,',
    );
  });

  it("carries each figure's metric name, unit and target in both languages, and the licence", () => {
    const [header, ...lines] = rows(
      figuresCsv(
        metrics.filter((metric) => metric.id === 'sister-cities'),
        terms,
        { judging },
      ),
    );
    expect(header).toBe(
      'metric,metric_name_zh,metric_name_en,unit_zh,unit_en,target,target_comparison,target_zh,target_en,date,period_from,period_to,value,bound,kind,comparable_with_target,not_comparable_because,context_zh,context_en,note_zh,note_en,source_zh,source_en,publisher_zh,publisher_en,source_url,licence,licence_url',
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(
        /^sister-cities,国际友城和友好交流城市,International sister cities and friendly exchange cities,个,cities,129,reach,129个,129 cities,/,
      );
      expect(line).toMatch(/,CC BY 4\.0 \(CC-BY-4\.0\),https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
    }
  });

  it('gives a metric without figures a row that says so, not a bare header', () => {
    const empty = { ...metrics[0]!, observations: [] };
    const lines = rows(figuresCsv([empty], terms, { emptyRow: true, judging }));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(noFigureNote.zh);
    expect(lines[1]).toContain(noFigureNote.en);
    expect(lines[1]).toContain(`,${empty.name.en},`);
    // In the file of all figures, a metric without any adds no row.
    expect(rows(figuresCsv([empty], terms, { judging }))).toHaveLength(1);
    // The row has as many cells as the header.
    expect(lines[1]!.split(',').length).toBe(lines[0]!.split(',').length);
  });

  it('gives each target its starting point, whether it is comparable, and the distance as the pages word it', () => {
    const words = (metric: (typeof metrics)[number]) => ({
      zh: { distance: `差${metric.id}` },
      en: { withheld: `why ${metric.id}` },
    });
    const [header, ...lines] = rows(metricsCsv(metrics, assessmentOf, terms, words)).map(cells);
    const column = (name: string) => header!.indexOf(name);
    const row = (id: string) => lines.find((cells) => cells[0] === id)!;
    expect(row('sister-cities')[column('start_comparable')]).toBe('true');
    expect(row('sister-cities')[column('distance_kind')]).toBe('to-go');
    expect(row('sister-cities')[column('distance_figure_date')]).toBe('2025-04-22');
    expect(row('sister-cities')[column('distance_zh')]).toBe('差sister-cities');
    expect(row('tianhe-intl-routes')[column('start_not_comparable_because')]).toBe('before-break');
    expect(row('tianhe-intl-routes')[column('distance_kind')]).toBe('none');
    expect(row('tianhe-intl-routes')[column('distance_amount')]).toBe('');
    expect(row('inbound-visitors')[column('start_period_from')]).toBe('2017-01-01');
    expect(row('rail-routes')[column('no_distance_why_en')]).toBe('why rail-routes');
  });

  it('names the licence on every row of the metrics file', () => {
    const [header, ...lines] = rows(metricsCsv(metrics, assessmentOf, terms));
    expect(header?.endsWith(',licence,licence_url')).toBe(true);
    for (const line of lines)
      expect(line.endsWith(',CC BY 4.0 (CC-BY-4.0),https://creativecommons.org/licenses/by/4.0/')).toBe(true);
  });
});

describe('JSON', () => {
  it('holds the metrics as published with their assessment', () => {
    const data = JSON.parse(metricsJson('2026-11-26', plan.targetPeriod, metrics, assessmentOf, terms));
    expect(data.asOf).toBe('2026-11-26');
    expect(data).toMatchObject({
      licence: 'CC BY 4.0 (CC-BY-4.0)',
      licence_url: 'https://creativecommons.org/licenses/by/4.0/',
      site: 'https://report.example.gov.cn/',
    });
    expect(data.metrics).toHaveLength(19);
    expect(data.metrics[0]).toMatchObject({
      id: 'sister-cities',
      target: { value: 129 },
      assessment: {
        status: 'no-data',
        startingPoint: { comparable: true },
        distance: { kind: 'to-go', amount: 4, from: { date: '2025-04-22' } },
      },
    });
    expect(
      data.metrics.find((metric: { id: string }) => metric.id === 'tianhe-intl-routes').assessment.distance,
    ).toEqual({ kind: 'none', why: 'before-break' });
  });
});
