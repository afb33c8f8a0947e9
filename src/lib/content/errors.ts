/** Readable errors for editors: the file, the place in it, what is wrong and what is expected. */
import type { z } from 'zod';
import { INVISIBLE } from './schema/shared';

export interface ContentProblem {
  file: string;
  /** A JSON path such as `metrics[3].target.value`, or a field name; empty for the whole file. */
  where: string;
  message: string;
  line?: number;
  column?: number;
}

/** Thrown when content cannot be published; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

/** What a file gets when checking it failed in an unforeseen way: a message naming the file is always better than a stack trace. */
export function uncheckable(file: string, error: unknown): ContentProblem {
  return { file, where: '', message: `could not be checked (${(error as Error)?.message?.split('\n')[0] ?? String(error)}): check the file for unusual structure` };
}

/**
 * A message on one line, whatever the content it quotes: a line break echoed
 * from a file could start a line of its own in a log, and a CI runner reads a
 * line that starts with `::` as a command (`::error …`, `::add-mask::…`).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern escapes.
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `content/metrics.json › metrics[3].target.value: expected a number, got "129个" (line 88, column 18)`. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? ` (line ${problem.line}${problem.column ? `, column ${problem.column}` : ''})` : '';
  const message = printable(problem.message);
  return problem.where ? `${problem.file} › ${printable(problem.where)}: ${message}${place}` : `${problem.file}: ${message}${place}`;
}

/** `["metrics", 3, "target"]` → `metrics[3].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** A value as an editor would write it: strings quoted, long values shortened. */
function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return 'a date';
  const shown = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : value !== null && typeof value === 'object' ? 'an object' : String(value);
  // Invisible characters are shown by their code, so the message itself cannot hide or reverse text.
  const text = shown.replace(new RegExp(INVISIBLE.source, 'gu'), (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const typeNames: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
  int: 'a whole number',
};

type Issue = z.core.$ZodIssue & { input?: unknown };

/** What is wrong and what is expected, in words an editor can act on. */
function describeIssue(issue: Issue): string {
  const got = showValue(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input instanceof Date) return `expected ${expected}, got a date: YAML reads an unquoted date as a date; to write it as ${expected}, put it in quotes ("…")`;
      return issue.input === undefined ? `missing: expected ${expected}` : `expected ${expected}, got ${got}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return issue.message.startsWith('expected') ? issue.message : 'expected text, got nothing';
      return issue.message.startsWith('Too small') ? `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${got}` : `${issue.message}, got ${got}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters, got ${String(issue.input ?? '').length}: shorten the text`;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${got}`;
    case 'invalid_union':
      return `expected ${issue.message.replace(/^Invalid input: /, '')}, got ${got}`;
    default:
      return issue.input === undefined || typeof issue.input === 'object' ? issue.message : `${issue.message}, got ${got}`;
  }
}

/** Parses `data` with `schema`, returning the data or the problems, each naming `file` and the failing field. */
export function checkContent<T extends z.ZodType>(schema: T, data: unknown, file: string): { data: z.infer<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: result.error.issues.map((issue) => ({ file, where: formatPath(issue.path), message: describeIssue(issue as Issue) })) };
}
