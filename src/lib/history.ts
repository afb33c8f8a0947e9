/**
 * When a page's content last changed, from the repository's history: the
 * date of the last commit that touched the files behind the page. Never
 * typed by hand; absent where there is no history (a copy outside git).
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/** The last commit date (YYYY-MM-DD) of any of `files`, paths from the project root. */
export function lastChanged(files: readonly string[], cwd = process.cwd()): string | undefined {
  const key = `${cwd}\0${files.join('\0')}`;
  if (!cache.has(key)) {
    let date: string | undefined;
    try {
      const output = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...files], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      date = /^\d{4}-\d{2}-\d{2}$/.test(output) ? output : undefined;
    } catch {
      date = undefined;
    }
    cache.set(key, date);
  }
  return cache.get(key);
}
