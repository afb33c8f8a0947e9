/**
 * Rules across files, once each file has been read on its own: figures against
 * the clock and the plan period, metrics and task pages naming each other,
 * and every publisher or issuer being a body in the registry.
 */
import type { ContentProblem } from '../errors';
import { jsonFiles, type JsonContent } from '../json-content';
import { locate } from './json';
import type { ContentFiles } from './read';
import type { TaskFileData } from './tasks';

/** Problems between the parsed JSON files and the task pages; `today` is YYYY-MM-DD in the site's time zone. */
export function checkLinks(files: ContentFiles, content: JsonContent, tasks: readonly TaskFileData[], today: string): ContentProblem[] {
  const { registry, metrics: metricsFile, plan, site } = content;
  const errors: ContentProblem[] = [];
  const bodyIds = new Set([...(registry?.units ?? []), ...(registry?.bodies ?? [])].map((body) => body.id));

  // Metrics against the clock, the plan and the task pages.
  const taskNumbers = new Set(tasks.flatMap((task) => (task.data ? [task.data.task] : [])));
  if (metricsFile) {
    const { metrics, asOf } = metricsFile;
    const file = jsonFiles.metrics.file;
    const found: ContentProblem[] = [];
    if (asOf > today)
      found.push({ file, where: 'asOf', message: `"${asOf}" is in the future (today is ${today} in the site's time zone): asOf is the date the figures were last checked` });
    const metricGroups = plan?.metricGroups.map((group) => group.id) ?? [];
    metrics.forEach((metric, index) => {
      if (plan && !metricGroups.includes(metric.group))
        found.push({
          file,
          where: `metrics[${index}].group`,
          message: `there is no metric group "${metric.group}" in content/plan.json (metricGroups has ${metricGroups.map((id) => `"${id}"`).join(', ')})`,
        });
      metric.tasks.forEach((task, position) => {
        if (taskNumbers.size && !taskNumbers.has(task)) found.push({ file, where: `metrics[${index}].tasks[${position}]`, message: `there is no task ${task} in content/tasks/` });
      });
      metric.observations.forEach((observation, position) => {
        const where = `metrics[${index}].observations[${position}]`;
        if (observation.source.publishedOn < observation.date)
          found.push({
            file,
            where: `${where}.source.publishedOn`,
            message: `the source is dated ${observation.source.publishedOn}, before the figure's date (${observation.date}): check both dates`,
          });
        if (!plan) return;
        if (observation.kind === 'progress' && observation.date < plan.targetPeriod.start)
          found.push({
            file,
            where: `${where}.kind`,
            message: `a progress figure must be dated in the plan period (from ${plan.targetPeriod.start}); an earlier figure has kind "baseline"`,
          });
        if (observation.kind === 'baseline' && observation.date >= plan.targetPeriod.start)
          found.push({
            file,
            where: `${where}.kind`,
            message: `a baseline figure is from before the plan period (before ${plan.targetPeriod.start}); a figure dated ${observation.date} has kind "progress"`,
          });
        if (observation.kind === 'progress' && observation.date > plan.targetPeriod.end)
          found.push({ file, where: `${where}.date`, message: `a progress figure must be dated within the plan period (up to ${plan.targetPeriod.end})` });
      });
    });
    const text = files.get(file);
    errors.push(...(text instanceof Uint8Array ? locate(new TextDecoder().decode(text), found) : found));
    // Tasks and metrics point at each other: both sides must say the same.
    for (const task of tasks.filter((candidate) => candidate.lang === 'zh' && candidate.data)) {
      const linked = metrics.filter((metric) => metric.tasks.includes(task.data!.task)).map((metric) => metric.id);
      task.data!.metrics.forEach((id, index) => {
        const metric = metrics.find((candidate) => candidate.id === id);
        if (!metric) errors.push({ file: task.file, where: `metrics[${index}]`, message: `no metric with id "${id}" in content/metrics.json` });
        else if (!metric.tasks.includes(task.data!.task))
          errors.push({
            file: task.file,
            where: `metrics[${index}]`,
            message: `lists "${id}", but that metric's tasks in content/metrics.json do not include ${task.data!.task}: add it there or remove it here`,
          });
      });
      for (const id of linked.filter((candidate) => !task.data!.metrics.includes(candidate))) {
        errors.push({
          file: task.file,
          where: 'metrics',
          message: `content/metrics.json links "${id}" to task ${task.data!.task}, but this list does not include it: add it here or remove the task there`,
        });
      }
    }
  }

  // Task areas are the plan's own: each task page names one that content/plan.json lists.
  const taskGroups = plan?.taskGroups.map((group) => group.id) ?? [];
  for (const task of tasks) {
    if (plan && task.data && !taskGroups.includes(task.data.group))
      errors.push({
        file: task.file,
        where: 'group',
        message: `there is no task group "${task.data.group}" in content/plan.json (taskGroups has ${taskGroups.map((id) => `"${id}"`).join(', ')})`,
      });
  }

  if (site?.operator && bodyIds.size && !bodyIds.has(site.operator))
    errors.push({
      file: jsonFiles.site.file,
      where: 'operator',
      message: `no body with id "${site.operator}" in content/registry.json: add it there, or leave "operator" empty until it is confirmed`,
    });
  if (plan && bodyIds.size && !bodyIds.has(plan.document.issuer))
    errors.push({ file: jsonFiles.plan.file, where: 'document.issuer', message: `no body with id "${plan.document.issuer}" in content/registry.json` });
  metricsFile?.metrics.forEach((metric, index) => {
    if (bodyIds.size && !bodyIds.has(metric.publishedBy))
      errors.push({
        file: jsonFiles.metrics.file,
        where: `metrics[${index}].publishedBy`,
        message: `no body with id "${metric.publishedBy}" in content/registry.json: add it there in both languages, or use an existing id`,
      });
  });
  return errors;
}
