/** The site's two languages and the URLs that pair them: Chinese at `/`, English at `/en/`. */

export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

export const defaultLang: Lang = 'zh';

/** BCP 47 tags for `<html lang>`, hreflang and Intl. */
export const languageTag: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Text held in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/**
 * The URL of a page in a language. `path` is the page's language-neutral path,
 * such as `/tasks/01-major-diplomatic-events/`; every URL ends in a slash.
 */
export function localizedPath(lang: Lang, path = '/'): string {
  const segments = path.split('/').filter(Boolean);
  const clean = segments.length ? `/${segments.join('/')}/` : '/';
  return lang === defaultLang ? clean : `/${lang}${clean}`;
}

/** The URL of a file (a chart, a download) in a language: `/charts/x.png`, `/en/charts/x.png`. */
export function localizedFile(lang: Lang, path: string): string {
  const clean = `/${path.split('/').filter(Boolean).join('/')}`;
  return lang === defaultLang ? clean : `/${lang}${clean}`;
}

/** Splits a URL pathname into its language and its language-neutral path. */
export function parsePath(pathname: string): { lang: Lang; path: string } {
  const match = pathname.match(/^\/(en)(\/.*)?$/);
  if (match) return { lang: 'en', path: match[2] || '/' };
  return { lang: defaultLang, path: pathname || '/' };
}

/** A language's `[...lang]` route segment: undefined builds the default language at the root. */
export function langParam(lang: Lang): string | undefined {
  return lang === defaultLang ? undefined : lang;
}

/** `getStaticPaths` entries for the `[...lang]` route segment; the page reads its language back from `Astro.locals` (src/middleware.ts). */
export function langParams(): { params: { lang: string | undefined } }[] {
  return languages.map((lang) => ({ params: { lang: langParam(lang) } }));
}
