/** Text helpers for charts, which cannot wrap text by themselves. */
import type { Lang } from '../locale';

/** Breaks text into lines of at most `width` characters: by words in English, by characters in Chinese. */
export function wrapText(text: string, width: number, lang: Lang): string[] {
  if (text.length <= width) return [text];
  if (lang === 'zh') {
    const lines: string[] = [];
    for (let index = 0; index < text.length; index += width) lines.push(text.slice(index, index + width));
    return lines;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

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
