/**
 * No figure is invented: every published figure from before the target period is a row of the research file
 * (content/research/…json) that research-decisions.json marks "published",
 * with the same metric, value and date; and every decision describes its row
 * as the research file does (metric and grade). A figure typed as 0.171 for
 * 17.1%, in 万, or a hundred times over is a figure no source gave.
 */
import { z } from 'zod';
import { uncheckable, type ContentProblem } from '../errors';
import { jsonFiles, type JsonContent } from '../json-content';
import { locate } from './json';
import { decodeText, type ContentFiles } from './read';

/** The fields of a research row the check reads; rows hold more (quotes, notes). */
const ResearchRow = z.looseObject({
  metric_id: z.string(),
  value_numeric: z.number().nullable(),
  period_end: z.string(),
  grade: z.enum(['A', 'B', 'C']),
});
const ResearchRows = z.array(ResearchRow);

/** The check below; never throws. */
export function checkResearch(files: ContentFiles, content: JsonContent): ContentProblem[] {
  try {
    return researchProblems(files, content);
  } catch (error) {
    return [uncheckable(content.research?.research ?? jsonFiles.research.file, error)];
  }
}

function researchProblems(files: ContentFiles, content: JsonContent): ContentProblem[] {
  const { research: decisions, metrics: metricsFile } = content;
  if (!decisions) return [];
  const decisionsFile = jsonFiles.research.file;
  const entry = files.get(decisions.research);
  if (!entry)
    return locate(textOf(files, decisionsFile), [
      { file: decisionsFile, where: 'research', message: `"${decisions.research}" does not exist: name the research file in content/research/` },
    ]);
  const decoded = decodeText(decisions.research, entry);
  if ('problem' in decoded) return [decoded.problem];
  let rows: z.infer<typeof ResearchRows>;
  try {
    const parsed = ResearchRows.safeParse(JSON.parse(decoded.text));
    if (!parsed.success) return [{ file: decisions.research, where: '', message: 'expected a list of rows, each with metric_id, value_numeric, period_end and grade' }];
    rows = parsed.data;
  } catch {
    return [{ file: decisions.research, where: '', message: 'is not valid JSON' }];
  }
  const problems: ContentProblem[] = [];
  const decisionProblems: ContentProblem[] = [];
  decisions.figures.forEach((figure, index) => {
    const row = rows[figure.row];
    const where = `figures[${index}]`;
    if (!row) decisionProblems.push({ file: decisionsFile, where: `${where}.row`, message: `${decisions.research} has no row ${figure.row} (rows are counted from 0)` });
    else if (row.metric_id !== figure.metric || row.grade !== figure.grade)
      decisionProblems.push({
        file: decisionsFile,
        where,
        message: `row ${figure.row} is "${row.metric_id}", grade ${row.grade} in ${decisions.research}, but "${figure.metric}", grade ${figure.grade} here: both files describe the same row`,
      });
  });
  problems.push(...locate(textOf(files, decisionsFile), decisionProblems));
  if (metricsFile) {
    const published = decisions.figures.filter((figure) => figure.decision === 'published').flatMap((figure) => (rows[figure.row] ? [{ figure, row: rows[figure.row]! }] : []));
    const metricProblems: ContentProblem[] = [];
    metricsFile.metrics.forEach((metric, index) => {
      metric.observations.forEach((observation, position) => {
        // The research file records what was found before the target period; a figure for the period comes by
        // pull request with its source and quote, and the review checks it (docs/editing-workflow.md).
        if (observation.kind !== 'baseline') return;
        const rowsOfMetric = published.filter(({ row }) => row.metric_id === metric.id);
        if (rowsOfMetric.some(({ row }) => row.value_numeric === observation.value && row.period_end === observation.date)) return;
        const sameDate = rowsOfMetric.find(({ row }) => row.period_end === observation.date);
        metricProblems.push({
          file: jsonFiles.metrics.file,
          where: `metrics[${index}].observations[${position}].value`,
          message: sameDate
            ? `${observation.value} is not the figure the research found for ${observation.date} (${sameDate.row.value_numeric}, row ${sameDate.figure.row}): check the figure and its unit`
            : `no research row marked "published" gives ${metric.id} for ${observation.date}: every published figure is one found in a public source; add it to ${decisions.research} and ${decisionsFile} first`,
        });
      });
    });
    problems.push(...locate(textOf(files, jsonFiles.metrics.file), metricProblems));
  }
  return problems;
}

function textOf(files: ContentFiles, file: string): string {
  const entry = files.get(file);
  return entry instanceof Uint8Array ? new TextDecoder().decode(entry) : '';
}
