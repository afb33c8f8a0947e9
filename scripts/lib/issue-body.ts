/**
 * The body GitHub writes for an issue form ("### Label\n\nvalue" for each field, in the form's order,
 * "_No response_" for an empty optional field), read back into values by field. The body is untrusted
 * text: only the form's own labels start a field, and a label met twice or out of order (a text
 * field holding a line that imitates another field) refuses the whole body instead of guessing.
 */

/** GitHub's limit for an issue body; anything longer did not come from the form. */
export const MAX_BODY_CHARS = 65_536;

export type IssueBody<K extends string> = { values: Partial<Record<K, string>> } | { problems: string[] };

/**
 * Reads `body` as written by a form whose fields have `labels` (by key, in the form's order).
 * Values are trimmed; "_No response_" and empty values are left out.
 */
export function readIssueBody<K extends string>(body: string, labels: Readonly<Record<K, string>>): IssueBody<K> {
  if (body.length > MAX_BODY_CHARS)
    return {
      problems: [
        `the proposal is ${body.length} characters long; an issue form gives at most ${MAX_BODY_CHARS}: it did not come from the form`,
      ],
    };
  const keys = Object.keys(labels) as K[];
  const byLabel = new Map(keys.map((key) => [labels[key], key]));
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const seen: K[] = [];
  const collected = new Map<K, string[]>();
  let current: K | undefined;
  const problems: string[] = [];
  for (const line of lines) {
    const heading = /^###[ \t]+(.*?)[ \t]*$/.exec(line);
    const key = heading ? byLabel.get(heading[1]!) : undefined;
    if (key === undefined) {
      if (current !== undefined) collected.get(current)!.push(line);
      continue;
    }
    if (seen.includes(key))
      problems.push(
        `"${labels[key]}" appears more than once: a text field seems to contain a line that imitates the form's headings`,
      );
    else if (seen.length && keys.indexOf(key) < keys.indexOf(seen.at(-1)!))
      problems.push(
        `"${labels[key]}" comes after "${labels[seen.at(-1)!]}", not in the form's order: a text field seems to contain a line that imitates the form's headings`,
      );
    seen.push(key);
    current = key;
    collected.set(key, []);
  }
  if (problems.length) return { problems };
  if (!seen.length)
    return {
      problems: [
        'none of the form\'s fields was found: the issue was not written with the figure form (its headings start with "### ")',
      ],
    };
  const values: Partial<Record<K, string>> = {};
  for (const [key, text] of collected) {
    const value = text.join('\n').trim();
    if (value && value !== '_No response_') values[key] = value;
  }
  return { values };
}
