/**
 * Interface strings for pages and files: i18n-core's translators with the
 * plan's facts from content, so a string says "No {{period}} figure yet" and
 * never writes the year itself; another plan's content builds with the same
 * strings.
 */
import type { TFunction } from 'i18next';
import { plan } from './content';
import { formatPeriodYears } from './format';
import { translator } from './i18n-core';
import { parsePath, type Lang } from './locale';

export { resources } from './i18n-core';

const translators = new Map<Lang, TFunction>();

/** The translation function for one language, with the years of the plan's target period as `{{period}}`. */
export function useTranslations(lang: Lang): TFunction {
  let translate = translators.get(lang);
  if (!translate) {
    translate = translator(lang, { period: formatPeriodYears(plan.targetPeriod, lang) });
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
