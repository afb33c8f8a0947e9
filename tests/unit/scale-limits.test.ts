/**
 * A plan larger than this one fits: more than 200 metrics and more than 12
 * tasks parse, up to the limits the schemas state, and task files may carry
 * three-digit numbers. The benchmark builds 1,900 metrics and 120 tasks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { taskFiles } from '../../src/lib/content/task-layout';
import { MAX_METRICS, MetricsFile } from '../../src/lib/content/schema/metrics';
import { MAX_TASKS, TaskFrontmatter } from '../../src/lib/content/schema/task';
import { taskPages, tasksIn } from '../../src/lib/content/task-entries';
import { root } from '../support/plan-text';

const metricsFile = JSON.parse(readFileSync(join(root, 'content/metrics.json'), 'utf8'));
const task = {
  task: 1,
  title: 'A task',
  summary: 'What it does.',
  group: 'influence',
  units: ['commerce'],
  metrics: [],
};

/** The metrics file with every metric copied until it holds `count`, each copy with its own id. */
function metricsFileOf(count: number) {
  const metrics = Array.from({ length: count }, (_, index) => {
    const original = metricsFile.metrics[index % metricsFile.metrics.length];
    return { ...original, id: `${original.id}-${index}` };
  });
  return { ...metricsFile, metrics };
}

describe('scale limits', () => {
  it('accept 1,900 metrics and refuse more than the stated limit', () => {
    expect(MetricsFile.safeParse(metricsFileOf(1900)).success).toBe(true);
    const over = MetricsFile.safeParse(metricsFileOf(MAX_METRICS + 1));
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((issue) => issue.message)).toContain(`expected at most ${MAX_METRICS} metrics`);
  });

  it('accept task numbers above 12 up to the stated limit, in a metric and in a task file', () => {
    expect(TaskFrontmatter.safeParse({ ...task, task: 120 }).success).toBe(true);
    expect(TaskFrontmatter.safeParse({ ...task, task: MAX_TASKS + 1 }).success).toBe(false);
    const linked = { ...metricsFile, metrics: [{ ...metricsFile.metrics[0], tasks: [1, 120] }] };
    expect(MetricsFile.safeParse(linked).success).toBe(true);
  });

  it('name task files with two or three digits, not one or four', () => {
    for (const name of ['01-a.mdx', '120-a-b.mdx']) expect(taskFiles.name.test(name)).toBe(true);
    for (const name of ['1-a.mdx', '1200-a.mdx']) expect(taskFiles.name.test(name)).toBe(false);
  });

  it('order 120 tasks by number, with a missing translation falling back', () => {
    const entries = Array.from({ length: 120 }, (_, index) => index + 1).flatMap((number) => {
      const slug = `${String(number).padStart(2, '0')}-task`;
      const zh = { id: `zh/${slug}`, data: { ...task, task: number } as TaskFrontmatter };
      return number === 100 ? [zh] : [zh, { id: `en/${slug}`, data: { ...task, task: number } as TaskFrontmatter }];
    });
    expect(tasksIn(entries, 'en').map((entry) => entry.data.task)).toEqual(
      Array.from({ length: 120 }, (_, index) => index + 1),
    );
    const fallback = taskPages(entries).find((page) => page.lang === 'en' && page.slug === '100-task')!;
    expect(fallback).toMatchObject({ fallback: true, entry: { id: 'zh/100-task' } });
  });
});
