/** Frontmatter of a task page (content/tasks/{zh,en}/NN-slug.mdx). */
import { z } from 'zod';
import { Id } from './shared';

export const TaskGroup = z.enum(['influence', 'connectivity', 'attractiveness']);
export type TaskGroup = z.infer<typeof TaskGroup>;

export const TaskFrontmatter = z.strictObject({
  task: z.number().int().min(1).max(12),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  group: TaskGroup,
  units: z.array(Id).min(1, 'a task needs at least one responsible unit'),
  metrics: z.array(Id),
});
export type TaskFrontmatter = z.infer<typeof TaskFrontmatter>;
