/**
 * Runs of Chinese inside English text. Screen readers pronounce a run in the
 * language its element declares, so an English page wraps every Chinese run
 * in an element with lang="zh-CN". Pure.
 */

/** Han characters and the CJK punctuation that belongs with them. */
const hanPattern =
  /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’]*\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]*/gu;

export interface TextRun {
  text: string;
  /** True for a run of Chinese. */
  zh: boolean;
}

/** Splits text into alternating runs of Chinese and other text, in order. */
export function splitHanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(hanPattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), zh: false });
    runs.push({ text: match[0], zh: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}
