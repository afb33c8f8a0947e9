/**
 * What changed on the site, worked out from the content and its history:
 * figures added, task texts and translations changed, other texts changed,
 * phases reached. Pure: the git history comes in as data (see
 * content-history.ts), so the same content and history give the same list.
 * Each change has a stable key, the base of its feed entry id.
 */
import type { MetricsFile, Observation } from '../../content/schema/metrics';
import type { Phase } from '../../content/schema/plan';

/** One past version of content/metrics.json: the commit date and the figures it held. */
export interface MetricsSnapshot {
  date: string;
  metrics: readonly { id: string; observations: readonly { date: string }[] }[];
}

/** A commit that touched content files: its date and each file with its git status letter (A, M, D, R…). */
export interface ContentCommit {
  date: string;
  files: readonly { status: string; path: string }[];
}

export type Change =
  | { kind: 'figure'; key: string; date: string; metricId: string; observation: Observation }
  | { kind: 'task'; key: string; date: string; lang: 'zh' | 'en'; slug: string }
  | { kind: 'text'; key: string; date: string; file: TextFile }
  | { kind: 'phase'; key: string; date: string; index: number }
  | { kind: 'history'; key: string; date: string; reach: Exclude<HistoryReach, { kind: 'complete' }> };

/**
 * How far back the content's history reaches in this build: all of it; from
 * `since` on, where a shallow clone cuts it (edits made before are unknown,
 * and figures already there are dated `since`, though they may be older); or
 * not at all (no git: no edits known, every figure dated by `asOf`).
 */
export type HistoryReach = { kind: 'complete' } | { kind: 'shallow'; since: string } | { kind: 'none' };

/**
 * What the checkout's history can tell, from what git says of it: nothing
 * without git; all of it when the clone is not shallow; else from the latest
 * of the dates of the commits it is cut at, since a commit the clone lacks is
 * older than a commit it precedes.
 */
export function historyReach(
  checkout: { git: false } | { git: true; shallow: boolean; cutDates: readonly string[] },
): HistoryReach {
  if (!checkout.git) return { kind: 'none' };
  if (!checkout.shallow) return { kind: 'complete' };
  const since = checkout.cutDates
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort()
    .at(-1);
  return since ? { kind: 'shallow', since } : { kind: 'none' };
}

/**
 * The change that tells readers what this build's list cannot show, when its
 * history is incomplete: dated on the day the known history starts, or, with
 * none, on the figures' `asOf`, the date they are all given.
 */
export function historyGap(reach: HistoryReach, asOf: string): Change[] {
  if (reach.kind === 'complete') return [];
  const date = reach.kind === 'shallow' ? reach.since : asOf;
  return [{ kind: 'history', key: `history/${reach.kind}/${date}`, date, reach }];
}

/** Content files whose changes are reported as a whole, by the name the feed gives them. */
export const textFiles = {
  'content/plan.json': 'plan',
  'content/source/plan.json': 'source',
  'content/registry.json': 'registry',
} as const;
export type TextFile = (typeof textFiles)[keyof typeof textFiles];

/** Keys for a metric's figures: its id and the figure's date, numbered when one date has several figures. */
function figureKeys(metricId: string, observations: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return observations.map((observation) => {
    const count = (seen.get(observation.date) ?? 0) + 1;
    seen.set(observation.date, count);
    return `figure/${metricId}/${observation.date}${count > 1 ? `-${count}` : ''}`;
  });
}

/**
 * Every current figure, dated by the first version of the metrics file that
 * held it; a figure not yet committed is dated by the file's `asOf`.
 */
export function figureChanges(current: MetricsFile, snapshots: readonly MetricsSnapshot[]): Change[] {
  const firstSeen = new Map<string, string>();
  for (const snapshot of [...snapshots].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const metric of snapshot.metrics) {
      for (const key of figureKeys(metric.id, metric.observations))
        if (!firstSeen.has(key)) firstSeen.set(key, snapshot.date);
    }
  }
  return current.metrics.flatMap((metric) => {
    const keys = figureKeys(metric.id, metric.observations);
    return metric.observations.map((observation, index) => ({
      kind: 'figure' as const,
      key: keys[index]!,
      date: firstSeen.get(keys[index]!) ?? current.asOf,
      metricId: metric.id,
      observation,
    }));
  });
}

/**
 * Edits to task pages and to the plan's texts, one per file and day. Files
 * being added (the site's first version) are not changes; edits are.
 */
export function textChanges(commits: readonly ContentCommit[]): Change[] {
  const changes = new Map<string, Change>();
  for (const commit of commits) {
    for (const file of commit.files) {
      if (file.status !== 'M') continue;
      const task = file.path.match(/^content\/tasks\/(zh|en)\/([^/]+)\.mdx$/);
      if (task) {
        const [, lang, slug] = task as unknown as [string, 'zh' | 'en', string];
        const key = `task/${slug}/${lang}/${commit.date}`;
        changes.set(key, { kind: 'task', key, date: commit.date, lang, slug });
        continue;
      }
      const text = textFiles[file.path as keyof typeof textFiles];
      if (text) {
        const key = `text/${text}/${commit.date}`;
        changes.set(key, { kind: 'text', key, date: commit.date, file: text });
      }
    }
  }
  return [...changes.values()];
}

/** Each phase that has begun by `asOf`, dated on its first day. */
export function phaseChanges(phases: readonly Phase[], asOf: string): Change[] {
  return phases.flatMap((phase, index) => {
    const date = `${phase.start}-01`;
    return date <= asOf ? [{ kind: 'phase' as const, key: `phase/${index + 1}`, date, index }] : [];
  });
}

/** Newest first; on the same day, in key order, so the list is stable. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
