/** Checks an Atom feed against what RFC 4287 requires, with a real XML parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Parses an Atom feed and checks what RFC 4287 §4.1 requires; returns the entries. */
export function checkAtomFeed(xml: string, lang: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(
    xml,
  );
  const feed = parsed.feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed['@_xml:lang']).toBe(lang);
  expect(typeof feed.id).toBe('string');
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.map((link: Record<string, string>) => link['@_rel'])).toEqual(
    expect.arrayContaining(['self', 'alternate']),
  );
  const entries: Record<string, unknown>[] = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id, JSON.stringify(entry)).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(entry.summary).toBeTruthy();
    expect((entry.link as Record<string, string>[])[0]!['@_href']).toBeTruthy();
  }
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  return entries as { id: string; title: string; updated: string; link: { '@_href': string }[] }[];
}
