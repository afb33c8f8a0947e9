/**
 * The one content check, used by `npm run validate`, `astro build` and
 * `astro dev`: syntax, schemas (which hold every single-file rule), references
 * between files, MDX against its allow-list, and missing translations.
 * `checkContentFiles` is pure over files in memory; `validateContent` reads
 * them from disk first. Neither throws: any input gives messages.
 */
import type { z } from 'zod';
import { checkContent, type ContentProblem } from '../content-error';
import { jsonFiles, taskFiles } from '../content-files';
import { languages, type Lang } from '../locale';
import type { MetricsFile } from '../schema/metrics';
import type { Plan } from '../schema/plan';
import type { Registry } from '../schema/registry';
import type { Site } from '../schema/site';
import type { SourceText } from '../schema/source';
import { TaskFrontmatter } from '../schema/task';
import { readFrontmatter } from '../task-files';
import { todayInSiteZone } from '../today';
import { untranslatedTexts } from '../translations';
import { duplicateKeys, lineAndColumn, locate, readJson } from './json';
import { checkMdx } from './mdx';
import { decodeText, readContentFiles, tooDeep, MAX_JSON_DEPTH, type ContentFiles } from './read';

export { EARLIEST_FIGURE } from '../schema/metrics';
export type { ContentFiles } from './read';

export interface ValidationResult {
  errors: ContentProblem[];
  /** Missing translations: published with the other language and a notice; errors under --strict. */
  warnings: ContentProblem[];
  /** Links and images within this site, by task file, for the build to check once the pages exist. */
  links: { file: string; url: string; line?: number }[];
}

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today in Asia/Shanghai. */
  today?: string;
}

/** One JSON content file: text, syntax, nesting, duplicate keys, schema; problems carry line and column. */
function checkJsonFile<T>(files: ContentFiles, file: string, schema: z.ZodType, errors: ContentProblem[]): T | undefined {
  const entry = files.get(file);
  if (!entry) {
    errors.push({ file, where: '', message: 'the file is missing' });
    return undefined;
  }
  const decoded = decodeText(file, entry);
  if ('problem' in decoded) {
    errors.push(decoded.problem);
    return undefined;
  }
  const text = decoded.text;
  if (!text.trim()) {
    errors.push({ file, where: '', message: 'the file holds only spaces or blank lines: it must hold JSON' });
    return undefined;
  }
  const deep = tooDeep(text);
  if (deep >= 0) {
    errors.push({ file, where: '', message: `brackets are nested more than ${MAX_JSON_DEPTH} levels deep: no content file needs that; check the brackets`, ...lineAndColumn(text, deep) });
    return undefined;
  }
  const json = readJson(file, text);
  if (json.problems.length) {
    errors.push(...json.problems);
    return undefined;
  }
  const repeated = duplicateKeys(file, text);
  errors.push(...repeated);
  const checked = checkContent(schema, json.data, file);
  errors.push(...locate(text, checked.problems));
  return repeated.length ? undefined : (checked.data as T | undefined);
}

interface TaskFileData {
  file: string;
  lang: Lang;
  name: string;
  data?: z.infer<typeof TaskFrontmatter>;
}

/** Checks content held in memory. Pure apart from compiling MDX; never throws. */
export async function checkContentFiles(files: ContentFiles, { today = todayInSiteZone() }: CheckOptions = {}): Promise<ValidationResult> {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const links: ValidationResult['links'] = [];
  const guard = async (file: string, work: () => void | Promise<void>) => {
    try {
      await work();
    } catch (error) {
      // A last resort: a message naming the file is always better than a stack trace.
      errors.push({ file, where: '', message: `could not be checked (${(error as Error)?.message?.split('\n')[0] ?? String(error)}): check the file for unusual structure` });
    }
  };

  let registry: Registry | undefined;
  let metricsFile: MetricsFile | undefined;
  let plan: Plan | undefined;
  let site: Site | undefined;
  let source: SourceText | undefined;
  await guard(jsonFiles.registry.file, () => void (registry = checkJsonFile<Registry>(files, jsonFiles.registry.file, jsonFiles.registry.schema, errors)));
  await guard(jsonFiles.metrics.file, () => void (metricsFile = checkJsonFile<MetricsFile>(files, jsonFiles.metrics.file, jsonFiles.metrics.schema, errors)));
  await guard(jsonFiles.plan.file, () => void (plan = checkJsonFile<Plan>(files, jsonFiles.plan.file, jsonFiles.plan.schema, errors)));
  await guard(jsonFiles.site.file, () => void (site = checkJsonFile<Site>(files, jsonFiles.site.file, jsonFiles.site.schema, errors)));
  await guard(jsonFiles.source.file, () => void (source = checkJsonFile<SourceText>(files, jsonFiles.source.file, jsonFiles.source.schema, errors)));
  for (const [file, data] of [[jsonFiles.metrics.file, metricsFile], [jsonFiles.plan.file, plan], [jsonFiles.source.file, source], [jsonFiles.registry.file, registry]] as const) {
    warnings.push(...untranslatedTexts(data, file).map(({ lang: _lang, ...problem }) => problem));
  }

  const unitIds = new Set(registry?.units.map((unit) => unit.id));
  const bodyIds = new Set([...(registry?.units ?? []), ...(registry?.bodies ?? [])].map((body) => body.id));
  const termIds = new Set(registry?.terms.map((term) => term.id));

  // Task pages: names, frontmatter, MDX, references.
  const tasks: TaskFileData[] = [];
  for (const lang of languages) {
    const folder = `${taskFiles.dir}/${lang}/`;
    if (!files.has(folder)) {
      errors.push({ file: folder, where: '', message: 'the folder is missing' });
      continue;
    }
    const names = [...files.keys()].filter((path) => path.startsWith(folder) && path !== folder).map((path) => path.slice(folder.length)).sort();
    for (const name of names) {
      const file = taskFiles.path(lang, name);
      await guard(file, async () => {
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
        if (data && unitIds.size) {
          data.units.forEach((id, index) => {
            if (!unitIds.has(id)) errors.push({ file, where: `units[${index}]`, message: `no responsible unit with id "${id}" in content/registry.json` });
          });
        }
        const mdx = await checkMdx(file, parts.body, parts.bodyLine);
        errors.push(...mdx.problems);
        links.push(...mdx.links.map((link) => ({ file, ...link })));
        if (termIds.size) {
          for (const term of mdx.terms) if (!termIds.has(term.id)) errors.push({ file, where: `<Term id="${term.id}">`, message: `no term with id "${term.id}" in content/registry.json`, ...(term.line ? { line: term.line } : {}) });
        }
        tasks.push({ file, lang, name, data });
      });
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
      if (task.data && files.has(`${taskFiles.dir}/${otherLang}/`)) warnings.push({ file: taskFiles.path(otherLang, task.name), where: '', message: `missing translation of ${task.file}: the ${task.lang === 'zh' ? 'Chinese' : 'English'} page is shown instead, with a notice` });
      continue;
    }
    if (task.lang === 'en' && task.data && twin.data) {
      for (const field of ['task', 'group', 'units', 'metrics'] as const) {
        if (JSON.stringify(task.data[field]) !== JSON.stringify(twin.data[field])) {
          errors.push({ file: task.file, where: field, message: `differs from ${twin.file} (${JSON.stringify(task.data[field])} here, ${JSON.stringify(twin.data[field])} there): both languages must agree` });
        }
      }
    }
  }

  // Metrics against the clock, the plan and the task pages.
  const taskNumbers = new Set(tasks.flatMap((task) => (task.data ? [task.data.task] : [])));
  if (metricsFile) {
    const { metrics, asOf } = metricsFile;
    const file = jsonFiles.metrics.file;
    const found: ContentProblem[] = [];
    if (asOf > today) found.push({ file, where: 'asOf', message: `"${asOf}" is in the future (today is ${today} in Wuhan): asOf is the date the figures were last checked` });
    metrics.forEach((metric, index) => {
      metric.tasks.forEach((task, position) => {
        if (taskNumbers.size && !taskNumbers.has(task)) found.push({ file, where: `metrics[${index}].tasks[${position}]`, message: `there is no task ${task} in content/tasks/` });
      });
      metric.observations.forEach((observation, position) => {
        const where = `metrics[${index}].observations[${position}]`;
        if (observation.source.publishedOn < observation.date) found.push({ file, where: `${where}.source.publishedOn`, message: `the source is dated ${observation.source.publishedOn}, before the figure's date (${observation.date}): check both dates` });
        if (!plan) return;
        if (observation.kind === 'progress' && observation.date < plan.targetPeriod.start) found.push({ file, where: `${where}.kind`, message: `a progress figure must be dated in the plan period (from ${plan.targetPeriod.start}); an earlier figure has kind "baseline"` });
        if (observation.kind === 'baseline' && observation.date >= plan.targetPeriod.start) found.push({ file, where: `${where}.kind`, message: `a baseline figure is from before the plan period (before ${plan.targetPeriod.start}); a figure dated ${observation.date} has kind "progress"` });
        if (observation.kind === 'progress' && observation.date > plan.targetPeriod.end) found.push({ file, where: `${where}.date`, message: `a progress figure must be dated within the plan period (up to ${plan.targetPeriod.end})` });
      });
    });
    const text = files.get(file);
    errors.push(...(text instanceof Uint8Array ? locate(new TextDecoder().decode(text), found) : found));
    // Tasks and metrics point at each other: both sides must say the same.
    for (const task of tasks.filter((candidate) => candidate.lang === 'zh' && candidate.data)) {
      const linked = metrics.filter((metric) => metric.tasks.includes(task.data!.task)).map((metric) => metric.id);
      task.data!.metrics.forEach((id, index) => {
        const metric = metrics.find((candidate) => candidate.id === id);
        if (!metric) errors.push({ file: task.file, where: `metrics[${index}]`, message: `no metric with id "${id}" in content/metrics.json` });
        else if (!metric.tasks.includes(task.data!.task)) errors.push({ file: task.file, where: `metrics[${index}]`, message: `lists "${id}", but that metric's tasks in content/metrics.json do not include ${task.data!.task}: add it there or remove it here` });
      });
      for (const id of linked.filter((candidate) => !task.data!.metrics.includes(candidate))) {
        errors.push({ file: task.file, where: 'metrics', message: `content/metrics.json links "${id}" to task ${task.data!.task}, but this list does not include it: add it here or remove the task there` });
      }
    }
  }

  if (site && bodyIds.size && !bodyIds.has(site.publisher)) errors.push({ file: jsonFiles.site.file, where: 'publisher', message: `no body with id "${site.publisher}" in content/registry.json` });
  if (plan && bodyIds.size && !bodyIds.has(plan.document.issuer)) errors.push({ file: jsonFiles.plan.file, where: 'document.issuer', message: `no body with id "${plan.document.issuer}" in content/registry.json` });

  metricsFile?.metrics.forEach((metric, index) => {
    if (bodyIds.size && !bodyIds.has(metric.publishedBy)) errors.push({ file: jsonFiles.metrics.file, where: `metrics[${index}].publishedBy`, message: `no body with id "${metric.publishedBy}" in content/registry.json: add it there in both languages, or use an existing id` });
  });
  return { errors, warnings, links };
}

/** Reads content/ under `root` and checks it. Never throws. */
export async function validateContent(root: string, options: CheckOptions = {}): Promise<ValidationResult> {
  return checkContentFiles(readContentFiles(root), options);
}
