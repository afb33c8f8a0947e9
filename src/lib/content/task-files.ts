/**
 * Reading task MDX files: the frontmatter exactly as Astro's content layer
 * reads it (the same function, so the validator and the build never disagree
 * on a value), and the body with its lines where they are in the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { taskFiles } from './task-layout';
import { languages, type Lang } from '../language/locale';

export interface TaskFile {
  /** Path from the project root, e.g. `content/tasks/en/01-major-diplomatic-events.mdx`. */
  file: string;
  lang: Lang;
  slug: string;
  /** The frontmatter as written, before schema parsing. */
  frontmatter: unknown;
  body: string;
  /** Line number in the file where the body starts, for messages that point into it. */
  bodyLine: number;
}

export type ReadFrontmatter = { frontmatter: unknown; body: string; bodyLine: number } | { error: string; line?: number; column?: number };

/**
 * Splits an MDX file into its parsed YAML frontmatter and its body. The body
 * keeps the frontmatter's lines as empty lines, so its line numbers are the
 * file's (bodyLine is 1).
 */
export function readFrontmatter(text: string): ReadFrontmatter {
  if (extractFrontmatter(text) === undefined || !/^---\r?\n/.test(text)) return { error: 'the file must start with frontmatter between two lines of ---', line: 1 };
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    return { frontmatter, body: content, bodyLine: 1 };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    return { error: `YAML syntax error: ${reason}`, ...(mark ? { line: mark.line + 2, column: mark.column + 1 } : {}) };
  }
}

/** Every task file under `content/tasks/{zh,en}/`, sorted by path. */
export function readTaskFiles(root: string): TaskFile[] {
  return languages.flatMap((lang) => {
    const dir = join(root, taskFiles.dir, lang);
    return readdirSync(dir)
      .filter((name) => taskFiles.name.test(name))
      .sort()
      .map((name) => {
        const file = taskFiles.path(lang, name);
        const parts = readFrontmatter(readFileSync(join(dir, name), 'utf8'));
        if ('error' in parts) throw new Error(`${file}: ${parts.error}`);
        return { file, lang, slug: name.replace(/\.mdx$/, ''), ...parts };
      });
  });
}
