/**
 * Rules across files about figures, after each file has passed its own
 * schema: every research decision names a metric that exists (a row naming
 * none would vanish from every page), the plan is dated no later than
 * today, and, as warnings that `--strict` refuses, figures that only history
 * can question: one ten times (or a tenth of) the figure before it, or a
 * count under a hundredth of its target (a figure typed in 万, or in the
 * wrong unit).
 */
import type { ContentProblem } from '../errors';
import { jsonFiles, type JsonContent } from '../json-content';
import { locate } from './json';
import type { ContentFiles } from './read';

/** A figure this many times the one before it (or this fraction of it) is worth a second look. */
const JUMP = 10;
/** A count under this fraction of its target is usually a figure typed in 万 or in another unit. */
const UNDER_TARGET = 1 / 100;

const located = (files: ContentFiles, file: string, problems: ContentProblem[]) => {
  const bytes = files.get(file);
  return bytes instanceof Uint8Array ? locate(new TextDecoder().decode(bytes), problems) : problems;
};

export function checkFigures(files: ContentFiles, content: JsonContent, today: string): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const { metrics: metricsFile, research, plan } = content;
  if (metricsFile && research) {
    const ids = new Set(metricsFile.metrics.map((metric) => metric.id));
    const file = jsonFiles.research.file;
    const unknown = research.figures.flatMap((figure, index) =>
      ids.has(figure.metric)
        ? []
        : [
            {
              file,
              where: `figures[${index}].metric`,
              message: `no metric with id "${figure.metric}" in content/metrics.json: the row would be shown nowhere; use an existing id`,
            },
          ],
    );
    errors.push(...located(files, file, unknown));
  }
  if (plan && plan.document.issued > today)
    errors.push(
      ...located(files, jsonFiles.plan.file, [
        { file: jsonFiles.plan.file, where: 'document.issued', message: `"${plan.document.issued}" is in the future (today is ${today} in the site's time zone): check the year` },
      ]),
    );
  if (metricsFile) {
    const file = jsonFiles.metrics.file;
    const found: ContentProblem[] = [];
    metricsFile.metrics.forEach((metric, index) => {
      if (metric.measure === 'growth-rate') return;
      const byDate = metric.observations.map((observation, position) => ({ observation, position })).sort((a, b) => a.observation.date.localeCompare(b.observation.date));
      byDate.forEach(({ observation, position }, order) => {
        const where = `metrics[${index}].observations[${position}].value`;
        const before = byDate[order - 1]?.observation;
        if (before && before.value > 0 && observation.value > 0) {
          const ratio = observation.value / before.value;
          if (ratio >= JUMP || ratio <= 1 / JUMP)
            found.push({
              file,
              where,
              message: `${observation.value} is ${ratio >= 1 ? `${Math.round(ratio)} times` : `1/${Math.round(1 / ratio)} of`} the figure before it (${before.value} on ${before.date}): check the figure and its unit`,
            });
        }
        if (metric.measure !== 'new' && observation.value > 0 && observation.value < metric.target.value * UNDER_TARGET)
          found.push({
            file,
            where,
            message: `${observation.value} is under 1/${1 / UNDER_TARGET} of the target (${metric.target.value}): check the figure is in base units (2500000, not 250 万)`,
          });
      });
    });
    warnings.push(...located(files, file, found));
  }
  return { errors, warnings };
}
