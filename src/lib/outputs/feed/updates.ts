/**
 * The "What's new" list in one language: the site's changes (changes.ts)
 * from its content and git history, each as a dated entry with a title, a
 * summary, the page it concerns and a permanent id. The Atom feeds and the
 * /updates/ pages both show exactly this list.
 */
import type { TFunction } from 'i18next';
import {
  figureChanges,
  historyGap,
  phaseChanges,
  sortChanges,
  textChanges,
  type Change,
  type HistoryReach,
} from './changes';
import { checkoutHistoryReach, contentCommits, metricsSnapshots } from './content-commits';
import { metricsFile, plan, site } from '../../content/data';
import { formatDate, formatFigure, formatFigureWhen, formatMonthRange } from '../../language/format';
import { useTranslations } from '../../language/i18n';
import { localizedPath, type Lang } from '../../language/locale';
import { splitTaskId, type TaskEntry } from '../../content/task-entries';

/** The authority of every entry id, from content: tag URIs (RFC 4151) do not depend on where the site is published. */
const idAuthority = site.tagAuthority;

export interface Update {
  id: string;
  date: string;
  title: string;
  summary: string;
  /** The page the change concerns, in the entry's language (root-relative). */
  path: string;
}

/** The id of the feed of one language. */
export function feedId(lang: Lang): string {
  return `${idAuthority}:${lang}/updates`;
}

const textPages = { plan: '/', source: '/source/', registry: '/glossary/' } as const;

/** The id of the notice on the /updates/ page that says what the list lacks; history entries link to it. */
export const historyNoticeId = 'history-notice';

/** What this build's list cannot show, in the reader's language: a title and the explanation. */
function describeGap(reach: Exclude<HistoryReach, { kind: 'complete' }>, lang: Lang, t: TFunction) {
  const date = formatDate(reach.kind === 'shallow' ? reach.since : metricsFile.asOf, lang);
  return reach.kind === 'shallow'
    ? { title: t('find.updates.historyShallowTitle', { date }), summary: t('find.updates.historyShallow', { date }) }
    : { title: t('find.updates.historyNoneTitle'), summary: t('find.updates.historyNone', { date }) };
}

/** One change in the reader's language. */
function describeChange(change: Change, lang: Lang, t: TFunction, tasks: readonly TaskEntry[]): Update {
  const id = `${idAuthority}:${lang}/${change.key}`;
  switch (change.kind) {
    case 'figure': {
      const metric = metricsFile.metrics.find((candidate) => candidate.id === change.metricId)!;
      const { observation } = change;
      return {
        id,
        date: change.date,
        title: t('find.updates.figureAdded', { metric: metric.name[lang] }),
        summary: t('find.updates.figureSummary', {
          date: formatFigureWhen(observation, lang, { day: true }),
          value: formatFigure(observation.value, observation.bound, metric.unit, lang),
          source: observation.source.title[lang],
        }),
        path: localizedPath(lang, `/progress/${metric.id}/`),
      };
    }
    case 'task': {
      const entry =
        tasks.find(
          (candidate) => splitTaskId(candidate.id).slug === change.slug && splitTaskId(candidate.id).lang === lang,
        ) ?? tasks.find((candidate) => splitTaskId(candidate.id).slug === change.slug);
      const number = entry?.data.task ?? Number.parseInt(change.slug, 10);
      const title = entry?.data.title ?? change.slug;
      return {
        id,
        date: change.date,
        title: t(change.lang === 'zh' ? 'find.updates.taskChanged' : 'find.updates.taskTranslated', { number, title }),
        summary: t('find.updates.taskSummary'),
        path: localizedPath(lang, `/tasks/${change.slug}/`),
      };
    }
    case 'text':
      return {
        id,
        date: change.date,
        title: t('find.updates.textChanged', { file: t(`find.updates.files.${change.file}`) }),
        summary: t('find.updates.textSummary'),
        path: localizedPath(lang, textPages[change.file]),
      };
    case 'history':
      return {
        id,
        date: change.date,
        ...describeGap(change.reach, lang, t),
        path: `${localizedPath(lang, '/updates/')}#${historyNoticeId}`,
      };
    case 'phase': {
      const phase = plan.phases[change.index]!;
      return {
        id,
        date: change.date,
        title: t('find.updates.phaseReached', { phase: phase.name[lang] }),
        summary: t('find.updates.phaseSummary', {
          summary: phase.summary[lang],
          period: formatMonthRange(phase.start, phase.end, lang),
        }),
        path: localizedPath(lang, '/timeline/'),
      };
    }
  }
}

let changes: Change[] | undefined;
let reach: HistoryReach | undefined;

/** How far back this build's history reaches, asked of git once per build. */
function siteHistoryReach(): HistoryReach {
  reach ??= checkoutHistoryReach();
  return reach;
}

/** Every change, newest first, read from the content and git history once per build. */
function siteChanges(): Change[] {
  changes ??= sortChanges([
    ...figureChanges(metricsFile, metricsSnapshots()),
    ...textChanges(contentCommits()),
    ...phaseChanges(plan.phases, metricsFile.asOf),
    ...historyGap(siteHistoryReach(), metricsFile.asOf),
  ]);
  return changes;
}

/** The list in one language. */
export function siteUpdates(lang: Lang, tasks: readonly TaskEntry[]): Update[] {
  const t = useTranslations(lang);
  return siteChanges().map((change) => describeChange(change, lang, t, tasks));
}

/** What the list cannot show because the history (this build's, unless given) is incomplete, in one language; undefined when it is complete. */
export function historyNotice(
  lang: Lang,
  reach: HistoryReach = siteHistoryReach(),
): { title: string; summary: string } | undefined {
  return reach.kind === 'complete' ? undefined : describeGap(reach, lang, useTranslations(lang));
}
