/** Selections over the metrics file: by group and by task. */
import type { Metric, MetricGroup } from './schema/metrics';

export function metricsInGroup(metrics: readonly Metric[], group: MetricGroup): Metric[] {
  return metrics.filter((metric) => metric.group === group);
}

/** The metrics a task is linked to, in the order of the metrics file. */
export function metricsOfTask(metrics: readonly Metric[], task: number): Metric[] {
  return metrics.filter((metric) => metric.tasks.includes(task));
}

/** The metrics linked to any of the given tasks, each once. */
export function metricsOfTasks(metrics: readonly Metric[], tasks: readonly number[]): Metric[] {
  return metrics.filter((metric) => metric.tasks.some((task) => tasks.includes(task)));
}
