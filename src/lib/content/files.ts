/**
 * The one description of content/: which JSON files exist and the schema of
 * each, and how task pages are laid out. The validator, the build's content
 * module, the content collection and the JSON Schema generator all read it.
 */
import type { z } from 'zod';
import { languages, type Lang } from '../language/locale';
import { MetricsFile } from './schema/metrics';
import { Plan } from './schema/plan';
import { Registry } from './schema/registry';
import { ResearchDecisionsFile } from './schema/research';
import { Site } from './schema/site';
import { SourceText } from './schema/source';

export interface JsonContentFile {
  /** Path from the project root. */
  file: string;
  schema: z.ZodType;
  /** What the file holds, for its JSON Schema's title. */
  title: string;
}

/** Every JSON content file, in the order the validator reads them (the registry first: others refer to it). */
export const jsonFiles = {
  registry: { file: 'content/registry.json', schema: Registry, title: 'Every name in both languages' },
  metrics: { file: 'content/metrics.json', schema: MetricsFile, title: "The plan's targets and published figures" },
  plan: { file: 'content/plan.json', schema: Plan, title: 'The plan document, groups, phases and organization' },
  site: { file: 'content/site.json', schema: Site, title: "The site's name, permanent identity, operator and filing numbers" },
  source: { file: 'content/source/plan.json', schema: SourceText, title: "The plan's original text with its translation" },
  research: {
    file: 'content/research-decisions.json',
    schema: ResearchDecisionsFile,
    title: 'Every figure found in public sources, and whether it is published',
  },
} as const satisfies Record<string, JsonContentFile>;

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
