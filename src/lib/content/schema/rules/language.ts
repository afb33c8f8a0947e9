/** Is English text really English? A text in Chinese characters on an English page is a copy or a swap, not a translation. */

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Why `text`, given as English, is not: it holds more Chinese characters than
 * Latin letters (an English name equal to the Chinese one, or the two sides
 * swapped). A Chinese name inside an English sentence is fine. Undefined when
 * it reads as English.
 */
export function notEnglish(text: string): string | undefined {
  const han = text.match(HAN)?.length ?? 0;
  if (!han) return undefined;
  const latin = text.match(LATIN)?.length ?? 0;
  return han > latin
    ? `the English text is written in Chinese characters ("${text.slice(0, 30)}"): write the English, or leave "en" out so the page says it is untranslated`
    : undefined;
}

/** Adds an issue at `path` when the English `text` is not English. */
export function refuseNotEnglish(
  text: string | undefined,
  ctx: { addIssue: (issue: { code: 'custom'; path: PropertyKey[]; message: string }) => void },
  path: PropertyKey[],
): void {
  const wrong = text === undefined ? undefined : notEnglish(text);
  if (wrong) ctx.addIssue({ code: 'custom', path, message: wrong });
}
