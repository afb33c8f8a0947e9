/**
 * The site's search index, made from the built pages: per language, `shardCount` small JSON files
 * keyed by a hash of each word (a query fetches only its words' files) and the list of all pages
 * in files of `pagesPerFile`. Each word's entry gives its pages with a weight (BM25: how often and
 * where the page uses it, against the page's length); its file also carries the title, label and
 * summary of the best pages of each of its words, so a first screen of results needs no other
 * request. Pages say what is indexed with the attributes Pagefind reads, kept as the site's own:
 * `data-pagefind-body` on the part indexed, `data-pagefind-weight` on parts that weigh more or less,
 * `data-pagefind-meta="kind"` on the page's label. Words are cut by src/lib/language/search-terms.ts,
 * which the browser uses too.
 */
import {
  exactKey,
  firstScreen,
  pagesPerFile,
  queryWords,
  searchTerms,
  shardCount,
  shardOf,
  type SearchPage,
  type SearchPagesFile,
  type SearchShard,
  withGaps,
} from '../language/search-terms';

/** A built page as the index sees it. */
export interface IndexedPage {
  /** The page's address, e.g. /en/tasks/05-transport-hub/. */
  path: string;
  /** Its `<html lang>`, lower-case: one index per language. */
  lang: string;
  title: string;
  kind: string;
  summary: string;
  /** Its indexed text, each part with the weight of the element it sits in. */
  parts: { text: string; weight: number }[];
}

/** Elements whose content is not text a reader searches (charts' drawings, scripts). */
const skipped = new Set(['script', 'style', 'svg', 'template', 'noscript']);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? whole),
  );
/** An attribute's value ('' when it has none), or undefined when the element lacks it. */
function attribute(attributes: string, name: string): string | undefined {
  const found = attributes.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>]|$)`));
  return found ? (found[1] ?? '') : undefined;
}
const clean = (text: string) => decode(text).replace(/\s+/g, ' ').trim();

/** Cuts a summary to about `length` characters at a word or character boundary. */
function shortened(text: string, length = 100): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${space > length * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Reads a built page (Astro's own, well-formed HTML): its language, title (the first `h1`), label,
 * summary (the meta description) and its indexed text with weights. Pages without
 * `data-pagefind-body` (the search page, 404) are not indexed: undefined.
 */
export function readPage(html: string, path: string): IndexedPage | undefined {
  const bodyStart = html.search(/<[a-z]+\b[^>]*\sdata-pagefind-body[\s=>]/);
  if (bodyStart < 0) return undefined;
  const lang = (html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '').toLowerCase();
  const summary = clean(html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '');
  const parts: IndexedPage['parts'] = [];
  let title = '';
  let kind = '';
  // The open elements inside the body: each with its weight, and where a title or label starts.
  const stack: { name: string; weight: number; skip: boolean; capture?: 'title' | 'kind'; from: number }[] = [];
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->/g;
  tags.lastIndex = bodyStart;
  let textFrom = bodyStart;
  let captured = '';
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const top = stack.at(-1);
    if (top && !top.skip) {
      const text = html.slice(textFrom, match.index);
      if (text.trim()) {
        parts.push({ text: decode(text), weight: top.weight });
        captured += text;
      }
    }
    textFrom = match.index + match[0].length;
    const [, closing, rawName, attributes = ''] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      // Close up to the matching element (the HTML is well formed; this only guards against surprises).
      while (stack.length) {
        const open = stack.pop()!;
        if (open.capture === 'title' && !title) title = clean(captured.slice(open.from));
        if (open.capture === 'kind' && !kind) kind = clean(captured.slice(open.from));
        if (open.name === name) break;
      }
      if (!stack.length) break;
      continue;
    }
    if (voidElements.has(name) || attributes.endsWith('/')) continue;
    const weight = Number(attribute(attributes, 'data-pagefind-weight') ?? top?.weight ?? 1);
    const capture =
      name === 'h1' && !title
        ? 'title'
        : attribute(attributes, 'data-pagefind-meta') === 'kind' && !kind
          ? 'kind'
          : undefined;
    stack.push({
      name,
      weight: Number.isFinite(weight) ? weight : 1,
      skip: Boolean(top?.skip) || skipped.has(name) || attribute(attributes, 'data-pagefind-ignore') !== undefined,
      capture,
      from: captured.length,
    });
  }
  return { path, lang, title: title || path, kind, summary: shortened(summary), parts };
}

/** BM25's constants: how fast repeats stop counting, and how much a long page is discounted. */
const k1 = 1.2;
const b = 0.75;

/**
 * The index files of every language, by path under the index folder (`zh-cn/3f.json`,
 * `en/pages-0.json`), as JSON text. `version` names the build, so a reader's browser never
 * mixes files of two builds.
 */
export function searchIndexFiles(pages: IndexedPage[], version: string): Map<string, string> {
  const files = new Map<string, string>();
  const languages = [...new Set(pages.map((page) => page.lang))].sort();
  for (const lang of languages) {
    const own = pages.filter((page) => page.lang === lang).sort((a, c) => (a.path < c.path ? -1 : 1));
    const shown: SearchPage[] = own.map((page) => [page.path, page.title, page.kind, page.summary]);
    // Each page's weighted count of each word, and its length in words.
    const counts = own.map((page) => {
      const count = new Map<string, number>();
      let length = 0;
      for (const part of page.parts)
        for (const term of searchTerms(part.text)) {
          count.set(term, (count.get(term) ?? 0) + part.weight);
          length += 1;
        }
      return { count, length };
    });
    const averageLength = counts.reduce((sum, page) => sum + page.length, 0) / Math.max(1, counts.length);
    const postings = new Map<string, number[]>();
    counts.forEach(({ count, length }, id) => {
      for (const [term, weighted] of count) {
        if (weighted <= 0) continue;
        const score = (weighted * (k1 + 1)) / (weighted + k1 * (1 - b + (b * length) / averageLength));
        // Scores lie in (0, k1 + 1): kept as whole numbers 1–255, small in JSON.
        const list = postings.get(term) ?? [];
        list.push(id, Math.max(1, Math.round((score / (k1 + 1)) * 255)));
        postings.set(term, list);
      }
    });
    // A page whose label or title is exactly the query comes first: its key sits in the file of the query's first word.
    const fileOf = new Map<string, string>();
    own.forEach((page, id) => {
      for (const label of [page.kind, page.title]) {
        const first = queryWords(label).terms[0];
        if (!first) continue;
        const key = exactKey(label);
        const list = postings.get(key) ?? [];
        if (!list.some((value, index) => index % 2 === 0 && value === id)) list.push(id, 255);
        postings.set(key, list);
        fileOf.set(key, shardOf(first));
      }
    });
    // Every file exists, empty or not: a query never meets a missing file.
    const shards = new Map<string, SearchShard>(
      Array.from({ length: shardCount }, (_, index) => [
        index.toString(16).padStart(2, '0'),
        { v: version, n: own.length, t: {}, p: {} },
      ]),
    );
    for (const [term, list] of postings) {
      const shard = fileOf.get(term) ?? shardOf(term);
      const file = shards.get(shard)!;
      file.t[term] = withGaps(list);
      const best: number[] = [];
      for (let index = 0; index < list.length; index += 2) best.push(index);
      best.sort((x, y) => list[y + 1]! - list[x + 1]! || list[x]! - list[y]!);
      for (const index of best.slice(0, firstScreen)) file.p[list[index]!] = shown[list[index]!]!;
      shards.set(shard, file);
    }
    for (const [shard, file] of shards) files.set(`${lang}/${shard}.json`, JSON.stringify(file));
    for (let start = 0; start < shown.length; start += pagesPerFile) {
      const file: SearchPagesFile = { v: version, p: shown.slice(start, start + pagesPerFile) };
      files.set(`${lang}/pages-${start / pagesPerFile}.json`, JSON.stringify(file));
    }
  }
  return files;
}
