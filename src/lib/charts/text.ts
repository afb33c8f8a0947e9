/** Text helpers for charts, which cannot wrap text by themselves. */
import type { Lang } from '../locale';

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

/** About how wide a text is at a font size: a Chinese character is one em, other characters a little over half. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) ems += /[\u2e80-\uffef]/.test(character) ? 1 : 0.6;
  return Math.ceil(ems * size);
}

/** Breaks text into lines no wider than `width` at a font size: by words in English, by characters in Chinese. */
export function wrapToWidth(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = /[\u2e80-\uffef]/.test(text) ? [...text] : text.split(/(?<=\s)/);
  for (const token of tokens) {
    if (line && textWidth(`${line}${token}`.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
