/**
 * The one content check, used by `npm run validate`, `astro build` and
 * `astro dev`: each JSON file on its own (../json-content.ts, parsed once per
 * distinct text), the task pages (tasks.ts), the rules
 * across files (links.ts) and missing translations. `checkContentFiles` is
 * pure over files in memory; `validateContent` reads them from disk first.
 * Neither throws: any input gives messages.
 */
import type { ContentProblem } from '../errors';
import { todayInSiteZone } from '../../judging/today';
import { type JsonContent, parsedJsonContent } from '../json-content';
import { checkFigures } from './figures';
import { checkLinks } from './links';
import { readContentFiles, type ContentFiles } from './read';
import { checkResearch } from './research';
import { checkTaskFiles, type SiteLink } from './tasks';

export type { ContentFiles } from './read';

export interface ValidationResult {
  errors: ContentProblem[];
  /** Missing translations (published with the other language and a notice) and figures history questions; errors under --strict. */
  warnings: ContentProblem[];
  /** Links and images within this site, by task file, for the build to check once the pages exist. */
  links: SiteLink[];
  /** The JSON files as parsed, where they could be: the very objects the pages get from content.ts. */
  content: JsonContent;
}

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today in Asia/Shanghai. */
  today?: string;
}

/** Checks content held in memory. Pure apart from compiling MDX; never throws. */
export async function checkContentFiles(files: ContentFiles, { today = todayInSiteZone() }: CheckOptions = {}): Promise<ValidationResult> {
  const json = parsedJsonContent(files);
  const pages = await checkTaskFiles(files, json.data.registry);
  const figures = checkFigures(files, json.data, today);
  return {
    errors: [...json.errors, ...pages.errors, ...checkLinks(files, json.data, pages.tasks, today), ...figures.errors, ...checkResearch(files, json.data)],
    warnings: [...json.untranslated.map(({ lang: _lang, ...problem }) => problem), ...pages.warnings, ...figures.warnings],
    links: pages.links,
    content: json.data,
  };
}

/** Reads content/ under `root` and checks it. Never throws. */
export async function validateContent(root: string, options: CheckOptions = {}): Promise<ValidationResult> {
  return checkContentFiles(readContentFiles(root), options);
}
