/**
 * The words site search matches, cut the same way when the index is built (Node) and when a reader
 * types a query (the browser), so both sides always agree:
 *
 * - letters and digits in runs, lower-cased after NFKC (full-width ５ is 5), with English plurals
 *   folded (cities → city, routes → route, taxes → tax);
 * - Chinese as overlapping pairs of characters (离境退税 → 离境 境退 退税), a lone character as
 *   itself. A query matches a page only if the page holds each pair the query looks up
 *   (`queryWords`), so 免签 finds 免签 and never 签约 through the single character 签, and a name no
 *   dictionary knows (友城) is found whole.
 *
 * The index is split into files by a hash of the word (`shardOf`), so a query fetches only the
 * files of its own words, and `queryWords` chooses which of its words a query looks up.
 */

/** Runs of Chinese characters, or of other letters and digits (so 19项指标 is 19 and 项指标, not one word). */
const wordRuns = /([\u3400-\u9fff\uf900-\ufaff]+)|((?:(?![\u3400-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+)/gu;

/** Folds an English plural onto its singular (both sides fold, so the rule only has to be consistent). */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The words of a text in order, with repeats: Chinese runs as every overlapping pair or, with
 * `sideBySide`, as pairs that take each character once (the last overlapping its neighbour when the
 * count is odd).
 */
function cut(text: string, sideBySide: boolean): string[] {
  const terms: string[] = [];
  for (const [, chinese, word] of text.normalize('NFKC').toLowerCase().matchAll(wordRuns)) {
    if (chinese) {
      const characters = [...chinese];
      const pair = (index: number) => characters[index]! + characters[index + 1]!;
      if (characters.length === 1) terms.push(chinese);
      for (let index = 0; index + 1 < characters.length; index += sideBySide ? 2 : 1) terms.push(pair(index));
      if (sideBySide && characters.length > 1 && characters.length % 2 === 1) terms.push(pair(characters.length - 2));
    } else if (word && (word.length > 1 || /\d/.test(word))) terms.push(singular(word));
  }
  return terms;
}

/** The search words of a text, in order and with repeats (the index counts them). */
export const searchTerms = (text: string): string[] => cut(text, false);

/**
 * Index files a first query may read before its first screen shows: its words' files and one list
 * of pages. The search page itself takes four requests (its HTML, stylesheet and two scripts), and
 * a first search may take eight (issue 24; tests/site/search-budget.test.ts).
 */
export const firstQueryFiles = 4;

/** English words too common to narrow a search; a query of nothing else still looks them up. */
const commonWords = new Set('an and are as at by for from in is its of on or the to with'.split(' '));

/** Whether a word of a query narrows it (a common English word does not, and is neither looked up nor marked). */
export const narrowsSearch = (word: string): boolean => word.length > 0 && !commonWords.has(word.toLowerCase());

/** The index words a query looks up, and those it leaves out because the query is long. */
export interface QueryWords {
  terms: string[];
  /** In the query's order; empty for most queries. */
  left: string[];
}

/**
 * What a query looks up. A run of Chinese characters is covered by pairs side by side
 * (国际交往中心 → 国际 交往 中心), not by every overlapping pair: the index holds every pair of a
 * page, so a page with the phrase holds these too. Common English words are skipped. Words are
 * taken in order while their files number at most one less than `firstQueryFiles` (one request is
 * kept for the list of pages the first screen may need); a longer query finds the pages holding its
 * first words, and the search page says which it left out.
 */
export function queryWords(query: string): QueryWords {
  const distinct = [...new Set(cut(query, true))];
  const narrowing = distinct.filter(narrowsSearch);
  const files = new Set<string>();
  const terms: string[] = [];
  const left: string[] = [];
  for (const word of narrowing.length ? narrowing : distinct) {
    if (files.has(shardOf(word)) || files.size < firstQueryFiles - 1) {
      files.add(shardOf(word));
      terms.push(word);
    } else left.push(word);
  }
  return { terms, left };
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

/**
 * A word's postings as stored: `[page, weight, page, weight…]` in ascending page order, each page
 * number written as its distance from the one before. A common word's list is mostly 1s then,
 * which compresses to about a third (a long query's three files at 100×: 44.9 KB → 17.0 KB gzip).
 */
export function withGaps(postings: readonly number[]): number[] {
  let previous = 0;
  return postings.map((value, at) => {
    if (at % 2) return value;
    const gap = value - previous;
    previous = value;
    return gap;
  });
}

/** A word's postings as `[page, weight, page, weight…]` again. */
export function withoutGaps(stored: readonly number[]): number[] {
  let page = 0;
  return stored.map((value, at) => (at % 2 ? value : (page += value)));
}

/** One file of a language's index: for each word, its pages and weights (page numbers as gaps, `withGaps`), and the pages the best of them need to be shown. */
export interface SearchShard {
  /** The build that wrote it: every file of one build has the same. */
  v: string;
  /** Pages in this language (for the weight of rare words). */
  n: number;
  /** Each word's postings as written by `withGaps`: read them with `withoutGaps`. */
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
