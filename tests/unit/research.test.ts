/**
 * No figure is invented: every published figure is one the research file
 * found, graded A or B, with the same value, date and source date; and every
 * figure the research file found is accounted for, published or with a reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import metricsJson from '../../content/metrics.json';
import decisionsJson from '../../content/research-decisions.json';
import { MetricsFile } from '../../src/lib/content/schema/metrics';
import { ResearchDecisionsFile } from '../../src/lib/content/schema/research';

interface ResearchRow {
  metric_id: string;
  value: string;
  value_numeric: number | null;
  period_end: string;
  publication_date: string;
  grade: 'A' | 'B' | 'C';
  url: string;
}
const decisions = ResearchDecisionsFile.parse(decisionsJson);
const research = JSON.parse(
  readFileSync(new URL(`../../${decisions.research}`, import.meta.url), 'utf8'),
) as ResearchRow[];
const metrics = MetricsFile.parse(metricsJson).metrics;
const published = metrics.flatMap((metric) =>
  metric.observations.map((observation) => ({ metric: metric.id, observation })),
);
/** The big5 gateways (big5.cri.cn/gate/big5/…) serve the same page as the original host. */
const page = (url: string) =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/^big5\.[^/]+\/gate\/big5\/(www\.cri\.cn\/\/)?/, '')
    .replace(/\/$/, '');

describe('published figures against the research file', () => {
  it.each(
    published.map(
      ({ metric, observation }) => [`${metric} ${observation.date} ${observation.value}`, metric, observation] as const,
    ),
  )('%s', (_name, metric, observation) => {
    const rows = decisions.figures
      .filter((entry) => entry.decision === 'published' && entry.metric === metric)
      .map((entry) => ({ entry, row: research[entry.row]! }));
    const match = rows.find(
      ({ row }) => row.value_numeric === observation.value && row.period_end === observation.date,
    );
    expect(match, 'a published figure must be a research row marked "published"').toBeDefined();
    const { row } = match!;
    expect(row.metric_id).toBe(metric);
    expect(['A', 'B']).toContain(row.grade);
    expect(row.publication_date.slice(0, 10)).toBe(observation.source.publishedOn);
    expect(observation.source.url && page(observation.source.url)).toBe(page(row.url));
  });

  it('every research row marked "published" is in content/metrics.json', () => {
    for (const entry of decisions.figures.filter((candidate) => candidate.decision === 'published')) {
      const row = research[entry.row]!;
      expect(
        published.some(
          ({ metric, observation }) =>
            metric === row.metric_id && observation.value === row.value_numeric && observation.date === row.period_end,
        ),
        `row ${entry.row}`,
      ).toBe(true);
    }
  });
});

describe('research decisions', () => {
  it("list every research row once, with the research file's metric and grade", () => {
    expect(decisions.figures.map((entry) => entry.row)).toEqual(research.map((_row, index) => index));
    decisions.figures.forEach((entry) => {
      expect(entry.metric).toBe(research[entry.row]!.metric_id);
      expect(entry.grade).toBe(research[entry.row]!.grade);
    });
  });

  it("word each row's own number in both languages (the site's Chinese and English of the research text)", () => {
    // The number as written, or converted by a power of ten (万, million, billion; 亿元 as billions): 1.98万 is "19,800".
    const shows = (text: string, research: ResearchRow) => {
      const plain = text.replaceAll(',', '');
      const written = [
        research.value.replaceAll(',', ''),
        ...[1, 1e-1, 1e-3, 1e-4, 1e-6, 1e-9].map((scale) =>
          String(Number((research.value_numeric! * scale).toPrecision(12))),
        ),
      ];
      return written.some((number) =>
        new RegExp(`(?<![\\d.])${number.replaceAll('.', '\\.')}(?![\\d]|\\.\\d)`).test(plain),
      );
    };
    const numbered = decisions.figures.filter((entry) => research[entry.row]!.value_numeric !== null);
    expect(numbered.length).toBeGreaterThan(100);
    for (const entry of numbered) {
      const row = research[entry.row]!;
      expect(shows(entry.value.zh, row), `row ${entry.row} (zh): ${entry.value.zh} does not show ${row.value}`).toBe(
        true,
      );
      expect(shows(entry.value.en, row), `row ${entry.row} (en): ${entry.value.en} does not show ${row.value}`).toBe(
        true,
      );
    }
  });

  it('are worded in the language of each page: no Latin words in the Chinese, no Han or Kana in the English, no day-month dates', () => {
    for (const entry of decisions.figures) {
      for (const text of [entry.value.zh, entry.period.zh])
        expect(text.replace(/WTA|SAP|TEU/g, ''), `row ${entry.row}`).not.toMatch(/[A-Za-z]|[(),:;](?!\d)/);
      for (const text of [entry.value.en, entry.period.en])
        expect(text, `row ${entry.row}`).not.toMatch(
          /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u,
        );
    }
  });

  it('give a reason for every figure not published, and explain in both languages every A or B figure not published', () => {
    for (const entry of decisions.figures) {
      if (entry.decision !== 'not-published') continue;
      if (entry.grade === 'C') expect(entry.reason).toBe('grade-c');
      else expect(entry.explanation, `row ${entry.row}`).toBeDefined();
    }
  });

  it('refuse a C-grade figure marked as published', () => {
    expect(
      ResearchDecisionsFile.safeParse({
        research: 'x',
        figures: [
          {
            row: 0,
            metric: 'a',
            value: { zh: '1', en: '1' },
            period: { zh: '2020年', en: '2020' },
            grade: 'C',
            decision: 'published',
          },
        ],
      }).success,
    ).toBe(false);
  });
});
