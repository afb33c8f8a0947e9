/** Readable errors for editors: the file, the place in it, what is wrong. */
import type { z } from 'zod';

export interface ContentProblem {
  file: string;
  /** A JSON path such as `metrics[3].target.value`, or a field name; empty for the whole file. */
  where: string;
  message: string;
}

/** Thrown when content cannot be published; its message lists every problem, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

export function formatProblem(problem: ContentProblem): string {
  return problem.where ? `${problem.file} › ${problem.where}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** `["metrics", 3, "target"]` → `metrics[3].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses `data` with `schema`, or throws a ContentError naming `file` and each failing field. */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(
    result.error.issues.map((issue) => ({ file, where: formatPath(issue.path), message: issue.message })),
  );
}
