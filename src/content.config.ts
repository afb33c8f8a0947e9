/** The task pages: one MDX file per task and language under content/tasks/{zh,en}/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { TaskFrontmatter } from './lib/schema/task';

export const collections = {
  tasks: defineCollection({
    loader: glob({ pattern: '{zh,en}/[0-9][0-9]-*.mdx', base: './content/tasks' }),
    schema: TaskFrontmatter,
  }),
};
