/**
 * Validates everything in content/ without building the site: syntax,
 * schemas, ranges, duplicate ids, references between files, MDX, unsafe
 * content and missing translations. The build runs the same checks first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { checkContent, type ContentProblem } from '../content-error';
import { languages, type Lang } from '../locale';
import { MetricsFile } from '../schema/metrics';
import { Plan } from '../schema/plan';
import { Registry } from '../schema/registry';
import { Site } from '../schema/site';
import { SourceText } from '../schema/source';
import { TaskFrontmatter } from '../schema/task';
import { splitFrontmatter } from '../task-files';
import { untranslatedTexts } from '../translations';
import { duplicateKeys, locate, readJson } from './json';
import { checkMdx } from './mdx';

export interface ValidationResult {
  errors: ContentProblem[];
  /** Missing translations: published with the other language and a notice; errors under --strict. */
  warnings: ContentProblem[];
}

/** The earliest date a figure may carry: anything older is a typo, not a baseline. */
export const EARLIEST_FIGURE = '2000-01-01';
const TASK_FILE = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** Each JSON file's text as read, so later checks can point at lines without reading it again. */
type Texts = Map<string, string>;

function readJsonFile<T extends z.ZodType>(root: string, file: string, schema: T, errors: ContentProblem[], texts: Texts): z.infer<T> | undefined {
  const path = join(root, file);
  if (!existsSync(path)) {
    errors.push({ file, where: '', message: 'the file is missing' });
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  texts.set(file, text);
  const json = readJson(file, text);
  if (json.problems.length) {
    errors.push(...json.problems);
    return undefined;
  }
  const repeated = duplicateKeys(file, text);
  errors.push(...repeated);
  const checked = checkContent(schema, json.data, file);
  errors.push(...locate(text, checked.problems));
  return repeated.length ? undefined : checked.data;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): { value: string; index: number }[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    const value = key(item);
    if (seen.has(value)) return [{ value, index }];
    seen.add(value);
    return [];
  });
}

interface TaskFileData {
  file: string;
  lang: Lang;
  name: string;
  data?: z.infer<typeof TaskFrontmatter>;
}

export async function validateContent(root: string, { today = new Date().toISOString().slice(0, 10) } = {}): Promise<ValidationResult> {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];

  const texts: Texts = new Map();
  const registry = readJsonFile(root, 'content/registry.json', Registry, errors, texts);
  const metricsFile = readJsonFile(root, 'content/metrics.json', MetricsFile, errors, texts);
  const plan = readJsonFile(root, 'content/plan.json', Plan, errors, texts);
  const site = readJsonFile(root, 'content/site.json', Site, errors, texts);
  const source = readJsonFile(root, 'content/source/plan.json', SourceText, errors, texts);
  for (const [file, data] of [['content/metrics.json', metricsFile], ['content/plan.json', plan], ['content/source/plan.json', source], ['content/registry.json', registry]] as const) {
    warnings.push(...untranslatedTexts(data, file).map(({ lang: _lang, ...problem }) => problem));
  }

  // The registry: one id, one English name.
  const unitIds = new Set(registry?.units.map((unit) => unit.id));
  const bodyIds = new Set([...(registry?.units ?? []), ...(registry?.bodies ?? [])].map((body) => body.id));
  const termIds = new Set(registry?.terms.map((term) => term.id));
  if (registry) {
    const all = [...registry.units.map((entry, index) => ({ entry, where: `units[${index}]` })), ...registry.bodies.map((entry, index) => ({ entry, where: `bodies[${index}]` })), ...registry.terms.map((entry, index) => ({ entry, where: `terms[${index}]` }))];
    for (const { value, index } of duplicates(all, ({ entry }) => entry.id)) errors.push({ file: 'content/registry.json', where: `${all[index]!.where}.id`, message: `duplicate id "${value}": every id must be used once` });
    const english = new Map<string, string>();
    for (const { entry, where } of all) {
      const other = english.get(entry.zh);
      if (other !== undefined && other !== entry.en) errors.push({ file: 'content/registry.json', where: `${where}.en`, message: `"${entry.zh}" already has the English name "${other}": one Chinese name gets one English name` });
      english.set(entry.zh, entry.en);
    }
  }

  // Task pages: names, frontmatter, MDX, references.
  const tasks: TaskFileData[] = [];
  for (const lang of languages) {
    const dir = join(root, 'content', 'tasks', lang);
    if (!existsSync(dir)) {
      errors.push({ file: `content/tasks/${lang}/`, where: '', message: 'the folder is missing' });
      continue;
    }
    // Dotfiles (.DS_Store, editor swap files) are the system's, not content.
    for (const name of readdirSync(dir).filter((entry) => !entry.startsWith('.')).sort()) {
      const file = `content/tasks/${lang}/${name}`;
      const match = name.match(TASK_FILE);
      if (!match) {
        errors.push({ file, where: '', message: 'task files are named NN-slug.mdx, e.g. 01-major-diplomatic-events.mdx (two digits, then lower-case words joined by hyphens)' });
        continue;
      }
      const text = readFileSync(join(dir, name), 'utf8');
      const parts = splitFrontmatter(text);
      if (!parts) {
        errors.push({ file, where: 'frontmatter', message: 'the file must start with frontmatter between two lines of ---', line: 1 });
        tasks.push({ file, lang, name });
        continue;
      }
      let frontmatter: unknown;
      try {
        frontmatter = parseYaml(parts.yaml);
      } catch (error) {
        const position = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
        errors.push({ file, where: 'frontmatter', message: `YAML syntax error: ${(error as Error).message.split('\n')[0]}`, ...(position ? { line: position.line + 1, column: position.col } : {}) });
        tasks.push({ file, lang, name });
        continue;
      }
      const checked = checkContent(TaskFrontmatter, frontmatter, file);
      errors.push(...checked.problems.map((problem) => ({ ...problem, where: problem.where || 'frontmatter' })));
      const data = checked.data;
      if (data && Number(match[1]) !== data.task) errors.push({ file, where: 'task', message: `the file name starts with ${match[1]} but task is ${data.task}: they must agree` });
      if (data && unitIds.size) {
        data.units.forEach((id, index) => {
          if (!unitIds.has(id)) errors.push({ file, where: `units[${index}]`, message: `no responsible unit with id "${id}" in content/registry.json` });
        });
      }
      const mdx = await checkMdx(file, parts.body, parts.bodyLine, root);
      errors.push(...mdx.problems);
      if (termIds.size) {
        for (const term of mdx.terms) if (!termIds.has(term.id)) errors.push({ file, where: `<Term id="${term.id}">`, message: `no term with id "${term.id}" in content/registry.json`, ...(term.line ? { line: term.line } : {}) });
      }
      tasks.push({ file, lang, name, data });
    }
  }

  for (const lang of languages) {
    const own = tasks.filter((task) => task.lang === lang && task.data);
    for (const { value, index } of duplicates(own, (task) => String(task.data!.task))) errors.push({ file: own[index]!.file, where: 'task', message: `task ${value} appears in two files in content/tasks/${lang}/` });
  }
  // Translations: the same file in both folders, agreeing on everything but the words.
  for (const task of tasks) {
    const otherLang: Lang = task.lang === 'zh' ? 'en' : 'zh';
    const twin = tasks.find((candidate) => candidate.lang === otherLang && candidate.name === task.name);
    if (!twin) {
      warnings.push({ file: `content/tasks/${otherLang}/${task.name}`, where: '', message: `missing translation of ${task.file}: the ${task.lang === 'zh' ? 'Chinese' : 'English'} page is shown instead, with a notice` });
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

  // Metrics: unique ids, sensible dates and values, links to tasks that exist.
  const taskNumbers = new Set(tasks.flatMap((task) => (task.data ? [task.data.task] : [])));
  if (metricsFile) {
    const { metrics, asOf } = metricsFile;
    const file = 'content/metrics.json';
    const located = (problems: ContentProblem[]) => locate(texts.get(file) ?? '', problems);
    const found: ContentProblem[] = [];
    if (asOf > today) found.push({ file, where: 'asOf', message: `"${asOf}" is in the future: asOf is the date the figures were last checked` });
    for (const { value, index } of duplicates(metrics, (metric) => metric.id)) found.push({ file, where: `metrics[${index}].id`, message: `duplicate id "${value}": every metric needs its own id` });
    metrics.forEach((metric, index) => {
      if (metric.measure === 'growth-rate' && metric.unit.en !== '%') found.push({ file, where: `metrics[${index}].unit`, message: `a growth rate is measured in percent: expected { "zh": "%", "en": "%" }` });
      metric.tasks.forEach((task, position) => {
        if (taskNumbers.size && !taskNumbers.has(task)) found.push({ file, where: `metrics[${index}].tasks[${position}]`, message: `there is no task ${task} in content/tasks/` });
      });
      metric.observations.forEach((observation, position) => {
        const where = `metrics[${index}].observations[${position}]`;
        if (observation.date < EARLIEST_FIGURE) found.push({ file, where: `${where}.date`, message: `"${observation.date}" is before ${EARLIEST_FIGURE}: check the year` });
        if (observation.date > asOf) found.push({ file, where: `${where}.date`, message: `"${observation.date}" is after asOf (${asOf}): a figure cannot be dated after the data was checked` });
        if (plan && observation.kind === 'progress' && observation.date < plan.targetPeriod.start) found.push({ file, where: `${where}.kind`, message: `a progress figure must be dated in the plan period (from ${plan.targetPeriod.start}); an earlier figure has kind "baseline"` });
        if (plan && observation.kind === 'baseline' && observation.date >= plan.targetPeriod.start) found.push({ file, where: `${where}.kind`, message: `a baseline figure is from before the plan period (before ${plan.targetPeriod.start}); a figure dated ${observation.date} has kind "progress"` });
        if (plan && observation.kind === 'progress' && observation.date > plan.targetPeriod.end) found.push({ file, where: `${where}.date`, message: `a progress figure must be dated within the plan period (up to ${plan.targetPeriod.end})` });
        if (observation.source.publishedOn < observation.date) found.push({ file, where: `${where}.source.publishedOn`, message: `the source is dated ${observation.source.publishedOn}, before the figure's date (${observation.date}): check both dates` });
        if (observation.value < 0 && metric.measure !== 'growth-rate') found.push({ file, where: `${where}.value`, message: `expected a number of 0 or more, got ${observation.value}: only growth rates can be negative` });
      });
    });
    errors.push(...located(found));
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

  if (plan) {
    const file = 'content/plan.json';
    const { start, end } = plan.targetPeriod;
    if (start > end) errors.push({ file, where: 'targetPeriod', message: `starts (${start}) after it ends (${end})` });
    plan.phases.forEach((phase, index) => {
      if (phase.start > phase.end) errors.push({ file, where: `phases[${index}]`, message: `starts (${phase.start}) after it ends (${phase.end})` });
      const previous = plan.phases[index - 1];
      if (previous && phase.start <= previous.end) errors.push({ file, where: `phases[${index}].start`, message: `the phases must follow one another: this one starts (${phase.start}) before the previous one ends (${previous.end})` });
      if (phase.start < start.slice(0, 7) || phase.end > end.slice(0, 7)) errors.push({ file, where: `phases[${index}]`, message: `lies outside the plan period (${start} to ${end})` });
    });
  }

  metricsFile?.metrics.forEach((metric, index) => {
    if (bodyIds.size && !bodyIds.has(metric.publishedBy)) errors.push({ file: 'content/metrics.json', where: `metrics[${index}].publishedBy`, message: `no body with id "${metric.publishedBy}" in content/registry.json: add it there in both languages, or use an existing id` });
  });
  if (site && bodyIds.size && !bodyIds.has(site.publisher)) errors.push({ file: 'content/site.json', where: 'publisher', message: `no body with id "${site.publisher}" in content/registry.json` });
  if (plan && bodyIds.size && !bodyIds.has(plan.document.issuer)) errors.push({ file: 'content/plan.json', where: 'document.issuer', message: `no body with id "${plan.document.issuer}" in content/registry.json` });

  return { errors, warnings };
}
