/** Pure functions over task entries: per language, by unit, neighbours. */
import { languages, languageTag, type Lang } from '../language/locale';
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

/** A task page in one language: its own entry, or the other language's when the translation is missing. */
export interface TaskPage<T extends TaskEntry> {
  lang: Lang;
  slug: string;
  entry: T;
  /** The entry is in the other language: the page says so. */
  fallback: boolean;
}

/** Every task page in every language, falling back to the other language where a file is missing. */
export function taskPages<T extends TaskEntry>(entries: readonly T[]): TaskPage<T>[] {
  // Looked up by id, not searched: pages call this for every page, and a plan may have hundreds of tasks.
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const firstOfSlug = new Map<string, T>();
  for (const entry of entries) {
    const { slug } = splitTaskId(entry.id);
    if (!firstOfSlug.has(slug)) firstOfSlug.set(slug, entry);
  }
  const slugs = [...firstOfSlug.keys()].sort();
  return languages.flatMap((lang) =>
    slugs.map((slug) => {
      const own = byId.get(`${lang}/${slug}`);
      return { lang, slug, entry: own ?? firstOfSlug.get(slug)!, fallback: !own };
    }),
  );
}

/** The tasks of one language, in the plan's order; a missing translation falls back to the other language. */
export function tasksIn<T extends TaskEntry>(entries: readonly T[], lang: Lang): T[] {
  return taskPages(entries)
    .filter((page) => page.lang === lang)
    .map((page) => page.entry)
    .sort((a, b) => a.data.task - b.data.task);
}

/** The `lang` attribute for an entry's text, which may differ from the page's on a fallback. */
export function entryLanguageTag(entry: TaskEntry): string {
  return languageTag[splitTaskId(entry.id).lang];
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

/** The language-neutral path of a task page. */
export function taskPath(entry: TaskEntry): string {
  return `/tasks/${splitTaskId(entry.id).slug}/`;
}

/** The `lang` attribute an entry's text needs on a page in `lang`: only when it differs (a missing translation). */
export function foreignTextLang(entry: TaskEntry, lang: Lang): string | undefined {
  return splitTaskId(entry.id).lang === lang ? undefined : entryLanguageTag(entry);
}
