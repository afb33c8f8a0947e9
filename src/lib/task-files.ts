/**
 * Reads the task MDX files straight from disk, for checks that run outside
 * Astro (tests, and the editors' validator). The site itself reads them
 * through the content collection, with the same frontmatter schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { languages, type Lang } from './locale';

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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = text.match(FRONTMATTER);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Every task file under `content/tasks/{zh,en}/`, sorted by path. */
export function readTaskFiles(root: string): TaskFile[] {
  return languages.flatMap((lang) => {
    const dir = join(root, 'content', 'tasks', lang);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = `content/tasks/${lang}/${name}`;
        const parts = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
        if (!parts) throw new Error(`${file}: the file must start with frontmatter between two lines of ---`);
        return { file, lang, slug: name.replace(/\.mdx$/, ''), frontmatter: parseYaml(parts.yaml), body: parts.body, bodyLine: parts.bodyLine };
      });
  });
}
