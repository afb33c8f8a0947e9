/** The original plan text and a normal form for comparing content with it. */
import { readFileSync } from 'node:fs';

export const root = new URL('../../', import.meta.url).pathname;

/** The document exactly as published (vendored in content/source). */
export const originalText = readFileSync(`${root}content/source/wuhan-plan-2026-26.zh.txt`, 'utf8');

/**
 * Compares text regardless of layout: full-width punctuation becomes ASCII
 * (NFKC), and all whitespace goes, since the source's spaces and line breaks
 * are print layout.
 */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The original with its one known typo corrected (世界城市 and 地方政府联合组织 → 和). */
export const correctedText = originalText.replace('世界城市 and 地方政府联合组织', '世界城市和地方政府联合组织');

/** The responsible units the plan names for each task, from its "(责任单位:…)" notes. */
export function unitsNamedInPlan(): Map<number, string[]> {
  const flat = normalize(originalText);
  const result = new Map<number, string[]>();
  for (let task = 1; task <= 12; task += 1) {
    const start = flat.indexOf(
      `${task}.`,
      task === 1 ? flat.indexOf('二、工作任务') : flat.indexOf(`${task - 1}.`, flat.indexOf('二、工作任务')) + 2,
    );
    const note = flat.slice(start).match(/\(责任单位:(.*?)\)(?=\d+\.|\(三\)|\(二\)|三、)/);
    if (!note?.[1]) throw new Error(`no responsible units found for task ${task}`);
    const names = note[1]
      .replace(/〈.*〉/, '')
      .split(/[,、]/)
      .filter(Boolean);
    result.set(task, names);
  }
  return result;
}
