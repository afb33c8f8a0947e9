/**
 * The report as the site publishes it: every metric judged against its
 * target as of the content's date, computed once per build from the parsed
 * content. The charts drawn from it are listed in charts/catalogue.ts.
 */
import { metrics, metricsFile, plan } from '../content/data';
import { assess, planTime, type Assessment, type JudgingContext } from './progress';
import type { Metric } from '../content/schema/metrics';

export const period = plan.targetPeriod;

/** The target period and the day the figures were last checked: what every judgement on the site is made against. */
export const judging: JudgingContext = { period, asOf: metricsFile.asOf };

const assessments = new Map(metrics.map((metric) => [metric.id, assess(metric, judging)]));

export function assessmentOf(metric: Metric): Assessment {
  return assessments.get(metric.id)!;
}

/** Where the plan as a whole stands as of the content's date: running, awaiting results, or with its results. */
export const siteTime = planTime(judging, [...assessments.values()]);
