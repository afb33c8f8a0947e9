/**
 * How task pages are laid out in content/: one folder per language, the same
 * file name in both. The validator, the content collection and the readers of
 * task files all take the layout from here.
 */
import { languages, type Lang } from '../language/locale';

/** The task pages: content/tasks/{zh,en}/NN-slug.mdx, the same file name in both folders. */
export const taskFiles = {
  dir: 'content/tasks',
  /** The content collection's glob, relative to `dir`. */
  glob: `{${languages.join(',')}}/{[0-9][0-9],[0-9][0-9][0-9]}-*.mdx`,
  /** A task file's name: the task number in two or three digits, then lower-case words joined by hyphens. */
  name: /^(\d{2,3})-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/,
  nameRule: 'task files are named NN-slug.mdx, e.g. 01-major-diplomatic-events.mdx (the task number in 2 or 3 digits, then lower-case words joined by hyphens)',
  /** The path of a task page from the project root. */
  path: (lang: Lang, name: string) => `content/tasks/${lang}/${name}`,
} as const;

/** The language of a task file from its folder (content/tasks/en/… is English); anything else is Chinese. */
export function langOfFile(path: string | undefined): Lang {
  return path && /[\\/]en[\\/]/.test(path) ? 'en' : 'zh';
}
