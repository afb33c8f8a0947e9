/**
 * Interface strings through i18next, one resource file per language in
 * src/i18n, without anything from content: what Node-only tools (the
 * validator's Markdown pass) can load. Pages use i18n.ts, which adds the
 * plan's facts from content.
 */
import i18next, { type TFunction } from 'i18next';
import zh from '../../i18n/zh-CN.json';
import en from '../../i18n/en.json';
import { countInWords, countInWordsCapitalized } from './count-words';
import type { Lang } from './locale';

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
// Counts from content written as prose writes them: `{{taskCount, words}}` is "twelve" or "十二", `capitalWords` opens a heading.
instance.services.formatter?.add('words', (value: number, lng?: string) =>
  countInWords(value, lng === 'en' ? 'en' : 'zh'),
);
instance.services.formatter?.add('capitalWords', (value: number, lng?: string) =>
  countInWordsCapitalized(value, lng === 'en' ? 'en' : 'zh'),
);

/**
 * A translation function for one language, with variables every string may
 * name. Its answers are remembered by key and options: a build asks for the
 * same strings thousands of times, and i18next's lookup and interpolation
 * were a tenth of the pages' rendering. (Resources never change during a
 * build; objects, for `returnObjects`, are frozen so that no caller can change
 * what the next one gets.)
 */
export function translator(lang: Lang, defaults: Readonly<Record<string, string | number>> = {}): TFunction {
  const fixed = instance.getFixedT(lang);
  const answers = new Map<string, unknown>();
  return ((key: string | string[], options?: Record<string, unknown>) => {
    const memo = `${String(key)}\0${options === undefined ? '' : JSON.stringify(options)}`;
    if (!answers.has(memo)) {
      const answer: unknown = fixed(key, { ...defaults, ...options } as never);
      answers.set(memo, typeof answer === 'object' && answer !== null ? deepFreeze(answer) : answer);
    }
    return answers.get(memo);
  }) as unknown as TFunction;
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}
