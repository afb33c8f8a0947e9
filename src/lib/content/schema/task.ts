/** Frontmatter of a task page (content/tasks/{zh,en}/NN-slug.mdx). */
import { z } from 'zod';
import { Source } from './figure-source';
import { Id, IsoDate, MAX, text } from './shared';

/** The id of one of the plan's task groups (content/plan.json `taskGroups`); the validator checks that it exists. */
export const TaskGroup = Id;
export type TaskGroup = z.infer<typeof TaskGroup>;

/**
 * The most tasks a plan may have: a task file's name starts with its number in
 * two or three digits (content/tasks/{zh,en}/NNN-slug.mdx). How many a plan
 * has is how many task files there are, not a number in the code.
 */
export const MAX_TASKS = 999;

/**
 * What has been done for a task, as a public source reports it: dated, with
 * its source, in the file's language. The task page shows these notes, newest
 * first, and never anything an editor did not find published.
 */
export const ProgressNote = z.strictObject({
  date: IsoDate.describe("The day the reported work happened, or the source's date for it, YYYY-MM-DD"),
  text: text(MAX.note).min(1).describe("What the source reports, in the file's language"),
  source: Source,
});
export type ProgressNote = z.infer<typeof ProgressNote>;

export const TaskFrontmatter = z.strictObject({
  task: z.number().int().min(1).max(MAX_TASKS, `expected a task number of at most ${MAX_TASKS}`),
  title: text(MAX.title).min(1),
  summary: text(MAX.note).min(1),
  group: TaskGroup,
  units: z
    .array(Id)
    .min(1, 'a task needs at least one responsible unit')
    .max(60)
    .superRefine((units, ctx) =>
      units.forEach((unit, index) => units.indexOf(unit) < index && ctx.addIssue({ code: 'custom', path: [index], message: `"${unit}" is listed twice: list each unit once` })),
    ),
  metrics: z
    .array(Id)
    .max(60)
    .superRefine((metrics, ctx) =>
      metrics.forEach(
        (metric, index) => metrics.indexOf(metric) < index && ctx.addIssue({ code: 'custom', path: [index], message: `"${metric}" is listed twice: list each metric once` }),
      ),
    ),
  /** Reported progress, each note with its public source. */
  progress: z.array(ProgressNote).max(200).optional(),
});
export type TaskFrontmatter = z.infer<typeof TaskFrontmatter>;
