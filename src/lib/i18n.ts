/** Interface strings through i18next, one resource file per language in src/i18n. */
import i18next, { type TFunction } from 'i18next';
import zh from '../i18n/zh-CN.json';
import en from '../i18n/en.json';
import { parsePath, type Lang } from './locale';

export const resources = { zh, en } as const;

const instance = i18next.createInstance();
void instance.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: false,
  initAsync: false,
  // Astro escapes every expression it renders, so escaping here would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The translation function for one language. */
export function useTranslations(lang: Lang): TFunction {
  return instance.getFixedT(lang);
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
