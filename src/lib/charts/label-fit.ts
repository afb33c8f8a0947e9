/** Text helpers for the browser's charts, which cannot wrap text by themselves (build-time charts measure text: measure.ts). */
import type { Lang } from '../language/locale';

/** Joins items into lines of at most `width` characters, never breaking an item. */
export function wrapItems(items: readonly string[], width: number, separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && `${line}${separator}${item}`.length > width) {
      lines.push(line);
      line = item;
    } else {
      line = line ? `${line}${separator}${item}` : item;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks text into lines of at most `width` characters: by words in English, by characters in Chinese. */
export function wrapText(text: string, width: number, lang: Lang): string[] {
  if (text.length <= width) return [text];
  if (lang === 'en') return wrapItems(text.split(/\s+/), width, ' ');
  const lines: string[] = [];
  for (let index = 0; index < text.length; index += width) lines.push(text.slice(index, index + width));
  return lines;
}
