/**
 * The site's own search index: words are cut the same way for pages and queries (Chinese in
 * pairs, so a word matches only whole), pages are read with their weights, title and label, and
 * each word's file carries what its first screen of results shows.
 */
import { describe, expect, it } from 'vitest';
import {
  exactKey,
  firstQueryFiles,
  firstScreen,
  queryWords,
  searchTerms,
  shardCount,
  shardOf,
  withGaps,
  withoutGaps,
  type SearchPagesFile,
  type SearchShard,
} from '../../src/lib/language/search-terms';
import { readPage, searchIndexFiles, type IndexedPage } from '../../src/lib/outputs/search-index';

describe('searchTerms', () => {
  it('cuts Chinese into pairs, so 免签 and 签约 share no word', () => {
    expect(searchTerms('免签')).toEqual(['免签']);
    expect(searchTerms('签约仪式')).toEqual(['签约', '约仪', '仪式']);
    expect(searchTerms('签约仪式')).not.toContain('免签');
    expect(searchTerms('签')).toEqual(['签']);
  });

  it('folds case, full-width forms and English plurals the same way for pages and queries', () => {
    expect(searchTerms('Sister Cities')).toEqual(['sister', 'city']);
    expect(searchTerms('routes, taxes and ferries')).toEqual(['route', 'tax', 'and', 'ferry']);
    expect(searchTerms('任务５')).toEqual(['任务', '5']);
    expect(searchTerms('Task 5')).toEqual(['task', '5']);
  });

  it('cuts a number from the Chinese after it, so 指标 is found in 19项指标', () => {
    expect(searchTerms('19项指标')).toEqual(['19', '项指', '指标']);
    expect(searchTerms('3号建议案')).toEqual(['3', '号建', '建议', '议案']);
  });

  it('puts every word in one of a fixed number of files', () => {
    for (const term of ['武汉', 'wuhan', 'task', '5']) expect(parseInt(shardOf(term), 16)).toBeLessThan(shardCount);
    expect(shardOf('武汉')).toBe(shardOf('武汉'));
  });
});

describe('queryWords', () => {
  const files = (terms: string[]) => new Set(terms.map(shardOf)).size;

  it('covers a Chinese phrase with pairs side by side, each a pair the index holds for a page with the phrase', () => {
    expect(queryWords('国际交往中心')).toEqual({ terms: ['国际', '交往', '中心'], left: [] });
    expect(queryWords('离境退税')).toEqual({ terms: ['离境', '退税'], left: [] });
    // An odd last character goes with its neighbour, so every character is looked up.
    expect(queryWords('国际航线').terms).toEqual(['国际', '航线']);
    expect(queryWords('友好城市群').terms).toEqual(['友好', '城市', '市群']);
    expect(queryWords('签')).toEqual({ terms: ['签'], left: [] });
    const indexed = new Set(searchTerms('武汉加快建设国际交往中心'));
    for (const term of queryWords('国际交往中心').terms) expect(indexed).toContain(term);
  });

  it('skips common English words unless the query has nothing else', () => {
    expect(queryWords('the sister cities of Wuhan').terms).toEqual(['sister', 'city', 'wuhan']);
    expect(queryWords('Task 5').terms).toEqual(['task', '5']);
    expect(queryWords('of the').terms).toEqual(['of', 'the']);
  });

  it(`reads at most ${firstQueryFiles - 1} files of words, and names the words a long query leaves out`, () => {
    const long = queryWords('市政协十四届五次会议3号建议案办理工作方案');
    expect(files(long.terms)).toBeLessThanOrEqual(firstQueryFiles - 1);
    expect(long.terms[0]).toBe('市政');
    expect(long.left.length).toBeGreaterThan(0);
    // Nothing is lost without being named: the words looked up and those left out are the phrase's pairs.
    expect([...long.terms, ...long.left].sort()).toEqual(
      ['市政', '协十', '四届', '五次', '会议', '3', '号建', '议案', '办理', '工作', '方案'].sort(),
    );
    const english = queryWords('international exchange centre plan targets progress Wuhan');
    expect(files(english.terms)).toBeLessThanOrEqual(firstQueryFiles - 1);
    expect(english.left).toContain('wuhan');
  });
});

const page = (title: string, body: string, kind = '') =>
  `<!doctype html><html lang="en"><head><meta name="description" content="About ${title}."></head><body><nav>Menu</nav><main id="main" data-pagefind-body><p data-pagefind-meta="kind">${kind}</p><h1 data-pagefind-weight="10">${title}</h1><p>${body}</p><div data-pagefind-weight="0.3"><p>Related: ferries</p></div><svg><text>9999</text></svg></main><footer>Footer</footer></body></html>`;

describe('readPage', () => {
  it('reads the indexed part with its weights, the title, the label and the summary', () => {
    const read = readPage(page('Sister cities &amp; ports', 'Friendly cities (友城).', 'Target'), '/en/a/')!;
    expect(read).toMatchObject({ path: '/en/a/', lang: 'en', title: 'Sister cities & ports', kind: 'Target' });
    expect(read.summary).toBe('About Sister cities & ports.');
    expect(read.parts).toContainEqual({ text: 'Sister cities & ports', weight: 10 });
    expect(read.parts).toContainEqual({ text: 'Related: ferries', weight: 0.3 });
    const text = read.parts.map((part) => part.text).join(' ');
    expect(text).toContain('友城');
    expect(text).not.toMatch(/Menu|Footer|9999/);
  });

  it('leaves out pages without an indexed part', () => {
    expect(readPage('<html lang="en"><body><main>Search</main></body></html>', '/en/search/')).toBeUndefined();
  });
});

describe('searchIndexFiles', () => {
  const pages = [
    readPage(page('Sister cities', 'Wuhan has friendly cities (友城).'), '/en/a/')!,
    readPage(page('Transport hub', 'Wuhan builds routes.', 'Task 5'), '/en/b/')!,
    readPage(page('Ports', 'Wuhan ports and routes.', 'Task 6'), '/en/c/')!,
  ] satisfies IndexedPage[];
  const files = searchIndexFiles(pages, 'v1');
  const shard = (term: string) => JSON.parse(files.get(`en/${shardOf(term)}.json`)!) as SearchShard;
  /** A word's postings as `[page, weight…]`, read back from the file. */
  const postingsOf = (term: string, key = term) => withoutGaps(shard(term).t[key]!);

  it('writes every file of a language, each of the same build', () => {
    expect([...files.keys()].filter((name) => /^en\/[0-9a-f]{2}\.json$/.test(name))).toHaveLength(shardCount);
    expect(JSON.parse(files.get('en/pages-0.json')!) as SearchPagesFile).toEqual({
      v: 'v1',
      p: pages.map((one) => [one.path, one.title, one.kind, one.summary]),
    });
  });

  it("gives each word its pages, the title weighing most, and carries its best pages' titles", () => {
    const city = shard('city');
    expect(city.n).toBe(3);
    const [first, weight] = postingsOf('city');
    expect(city.p[first!]?.[0]).toBe('/en/a/');
    expect(weight).toBeGreaterThan(0);
    // A word in the title weighs more than one in a list of related pages (weight 0.3).
    const ferry = postingsOf('ferry');
    expect(ferry.length).toBe(pages.length * 2);
    expect(weight).toBeGreaterThan(ferry[1]!);
    const wuhan = shard('wuhan');
    expect(Object.keys(wuhan.p).length).toBe(Math.min(firstScreen, pages.length));
    expect(postingsOf('友城')).toEqual([0, expect.any(Number)]);
  });

  it('writes page numbers as the gap from the one before, in ascending order, and reads them back', () => {
    expect(withGaps([3, 200, 4, 17, 10, 255])).toEqual([3, 200, 1, 17, 6, 255]);
    expect(withoutGaps(withGaps([3, 200, 4, 17, 10, 255]))).toEqual([3, 200, 4, 17, 10, 255]);
    // Wuhan is on all three pages: stored as 0, 1, 1 (each a gap), read as pages 0, 1, 2.
    expect(shard('wuhan').t.wuhan!.filter((_, at) => at % 2 === 0)).toEqual([0, 1, 1]);
    expect(postingsOf('wuhan').filter((_, at) => at % 2 === 0)).toEqual([0, 1, 2]);
  });

  it("stores an exact label or title in the file of the query's first word", () => {
    expect(postingsOf('task', exactKey('Task 5'))).toEqual([1, 255]);
    expect(postingsOf('transport', exactKey('transport hub'))).toEqual([1, 255]);
  });
});
