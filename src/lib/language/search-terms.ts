/**
 * The words site search matches, cut the same way when the index is built (Node) and when a reader
 * types a query (the browser), so both sides always agree:
 *
 * - letters and digits in runs, lower-cased after NFKC (full-width ５ is 5), with English plurals
 *   folded (cities → city, routes → route, taxes → tax);
 * - Chinese as overlapping pairs of characters (离境退税 → 离境 境退 退税), a lone character as
 *   itself. A query matches a page only if the page holds every pair, so 免签 finds 免签 and never
 *   签约 through the single character 签, and a name no dictionary knows (友城) is found whole.
 *
 * The index is split into files by a hash of the word (`shardOf`), so a query fetches only the
 * files of its own words.
 */

/** Runs of Chinese characters, or of letters and digits. */
const wordRuns = /([\u3400-\u9fff\uf900-\ufaff]+)|([\p{L}\p{N}]+)/gu;

/** Folds an English plural onto its singular (both sides fold, so the rule only has to be consistent). */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The search words of a text, in order and with repeats (the index counts them). */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [, chinese, word] of text.normalize('NFKC').toLowerCase().matchAll(wordRuns)) {
    if (chinese) {
      const characters = [...chinese];
      if (characters.length === 1) terms.push(chinese);
      for (let index = 0; index + 1 < characters.length; index++)
        terms.push(characters[index]! + characters[index + 1]!);
    } else if (word && (word.length > 1 || /\d/.test(word))) terms.push(singular(word));
  }
  return terms;
}

/** A label or title as an exact query would be typed: lower-case, without spaces ("Task 5" and "task5" are the same). */
export const squeezed = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** How many files each language's index is split into. Sized for plans of a few thousand pages (docs/benchmarks.md). */
export const shardCount = 256;

/** The file (two hex digits) that holds a word's entry: FNV-1a over its UTF-16 code units. */
export function shardOf(term: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index++) {
    hash ^= term.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % shardCount).toString(16).padStart(2, '0');
}

/** The key under which a page whose label or title is exactly `text` is stored, in the file of its first word. */
export const exactKey = (text: string): string => `=${squeezed(text)}`;

/** One page as a result shows it: address, title, label (Task 5…) and its one-sentence summary. */
export type SearchPage = [path: string, title: string, kind: string, summary: string];

/** One file of a language's index: for each word, its pages and weights (`[page, weight, page, weight…]`), and the pages the best of them need to be shown. */
export interface SearchShard {
  /** The build that wrote it: every file of one build has the same. */
  v: string;
  /** Pages in this language (for the weight of rare words). */
  n: number;
  t: Record<string, number[]>;
  p: Record<string, SearchPage>;
}

/**
 * Results on the first screen: the file of each word carries the titles of its best this many
 * pages, so a first query needs no other request. Each such page repeats in the file of every word
 * it is among the best for, so this (with the summary's length) sets the size of the index.
 */
export const firstScreen = 5;

/** Pages per file of the list of all pages (results beyond the first screen). */
export const pagesPerFile = 100;

/** One file of the list of pages, numbered from `pagesPerFile × its number`. */
export interface SearchPagesFile {
  v: string;
  p: SearchPage[];
}
