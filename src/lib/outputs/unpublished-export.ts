/**
 * The figures found in public sources but not published (content/research-decisions.json), as a
 * CSV of their own: what each metric page lists under "Figures found … but not published", with
 * the grade and the reason in both languages. Pure.
 */
import { toCsv, type FileTerms } from './download-formats';
import { licenceFields } from './licence';
import type { Metric } from '../content/schema/metrics';
import type { ResearchDecision, ResearchReason } from '../content/schema/research';

type NotPublished = Extract<ResearchDecision, { decision: 'not-published' }>;

export function unpublishedFiguresCsv(
  decisions: readonly ResearchDecision[],
  metrics: readonly Metric[],
  reasonText: (reason: ResearchReason) => { zh: string; en: string },
  terms: FileTerms,
): string {
  const { licence, licence_url } = licenceFields(terms.licence);
  const names = new Map(metrics.map((metric) => [metric.id, metric.name]));
  const rows = decisions
    .filter((entry): entry is NotPublished => entry.decision === 'not-published')
    .map((entry) => {
      const name = names.get(entry.metric);
      const reason = reasonText(entry.reason);
      return [
        entry.metric,
        name?.zh,
        name?.en,
        entry.value.zh,
        entry.value.en,
        entry.period.zh,
        entry.period.en,
        entry.grade,
        entry.reason,
        reason.zh,
        reason.en,
        entry.explanation?.zh,
        entry.explanation?.en,
        entry.row,
        licence,
        licence_url,
      ];
    });
  const header = [
    'metric',
    'metric_name_zh',
    'metric_name_en',
    'value_zh',
    'value_en',
    'period_zh',
    'period_en',
    'grade',
    'reason',
    'reason_zh',
    'reason_en',
    'explanation_zh',
    'explanation_en',
    'research_row',
    'licence',
    'licence_url',
  ];
  return toCsv(header, rows);
}
