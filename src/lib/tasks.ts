/** Pure functions over task entries: per language, by unit, neighbours. */
import type { Lang } from './locale';
import type { TaskFrontmatter } from './schema/task';

/** A task page as the collection gives it: `id` is `zh/01-slug` or `en/01-slug`. */
export interface TaskEntry {
  id: string;
  data: TaskFrontmatter;
}

/** The language folder and the URL slug of an entry id. */
export function splitTaskId(id: string): { lang: Lang; slug: string } {
  const [lang, slug] = id.split('/');
  if ((lang !== 'zh' && lang !== 'en') || !slug) {
    throw new Error(`content/tasks/${id}.mdx: task files belong in content/tasks/zh/ or content/tasks/en/`);
  }
  return { lang, slug };
}

/** The tasks of one language, in the plan's order. */
export function tasksIn<T extends TaskEntry>(entries: readonly T[], lang: Lang): T[] {
  return entries.filter((entry) => splitTaskId(entry.id).lang === lang).sort((a, b) => a.data.task - b.data.task);
}

/** The tasks a unit is responsible for, in the plan's order. */
export function tasksOfUnit<T extends TaskEntry>(entries: readonly T[], unitId: string): T[] {
  return entries.filter((entry) => entry.data.units.includes(unitId)).sort((a, b) => a.data.task - b.data.task);
}

/** The tasks on either side of one, for previous/next links. */
export function neighbours<T extends TaskEntry>(ordered: readonly T[], task: number): { previous?: T; next?: T } {
  const index = ordered.findIndex((entry) => entry.data.task === task);
  return { previous: index > 0 ? ordered[index - 1] : undefined, next: index >= 0 ? ordered[index + 1] : undefined };
}

/** Two-digit task number as the plan's files and URLs use it. */
export function taskNumber(task: number): string {
  return String(task).padStart(2, '0');
}

/** The language-neutral path of a task page. */
export function taskPath(entry: TaskEntry): string {
  return `/tasks/${splitTaskId(entry.id).slug}/`;
}
