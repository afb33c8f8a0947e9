/**
 * Interface strings for pages and files: i18n-core's translators with the
 * plan's facts from content, so a string says "No {{period}} figure yet" and
 * never writes the year itself; another plan's content builds with the same
 * strings.
 */
import type { TFunction } from 'i18next';
import { metrics, plan } from '../content/data';
import { formatPeriodYears } from './format';
import { translator } from './i18n-core';
import { parsePath, type Lang } from './locale';

export { resources } from './i18n-core';

const translators = new Map<Lang, TFunction>();

/**
 * The plan's facts every string may name: `{{period}}` (the target period's years), `{{place}}`
 * (the city the plan is for), `{{document}}` (its number), and the counts of its targets, groups and
 * phases (`{{targetCount}}`, `{{metricGroupCount, words}}`…). Tasks are a content collection, which
 * a module cannot read at import: pages pass `taskCount` with the tasks they list.
 */
function planFacts(lang: Lang): Record<string, string | number> {
  return {
    period: formatPeriodYears(plan.targetPeriod, lang),
    place: plan.place[lang],
    document: plan.document.number[lang],
    targetCount: metrics.length,
    metricGroupCount: plan.metricGroups.length,
    taskGroupCount: plan.taskGroups.length,
    phaseCount: plan.phases.length,
  };
}

/** The translation function for one language, with the plan's facts from content as default variables (planFacts). */
export function useTranslations(lang: Lang): TFunction {
  let translate = translators.get(lang);
  if (!translate) {
    translate = translator(lang, planFacts(lang));
    translators.set(lang, translate);
  }
  return translate;
}

/** What every page, component and endpoint knows of its language: `Astro.locals`, set by src/middleware.ts. */
export interface PageLanguage {
  lang: Lang;
  t: TFunction;
}

/** The language of the page at a URL path and its translator; the URL is the one place a page's language comes from. */
export function pageLanguage(pathname: string): PageLanguage {
  const { lang } = parsePath(pathname);
  return { lang, t: useTranslations(lang) };
}
