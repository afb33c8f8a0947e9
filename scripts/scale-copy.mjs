/**
 * A copy of the project with its content multiplied, for measuring how builds
 * grow (scripts/benchmark.mjs): every metric `metricTimes` times and every task
 * `taskTimes` times, the copies linked to each other as the originals are, so
 * task pages, metric pages and the dashboard all grow. The figures are the
 * originals' own; only ids, names and task numbers change. The copy is a git
 * repository of one commit, so pages date themselves as in a clone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './project-copy.mjs';

/**
 * Copies the project with `metricTimes` × the metrics and `taskTimes` × the
 * tasks (taskTimes ≤ metricTimes). Metric copy k (1 = the original) belongs to
 * task copy ((k − 1) mod taskTimes) + 1, so each task copy lists
 * metricTimes / taskTimes copies of each of its metrics. Returns the folder.
 * @param {number} metricTimes
 * @param {number} taskTimes
 */
export function scaledCopy(metricTimes, taskTimes) {
  const dir = copyProject(`wuhan-scale-${metricTimes}x-`);
  const metricsFile = join(dir, 'content', 'metrics.json');
  const data = JSON.parse(readFileSync(metricsFile, 'utf8'));
  const originals = data.metrics;
  const tasksDir = join(dir, 'content', 'tasks');
  const taskCount = readdirSync(join(tasksDir, 'zh')).filter((name) => /^\d+-/.test(name)).length;
  const metricId = (id, copy) => (copy === 1 ? id : `${id}-${copy}`);
  const taskNumber = (task, copy) => task + (copy - 1) * taskCount;
  const taskCopyOf = (copy) => ((copy - 1) % taskTimes) + 1;

  const metrics = [];
  for (let copy = 1; copy <= metricTimes; copy += 1) {
    for (const metric of originals) {
      if (copy === 1) {
        metrics.push(metric);
        continue;
      }
      const tasks = metric.tasks.map((task) => taskNumber(task, taskCopyOf(copy)));
      metrics.push({
        ...metric,
        id: metricId(metric.id, copy),
        name: { zh: `${metric.name.zh}（${copy}）`, en: `${metric.name.en} (${copy})` },
        tasks,
      });
    }
  }
  data.metrics = metrics;
  writeFileSync(metricsFile, JSON.stringify(data, null, 2));

  // Every published figure is one a research row gives: each metric copy gets its original's published rows and
  // their decisions (only those: all of them would take the decisions past the 5 MB a content file may have at 100×).
  const researchFile = join(dir, 'content', 'research', 'figures-2015-2025.json');
  const decisionsFile = join(dir, 'content', 'research-decisions.json');
  const rows = JSON.parse(readFileSync(researchFile, 'utf8'));
  const decisions = JSON.parse(readFileSync(decisionsFile, 'utf8'));
  const originalRows = rows.length;
  const originalDecisions = decisions.figures;
  for (let copy = 2; copy <= metricTimes; copy += 1)
    for (const decision of originalDecisions.filter(({ decision }) => decision === 'published')) {
      const row = rows[decision.row];
      if (!row || !originals.some((metric) => metric.id === row.metric_id)) continue;
      decisions.figures.push({ ...decision, row: rows.length, metric: metricId(decision.metric, copy) });
      rows.push({ ...row, metric_id: metricId(row.metric_id, copy) });
    }
  if (rows.length > originalRows) {
    writeFileSync(researchFile, JSON.stringify(rows, null, 1));
    writeFileSync(decisionsFile, JSON.stringify(decisions, null, 2));
  }

  /** The metric copies that link to task copy `taskCopy`: every k with taskCopyOf(k) = taskCopy. */
  const metricCopiesOf = (taskCopy) =>
    Array.from({ length: metricTimes }, (_, index) => index + 1).filter((copy) => taskCopyOf(copy) === taskCopy);
  for (const lang of readdirSync(tasksDir)) {
    const folder = join(tasksDir, lang);
    for (const name of readdirSync(folder)) {
      const match = name.match(/^(\d+)-(.*)\.mdx$/);
      if (!match) continue;
      const original = readFileSync(join(folder, name), 'utf8');
      const task = Number(match[1]);
      const listed = original
        .match(/^metrics: \[(.*)\]$/m)[1]
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      for (let copy = 1; copy <= taskTimes; copy += 1) {
        const ids = metricCopiesOf(copy).flatMap((metricCopy) => listed.map((id) => metricId(id, metricCopy)));
        const number = taskNumber(task, copy);
        const text = original
          .replace(/^task: \d+$/m, `task: ${number}`)
          .replace(/^title: "(.*)"$/m, (_, title) => (copy === 1 ? `title: "${title}"` : `title: "${title} (${copy})"`))
          .replace(/^metrics: \[.*\]$/m, `metrics: [${ids.join(', ')}]`);
        const file = copy === 1 ? name : `${String(number).padStart(2, '0')}-${match[2]}-${copy}.mdx`;
        writeFileSync(join(folder, file), text);
      }
    }
  }
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=benchmark', '-c', 'user.email=benchmark@localhost', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist/\n.astro/\n');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', `content × ${metricTimes}`, '--date', '2026-12-01T00:00:00Z');
  return dir;
}
