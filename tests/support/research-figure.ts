/**
 * A figure added by a test is a figure found in a public source, as the content
 * check requires: a row in the research file and a "published" decision for it.
 */
export interface AddedFigure {
  metric: string;
  date: string;
  value: number;
  publishedOn: string;
  url: string;
}

/** Edits (file and change of its text) that record `figure` in content/research/ and content/research-decisions.json. */
export function researchEdits(figure: AddedFigure): { file: string; change: (text: string) => string }[] {
  return [
    {
      file: 'content/research/figures-2015-2025.json',
      change: (text) => {
        const rows = JSON.parse(text);
        rows.push({
          metric_id: figure.metric,
          value: String(figure.value),
          value_numeric: figure.value,
          period_end: figure.date,
          publication_date: figure.publishedOn,
          url: figure.url,
          grade: 'A',
        });
        return JSON.stringify(rows, null, 1);
      },
    },
    {
      file: 'content/research-decisions.json',
      change: (text) => {
        const data = JSON.parse(text);
        data.figures.push({ row: data.figures.length, metric: figure.metric, value: String(figure.value), period: figure.date, grade: 'A', decision: 'published' });
        return JSON.stringify(data, null, 2);
      },
    },
  ];
}
