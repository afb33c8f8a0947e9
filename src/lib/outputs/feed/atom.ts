/**
 * Atom 1.0 (RFC 4287) as text: a feed with its required elements (id,
 * title, updated, author, self link) and entries with theirs (id, title,
 * updated, link, summary). Every text and attribute is escaped here, so
 * callers pass plain strings.
 */
import { escapeXml } from '../xml';

export interface AtomEntry {
  /** A permanent IRI that never changes for this entry. */
  id: string;
  title: string;
  /** YYYY-MM-DD or a full RFC 3339 date-time. */
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** BCP 47 language tag, carried as xml:lang. */
  language: string;
  /** The feed's own URL. */
  self: string;
  /** The HTML page that shows the same entries. */
  alternate: string;
  author: string;
  /** Used when there are no entries; otherwise the newest entry's date. */
  fallbackUpdated: string;
  entries: readonly AtomEntry[];
}

/** An RFC 3339 date-time: a bare date becomes midnight UTC. */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString();
}

export function atomFeed(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((entry) => atomDate(entry.updated))
      .sort()
      .at(-1) ?? atomDate(feed.fallbackUpdated);
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    ${text('id', entry.id)}`,
      `    ${text('title', entry.title)}`,
      `    ${text('updated', atomDate(entry.updated))}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    ${text('summary', entry.summary)}`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  ${text('id', feed.id)}`,
    `  ${text('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${text('subtitle', feed.subtitle)}`] : []),
    `  ${text('updated', updated)}`,
    `  <author>${text('name', feed.author)}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
