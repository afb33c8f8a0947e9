/**
 * What can be cited on the site: task, metric and unit pages, and every
 * published figure on a metric page. One place builds their citations, so
 * the page's citation block and its BibTeX, RIS and CSL-JSON files agree.
 */
import type { CitationFormat, CitedWork } from './formats';
import { metrics, metricsFile, names, registry, site } from '../../content/data';
import { formatFigure, formatFigureWhen } from '../../language/format';
import { useTranslations } from '../../language/i18n';
import { localizedFile, localizedPath, type Lang } from '../../language/locale';
import type { Metric, Observation } from '../../content/schema/metrics';
import type { NamedBody } from '../../content/schema/registry';
import { taskPath, tasksIn, type TaskEntry } from '../../content/task-entries';

export interface CitablePage {
  lang: Lang;
  /** Language-neutral path, as the layout takes it: `/progress/sister-cities/`. */
  path: string;
  title: string;
  /** Published figures on the page, with their row anchors, each as the site states it and with its own source. */
  figures?: { anchor: string; text: string; source: Observation['source'] }[];
}

/** Language-independent anchors for a metric's figures, by date: `figure-2025-04-23`, `figure-2025-04-23-2`. */
export function figureAnchors(observations: readonly Observation[]): Map<Observation, string> {
  const anchors = new Map<Observation, string>();
  const used = new Set<string>();
  for (const observation of [...observations].sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value)) {
    const base = `figure-${observation.date}`;
    let id = base;
    for (let copy = 2; used.has(id); copy += 1) id = `${base}-${copy}`;
    used.add(id);
    anchors.set(observation, id);
  }
  return anchors;
}

/** A metric page with its figures, for citation: each figure with the period it covers and its own source. */
export function citableMetric(metric: Metric, lang: Lang): CitablePage {
  const anchors = figureAnchors(metric.observations);
  const separator = lang === 'zh' ? '：' : ': ';
  return {
    lang,
    path: `/progress/${metric.id}/`,
    title: metric.name[lang],
    figures: [...anchors].map(([observation, anchor]) => {
      const figure = formatFigure(observation.value, observation.bound, metric.unit, lang);
      const when = formatFigureWhen(observation, lang, { day: true });
      return {
        anchor,
        source: observation.source,
        text: `${metric.name[lang]}${separator}${figure}${lang === 'zh' ? `（${when}）` : ` (${when})`}`,
      };
    }),
  };
}

/** Where a page's citation file lives: `/cite/progress/sister-cities.bib`, `/en/cite/tasks/05-….ris`. */
export function citationFilePath(lang: Lang, path: string, format: CitationFormat): string {
  const clean = path.split('/').filter(Boolean).join('/');
  return localizedFile(lang, `/cite/${clean}.${format}`);
}

/**
 * The page's citation, then one per figure on it. A figure is cited from its
 * own source and publisher, with the site named as where it was compiled.
 * `siteUrl` makes the addresses absolute.
 */
export function citedWorks(page: CitablePage, siteUrl?: string): CitedWork[] {
  const href = localizedPath(page.lang, page.path);
  const url = siteUrl ? new URL(href, siteUrl).href : href;
  const key = `${site.citationKeyPrefix}-${page.lang}-${page.path.split('/').filter(Boolean).join('-')}`;
  const siteName = site.name[page.lang];
  const common = { lang: page.lang, siteName };
  return [
    // A page's author is whoever content says runs the site; until that is confirmed, the site itself.
    {
      ...common,
      id: key,
      type: 'webpage' as const,
      author: site.operator ? names.body(site.operator)[page.lang] : siteName,
      date: metricsFile.asOf,
      title: page.title,
      url,
    },
    ...(page.figures ?? []).map((figure) => ({
      ...common,
      id: `${key}-${figure.anchor}`,
      type: 'dataset' as const,
      author: figure.source.publisher[page.lang],
      title: figure.source.title[page.lang],
      date: figure.source.publishedOn,
      // A source only on paper has no address: the figure's row on the site stands in.
      url: figure.source.url ?? `${url}#${figure.anchor}`,
      figure: { text: figure.text, compiledBy: siteName, compiledAt: `${url}#${figure.anchor}` },
    })),
  ];
}

/** A task page, for citation. */
export function citableTask(task: TaskEntry, lang: Lang): CitablePage {
  return {
    lang,
    path: taskPath(task),
    title: useTranslations(lang)('common.taskNumbered', { number: task.data.task, title: task.data.title }),
  };
}

/** A responsible unit's page, for citation. */
export function citableUnit(unit: NamedBody, lang: Lang): CitablePage {
  return { lang, path: `/units/${unit.id}/`, title: unit[lang] };
}

/** Every citable page in a language: tasks, metrics, units. */
export function citablePages(tasks: readonly TaskEntry[], lang: Lang): CitablePage[] {
  return [
    ...tasksIn(tasks, lang).map((task) => citableTask(task, lang)),
    ...metrics.map((metric) => citableMetric(metric, lang)),
    ...registry.units.map((unit) => citableUnit(unit, lang)),
  ];
}
