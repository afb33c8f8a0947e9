/**
 * What a pull request does to the site, for the reviewer: the figures added, changed or removed, each
 * with its target's status and distance before → after in the site's own words; the targets whose
 * definition changed; task pages changed, by language; other content files changed; and what the
 * content check says of the head. Pure over two sets of content files in memory.
 */
import { formatProblem } from '../../src/lib/content/errors';
import { jsonFiles, parseJsonContent } from '../../src/lib/content/json-content';
import { taskFiles } from '../../src/lib/content/task-layout';
import { useTranslations } from '../../src/lib/language/i18n';
import { languages, type Lang } from '../../src/lib/language/locale';
import { assess, type JudgingContext } from '../../src/lib/judging/progress';
import { startLine } from '../../src/lib/judging/start-line';
import type { Metric, Observation } from '../../src/lib/content/schema/metrics';
import { checkContentFiles, type ContentFiles } from '../../src/lib/content/validate/index';

/** Marks the pull request comment the summary is posted as, so that the workflow finds and updates it. */
export const COMMENT_MARK = '<!-- change-summary -->';

/** A target as the site reports it, in one language. */
export interface Progress {
  status: string;
  distance?: string;
}

/**
 * The one place this script meets the progress engine (src/lib/judging/progress.ts, reporting.ts): a target's
 * status and distance, worded as the site words them. When the engine's API changes, only this changes.
 */
export function progressOf(metric: Metric, judging: JudgingContext, lang: Lang): Progress {
  const t = useTranslations(lang);
  const assessment = assess(metric, judging);
  const { distance } = startLine(metric, assessment, lang, t);
  return { status: t(`status.${assessment.status}`), ...(distance ? { distance } : {}) };
}

export interface FigureChange {
  change: 'added' | 'changed' | 'removed';
  before?: Observation;
  after?: Observation;
}

export interface TargetChange {
  metricId: string;
  name: Record<Lang, string>;
  figures: FigureChange[];
  /** The target itself (its value, wording, unit…) changed, not only its figures. */
  definitionChanged: boolean;
  /** Absent on the side where the target does not exist. */
  before?: Record<Lang, Progress>;
  after?: Record<Lang, Progress>;
}

export interface FileChange {
  path: string;
  change: 'added' | 'changed' | 'removed';
}

export interface ChangeSummary {
  targets: TargetChange[];
  /** Task pages, by language. */
  tasks: Record<Lang, FileChange[]>;
  /** The other JSON content files. */
  files: FileChange[];
  asOf?: { before?: string; after?: string };
  errors: string[];
  warnings: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Figures keyed by date, numbered when one date has several, so each is matched with itself across the two sides. */
function byDate(observations: readonly Observation[]): Map<string, Observation> {
  const keyed = new Map<string, Observation>();
  for (const observation of observations) {
    let key = observation.date;
    for (let count = 2; keyed.has(key); count += 1) key = `${observation.date}#${count}`;
    keyed.set(key, observation);
  }
  return keyed;
}

function figureChanges(before: readonly Observation[], after: readonly Observation[]): FigureChange[] {
  const old = byDate(before);
  const now = byDate(after);
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  return keys.flatMap((key): FigureChange[] => {
    const was = old.get(key);
    const is = now.get(key);
    if (was && is) return same(was, is) ? [] : [{ change: 'changed', before: was, after: is }];
    return was ? [{ change: 'removed', before: was }] : [{ change: 'added', after: is! }];
  });
}

const progressIn = (metric: Metric, judging: JudgingContext) =>
  Object.fromEntries(languages.map((lang) => [lang, progressOf(metric, judging, lang)])) as Record<Lang, Progress>;

function fileChanges(base: ContentFiles, head: ContentFiles, paths: readonly string[]): FileChange[] {
  return paths.flatMap((path): FileChange[] => {
    const was = base.get(path);
    const is = head.get(path);
    const bytes = (entry: typeof was) =>
      entry instanceof Uint8Array
        ? Buffer.from(entry).toString('base64')
        : entry === undefined
          ? undefined
          : JSON.stringify(entry);
    if (bytes(was) === bytes(is)) return [];
    return [{ path, change: was === undefined ? 'added' : is === undefined ? 'removed' : 'changed' }];
  });
}

/** Compares the content of the base and the head of a pull request. */
export async function summarizeChanges(
  base: ContentFiles,
  head: ContentFiles,
  { today }: { today?: string } = {},
): Promise<ChangeSummary> {
  const old = parseJsonContent(base).data;
  const checked = await checkContentFiles(head, today ? { today } : {});
  const now = checked.content;
  const targets: TargetChange[] = [];
  const oldMetrics = new Map((old.metrics?.metrics ?? []).map((metric) => [metric.id, metric]));
  const newMetrics = new Map((now.metrics?.metrics ?? []).map((metric) => [metric.id, metric]));
  for (const id of new Set([...newMetrics.keys(), ...oldMetrics.keys()])) {
    const was = oldMetrics.get(id);
    const is = newMetrics.get(id);
    const figures = figureChanges(was?.observations ?? [], is?.observations ?? []);
    const definitionChanged =
      Boolean(was && is && !same({ ...was, observations: [] }, { ...is, observations: [] })) || !was || !is;
    const periodsDiffer = old.plan && now.plan && !same(old.plan.targetPeriod, now.plan.targetPeriod);
    if (!figures.length && !definitionChanged && !periodsDiffer) continue;
    // Each side is judged as of its own content date, as its site would show it.
    const before =
      was && old.plan && old.metrics
        ? progressIn(was, { period: old.plan.targetPeriod, asOf: old.metrics.asOf })
        : undefined;
    const after =
      is && now.plan && now.metrics
        ? progressIn(is, { period: now.plan.targetPeriod, asOf: now.metrics.asOf })
        : undefined;
    if (!figures.length && !definitionChanged && same(before, after)) continue;
    targets.push({
      metricId: id,
      name: (is ?? was)!.name,
      figures,
      definitionChanged,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    });
  }
  const taskPaths = (lang: Lang) =>
    [...new Set([...base.keys(), ...head.keys()])]
      .filter((path) => path.startsWith(`${taskFiles.dir}/${lang}/`) && !path.endsWith('/'))
      .sort();
  const tasks = Object.fromEntries(languages.map((lang) => [lang, fileChanges(base, head, taskPaths(lang))])) as Record<
    Lang,
    FileChange[]
  >;
  const files = fileChanges(
    base,
    head,
    Object.values(jsonFiles).map(({ file }) => file),
  );
  const asOf =
    old.metrics?.asOf !== now.metrics?.asOf ? { before: old.metrics?.asOf, after: now.metrics?.asOf } : undefined;
  return {
    targets,
    tasks,
    files,
    ...(asOf ? { asOf } : {}),
    errors: checked.errors.map(formatProblem),
    warnings: checked.warnings.map(formatProblem),
  };
}

/** Content text as markdown that renders as written: no links, HTML, mentions or emphasis from it. */
export function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>@#|~!]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

const both = (progress: Record<Lang, Progress>, key: keyof Progress) =>
  languages.map((lang) => progress[lang][key] ?? '—').join(' · ');

function arrow(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return `(new) → ${plain(after ?? '—')}`;
  if (after === undefined) return `${plain(before)} → (removed)`;
  return before === after ? `${plain(after)} (unchanged)` : `**${plain(before)} → ${plain(after)}**`;
}

function describeFigure(observation: Observation): string {
  const period = observation.period ? `, ${observation.period.from} to ${observation.period.to}` : '';
  const source = observation.source.url ?? 'print only';
  return `${observation.value} (${observation.bound}) dated ${observation.date}${period}, ${observation.kind}; source ${plain(observation.source.publisher.zh)} / ${plain(observation.source.publisher.en)}, published ${observation.source.publishedOn}: \`${source.replace(/`/g, '%60')}\``;
}

/** The summary as markdown, for the job summary and the pull request's comment. `extra` sections (the built pages) go before the content check. */
export function summaryMarkdown(summary: ChangeSummary, extra: readonly string[] = []): string {
  const lines: string[] = ['## What this pull request changes on the site', ''];
  if (summary.asOf)
    lines.push(`- \`asOf\` (content last checked): ${arrow(summary.asOf.before, summary.asOf.after)}`, '');
  lines.push(`### Targets and figures (${summary.targets.length})`, '');
  if (!summary.targets.length) lines.push('No figure or target changed.', '');
  for (const target of summary.targets) {
    lines.push(
      `**${plain(target.name.zh)} · ${plain(target.name.en)}** (\`${target.metricId}\`)${target.definitionChanged ? ' — the target itself changed' : ''}`,
      '',
    );
    for (const figure of target.figures) {
      if (figure.change === 'added') lines.push(`- Figure added: ${describeFigure(figure.after!)}`);
      if (figure.change === 'removed') lines.push(`- Figure removed: ${describeFigure(figure.before!)}`);
      if (figure.change === 'changed')
        lines.push(`- Figure changed: ${describeFigure(figure.before!)}`, `  → now ${describeFigure(figure.after!)}`);
    }
    lines.push(
      `- Status: ${arrow(target.before && both(target.before, 'status'), target.after && both(target.after, 'status'))}`,
    );
    lines.push(
      `- Distance: ${arrow(target.before && both(target.before, 'distance'), target.after && both(target.after, 'distance'))}`,
      '',
    );
  }
  lines.push('### Task pages', '');
  for (const lang of languages) {
    const changed = summary.tasks[lang];
    lines.push(
      `- ${lang === 'zh' ? '中文' : 'English'}: ${changed.length ? changed.map((file) => `\`${file.path}\` ${file.change}`).join(', ') : 'no change'}`,
    );
  }
  lines.push('');
  const others = summary.files.filter((file) => file.path !== jsonFiles.metrics.file);
  if (others.length)
    lines.push('### Other content files', '', ...others.map((file) => `- \`${file.path}\` ${file.change}`), '');
  lines.push(...extra);
  lines.push('### Content check', '');
  if (!summary.errors.length && !summary.warnings.length)
    lines.push('✓ `npm run validate -- --strict` finds no problem.');
  for (const error of summary.errors) lines.push(`- ✗ ${plain(error)}`);
  for (const warning of summary.warnings) lines.push(`- ! ${plain(warning)} (an error under --strict, as CI runs it)`);
  lines.push('');
  return lines.join('\n');
}
