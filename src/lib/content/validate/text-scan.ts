/**
 * Every string of every JSON content file, whatever its field, is text:
 * no invisible, bidirectional or control character and no lone surrogate
 * (NUL written as \u0000 or U+202E reach pages through any field, not only
 * the ones a schema marks as text), field names included. A `$schema` points
 * at the file's own schema beside it, never at another host.
 */
import { formatPath, type ContentProblem } from '../errors';
import { describeInvisible, INVISIBLE } from '../schema/shared';

/** Problems in the strings (and field names) of `data`, parsed from `file`; `where` is the JSON path. */
export function textProblems(file: string, data: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (value: string, path: (string | number)[], what: string) => {
    const found = INVISIBLE.exec(value);
    if (found)
      problems.push({
        file,
        where: formatPath(path),
        // Worded as text() words it, so a field's message reads the same whichever check found it.
        message: `${what}contains ${describeInvisible(found[0])} at character ${found.index + 1}, which is invisible or reverses the text: retype the text without it`,
      });
  };
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') check(value, path, '');
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        check(key, [...path, key], 'the field name ');
        walk(item, [...path, key]);
      }
  };
  walk(data, []);
  const schema = (data as { $schema?: unknown } | null)?.$schema;
  if (typeof schema === 'string' && !/^\.{1,2}\/(?:\.\.\/)*[a-z0-9-]+\.schema\.json$/.test(schema))
    problems.push({
      file,
      where: '$schema',
      message: `"${schema.slice(0, 80)}" is not this file's schema: write "./<name>.schema.json" (editors' tools would fetch it from wherever it points)`,
    });
  return problems;
}

/** A schema's message about an invisible character where the scan has already reported one: the scan's is enough. */
export const sameInvisible = (scan: readonly ContentProblem[]) => (problem: ContentProblem) =>
  !(problem.message.includes('which is invisible or reverses the text') && scan.some((found) => found.where === problem.where));
