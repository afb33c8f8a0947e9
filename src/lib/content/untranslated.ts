/** Finding bilingual texts that were published in one language only. */
import { formatPath, type ContentProblem } from './errors';
import type { Lang } from '../language/locale';

/** Every place where a bilingual text had one language filled in from the other. */
export function untranslatedTexts(data: unknown, file: string, path: (string | number)[] = []): (ContentProblem & { lang: Lang })[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => untranslatedTexts(item, file, [...path, index]));
  if (data === null || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  if (record.untranslated === 'zh' || record.untranslated === 'en') {
    const lang = record.untranslated as Lang;
    return [
      {
        file,
        where: `${formatPath(path)}.${lang}`,
        lang,
        message: `missing ${lang === 'zh' ? 'Chinese' : 'English'} translation: the ${lang === 'zh' ? 'English' : 'Chinese'} text is shown instead, with a notice`,
      },
    ];
  }
  return Object.entries(record).flatMap(([key, value]) => untranslatedTexts(value, file, [...path, key]));
}
