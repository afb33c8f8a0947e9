/**
 * The report as the site publishes it: every metric judged against its
 * target, computed once per build from the parsed content. The charts drawn
 * from it are listed in charts/catalogue.ts.
 */
import { metrics, plan } from './content';
import { assess, type Assessment } from './progress';
import type { Metric } from './schema/metrics';

export const period = plan.targetPeriod;

const assessments = new Map(metrics.map((metric) => [metric.id, assess(metric, period)]));

export function assessmentOf(metric: Metric): Assessment {
  return assessments.get(metric.id)!;
}
