/** The task pages: one MDX file per task and language under content/tasks/{zh,en}/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { taskFiles } from './lib/content/task-layout';
import { TaskFrontmatter } from './lib/content/schema/task';

export const collections = {
  tasks: defineCollection({
    loader: glob({ pattern: taskFiles.glob, base: `./${taskFiles.dir}` }),
    schema: TaskFrontmatter,
  }),
};
