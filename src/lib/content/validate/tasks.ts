/**
 * The task pages: file names, frontmatter against its schema, MDX against its
 * allow-list, units and terms that exist in the registry, one file per task
 * number, and the two languages' files agreeing on everything but the words.
 */
import type { z } from 'zod';
import { checkContent, uncheckable, type ContentProblem } from '../errors';
import { taskFiles } from '../task-layout';
import { languages, type Lang } from '../../language/locale';
import type { Registry } from '../schema/registry';
import { TaskFrontmatter } from '../schema/task';
import { readFrontmatter } from '../task-files';
import { checkMdx } from './mdx';
import { decodeText, type ContentFiles } from './read';

export interface TaskFileData {
  file: string;
  lang: Lang;
  name: string;
  data?: z.infer<typeof TaskFrontmatter>;
}

/** A link or image within this site, for the build to check once the pages exist. */
export interface SiteLink {
  file: string;
  url: string;
  line?: number;
}

export interface TaskCheck {
  tasks: TaskFileData[];
  errors: ContentProblem[];
  warnings: ContentProblem[];
  links: SiteLink[];
}

/** Longest task file, frontmatter included. */
const MAX_TASK_FILE = 50_000;

/** One task file; problems go to `errors`, links to `links`. */
async function checkTaskFile(files: ContentFiles, lang: Lang, name: string, registry: Registry | undefined, found: TaskCheck): Promise<void> {
  const { errors, tasks, links } = found;
  const file = taskFiles.path(lang, name);
  const match = name.match(taskFiles.name);
  if (!match) {
    errors.push({ file, where: '', message: taskFiles.nameRule });
    return;
  }
  const decoded = decodeText(file, files.get(file)!);
  if ('problem' in decoded) {
    errors.push(decoded.problem);
    tasks.push({ file, lang, name });
    return;
  }
  // Far above any real task file (about 2 KB), and small enough that reading its frontmatter takes no time.
  if (decoded.text.length > MAX_TASK_FILE) {
    errors.push({ file, where: '', message: `the file is ${decoded.text.length} characters long; a task file is at most ${MAX_TASK_FILE}` });
    tasks.push({ file, lang, name });
    return;
  }
  const parts = readFrontmatter(decoded.text);
  if ('error' in parts) {
    errors.push({ file, where: 'frontmatter', message: parts.error, ...(parts.line ? { line: parts.line } : {}), ...(parts.column ? { column: parts.column } : {}) });
    tasks.push({ file, lang, name });
    return;
  }
  const checked = checkContent(TaskFrontmatter, parts.frontmatter, file);
  // Point at the field's line in the frontmatter, as JSON messages point at theirs.
  const lines = decoded.text.split('\n');
  const lineOf = (where: string) => {
    const key = where.match(/^[^.[]+/)?.[0];
    const index = key ? lines.findIndex((line) => line.startsWith(`${key}:`)) : -1;
    return index >= 0 ? { line: index + 1 } : {};
  };
  errors.push(...checked.problems.map((problem) => ({ ...problem, where: problem.where || 'frontmatter', ...lineOf(problem.where) })));
  const data = checked.data;
  if (data && Number(match[1]) !== data.task) errors.push({ file, where: 'task', message: `the file name starts with ${match[1]} but task is ${data.task}: they must agree` });
  const unitIds = new Set(registry?.units.map((unit) => unit.id));
  if (data && unitIds.size) {
    data.units.forEach((id, index) => {
      if (!unitIds.has(id)) errors.push({ file, where: `units[${index}]`, message: `no responsible unit with id "${id}" in content/registry.json` });
    });
  }
  const mdx = await checkMdx(file, parts.body, parts.bodyLine);
  errors.push(...mdx.problems);
  links.push(...mdx.links.map((link) => ({ file, ...link })));
  const termIds = new Set(registry?.terms.map((term) => term.id));
  if (termIds.size) {
    for (const term of mdx.terms)
      if (!termIds.has(term.id))
        errors.push({ file, where: `<Term id="${term.id}">`, message: `no term with id "${term.id}" in content/registry.json`, ...(term.line ? { line: term.line } : {}) });
  }
  tasks.push({ file, lang, name, data });
}

/** Every task page in `files`, checked against the registry where it could be read. Never throws. */
export async function checkTaskFiles(files: ContentFiles, registry: Registry | undefined): Promise<TaskCheck> {
  const found: TaskCheck = { tasks: [], errors: [], warnings: [], links: [] };
  const { tasks, errors, warnings } = found;
  for (const lang of languages) {
    const folder = `${taskFiles.dir}/${lang}/`;
    if (!files.has(folder)) {
      errors.push({ file: folder, where: '', message: 'the folder is missing' });
      continue;
    }
    const names = [...files.keys()]
      .filter((path) => path.startsWith(folder) && path !== folder)
      .map((path) => path.slice(folder.length))
      .sort();
    for (const name of names) {
      try {
        await checkTaskFile(files, lang, name, registry, found);
      } catch (error) {
        errors.push(uncheckable(taskFiles.path(lang, name), error));
      }
    }
  }

  for (const lang of languages) {
    const seen = new Map<number, string>();
    for (const task of tasks.filter((candidate) => candidate.lang === lang && candidate.data)) {
      const other = seen.get(task.data!.task);
      if (other) errors.push({ file: task.file, where: 'task', message: `task ${task.data!.task} appears in two files in content/tasks/${lang}/ (also ${other})` });
      else seen.set(task.data!.task, task.file);
    }
  }
  // Translations: the same file in both folders, agreeing on everything but the words.
  for (const task of tasks) {
    const otherLang: Lang = task.lang === 'zh' ? 'en' : 'zh';
    const twin = tasks.find((candidate) => candidate.lang === otherLang && candidate.name === task.name);
    if (!twin) {
      // A file that could not be read has its own error; its missing twin is not news.
      if (task.data && files.has(`${taskFiles.dir}/${otherLang}/`))
        warnings.push({
          file: taskFiles.path(otherLang, task.name),
          where: '',
          message: `missing translation of ${task.file}: the ${task.lang === 'zh' ? 'Chinese' : 'English'} page is shown instead, with a notice`,
        });
      continue;
    }
    if (task.lang === 'en' && task.data && twin.data) {
      for (const field of ['task', 'group', 'units', 'metrics'] as const) {
        if (JSON.stringify(task.data[field]) !== JSON.stringify(twin.data[field])) {
          errors.push({
            file: task.file,
            where: field,
            message: `differs from ${twin.file} (${JSON.stringify(task.data[field])} here, ${JSON.stringify(twin.data[field])} there): both languages must agree`,
          });
        }
      }
    }
  }
  return found;
}
