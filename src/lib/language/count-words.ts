/**
 * A count in words, as prose writes the small numbers of a plan ("three
 * groups", "Twelve tasks", "三类目标", "十二项任务"), so that interface strings
 * take the count from content and still read as they were written. Larger
 * counts stay in digits, as prose writes them.
 */
import type { Lang } from './locale';

const english = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0–99 in Chinese numerals; 2 alone is 两, as a count before a measure word is written (两类, but 十二项). */
function chinese(count: number): string {
  if (count === 2) return '两';
  if (count < 10) return chineseDigits[count]!;
  const tens = Math.floor(count / 10);
  const ones = count % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${ones ? chineseDigits[ones] : ''}`;
}

/** `count` in words in `lang`: up to twenty in English, up to ninety-nine in Chinese; digits beyond, or for anything not a whole number. */
export function countInWords(count: number, lang: Lang): string {
  if (!Number.isInteger(count) || count < 0) return String(count);
  if (lang === 'en') return english[count] ?? String(count);
  return count < 100 ? chinese(count) : String(count);
}

/** The same with a capital first letter, to open an English heading ("Twelve tasks"); Chinese is unchanged. */
export function countInWordsCapitalized(count: number, lang: Lang): string {
  const words = countInWords(count, lang);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
