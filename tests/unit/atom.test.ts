import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed } from '../../src/lib/outputs/feed/atom';
import { escapeXml } from '../../src/lib/outputs/xml';

const feed = (title: string) =>
  atomFeed({
    id: 'tag:example.org,2026:feed',
    title,
    language: 'en',
    self: 'https://example.org/updates.xml',
    alternate: 'https://example.org/updates/',
    author: 'Office',
    fallbackUpdated: '2026-03-09',
    entries: [
      {
        id: 'tag:example.org,2026:a',
        title: 'Older <b>',
        updated: '2026-04-01',
        link: 'https://example.org/a/?x=1&y=2',
        summary: 'Tom & "Jerry"',
      },
      {
        id: 'tag:example.org,2026:b',
        title: 'Newer',
        updated: '2026-05-01',
        link: 'https://example.org/b/',
        summary: 'ok',
      },
    ],
  });

describe('Atom feeds', () => {
  it('escape markup, ampersands and quotes in text and attributes, and drop characters XML forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const xml = feed('A & B </title><script>');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.feed.title).toBe('A & B </title><script>');
    expect(parsed.feed.entry[0].summary).toBe('Tom & "Jerry"');
    expect(parsed.feed.entry[0].link['@_href']).toBe('https://example.org/a/?x=1&y=2');
  });

  it('date the feed by its newest entry, or the fallback when empty', () => {
    expect(new XMLParser().parse(feed('x')).feed.updated).toBe('2026-05-01T00:00:00Z');
    const empty = atomFeed({
      id: 'i',
      title: 't',
      language: 'zh-CN',
      self: '/u.xml',
      alternate: '/u/',
      author: 'a',
      fallbackUpdated: '2026-03-09',
      entries: [],
    });
    expect(new XMLParser().parse(empty).feed.updated).toBe('2026-03-09T00:00:00Z');
    expect(atomDate('2026-03-09T08:00:00+08:00')).toBe('2026-03-09T00:00:00.000Z');
  });
});
