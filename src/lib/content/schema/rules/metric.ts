/**
 * Rules a metric's figures must keep beyond their types, called from the
 * metric schemas (../metrics.ts): the unit against the plan's words, the
 * target against the number the plan words, each figure's period against
 * what the metric measures, growth rates a total can have, and every source
 * published no later than the figures were checked.
 */
import type { z } from 'zod';
import { englishUnitAgrees, unitProblems } from './units';

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

interface MetricLike {
  measure: 'level' | 'new' | 'annual' | 'cumulative' | 'growth-rate';
  unit: { zh: string; en: string; enOne?: string };
  name: { en: string };
  target: { value: number };
  planWording: string;
  planWordingEn?: string;
  observations: { date: string; value: number; period?: { from: string; to: string }; source: { publishedOn: string } }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers the Chinese wording gives in `unit` (156万人次 → 1560000), in base units. */
export function numbersBefore(wording: string, unit: string): number[] {
  const pattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*${escape(unit)}`, 'g');
  return [...wording.replace(/,/g, '').matchAll(pattern)].map(([, digits, scale]) => Number(digits) * (scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1));
}

/** The day one year before `date` plus one day: the first day of the twelve months that end on `date`. */
function twelveMonthsEndingOn(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCFullYear(day.getUTCFullYear() - 1);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Why a period cannot be the span of a figure of `measure`; undefined when it can. */
export function periodProblem(measure: MetricLike['measure'], period: { from: string; to: string }): string | undefined {
  // A date that is not a real date has its own message (rules run beside the field checks, not after them).
  if (![period.from, period.to].every((date) => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) return undefined;
  if (measure === 'level' || measure === 'cumulative') return `a ${measure === 'level' ? 'level' : 'running total'} is counted at one date, so it has no period: remove "period"`;
  const yearStart = `${period.to.slice(0, 4)}-01-01`;
  if (period.from === yearStart || period.from === twelveMonthsEndingOn(period.to)) return undefined;
  if (period.from < twelveMonthsEndingOn(period.to))
    return `${period.from} to ${period.to} is longer than a year: a yearly figure covers one year (or the year so far, from 1 January)`;
  return `${period.from} to ${period.to} neither starts on 1 January nor covers a whole year: a yearly figure covers a year, or the year so far from ${yearStart}`;
}

/** The rules on one metric; issues carry paths within the metric. */
export function metricRules(metric: MetricLike, ctx: Ctx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  for (const problem of unitProblems(metric.unit)) issue(['unit', problem.path], problem.message);
  if (!englishUnitAgrees(metric.unit, `${metric.name.en} ${metric.planWordingEn ?? ''}`))
    issue(
      ['unit', 'en'],
      `"${metric.unit.en}" does not appear in the metric's English name or plan wording: the English unit must name what the Chinese unit "${metric.unit.zh}" counts`,
    );
  if (!metric.planWording.includes(metric.unit.zh))
    issue(['unit', 'zh'], `"${metric.unit.zh}" does not appear in the plan's words "${metric.planWording}": the unit is the plan's own`);
  else {
    const worded = numbersBefore(metric.planWording, metric.unit.zh);
    if (worded.length && !worded.some((number) => Math.abs(number - metric.target.value) <= 1e-9 * Math.max(1, number)))
      issue(
        ['target', 'value'],
        `the plan words the target as ${worded.join(' or ')} (in base units) in "${metric.planWording}", but the target is ${metric.target.value}: write the plan's number in base units (10 for 10%, 1560000 for 156万)`,
      );
  }
  metric.observations.forEach((observation, index) => {
    if (observation.period) {
      const wrong = periodProblem(metric.measure, observation.period);
      if (wrong) issue(['observations', index, 'period', 'from'], wrong);
    }
    // −100% would mean the total fell to nothing: a rate of change of a total that still exists (trade, visitors) is above it.
    if (metric.measure === 'growth-rate' && observation.value === -100)
      issue(['observations', index, 'value'], 'a change of −100% means the total fell to nothing: check the figure (a percent, e.g. -3.5 for a 3.5% fall)');
  });
}

/** The rules across the metrics file: no source is published after the date the figures were checked (and so none in the future). */
export function metricsFileRules(file: { asOf: string; metrics: MetricLike[] }, ctx: Ctx): void {
  file.metrics.forEach((metric, index) => {
    metric.observations.forEach((observation, position) => {
      if (observation.source.publishedOn > file.asOf)
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index, 'observations', position, 'source', 'publishedOn'],
          message: `"${observation.source.publishedOn}" is after asOf (${file.asOf}): a source cannot be published after the figures were checked; check the date, or move asOf`,
        });
    });
  });
}
