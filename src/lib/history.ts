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

/**
 * Why the pages' dates cannot be trusted, or undefined when they can: no git
 * history at all (the dates are left out), or a shallow clone (every page
 * would claim the date of the last commit fetched).
 */
export function historyProblem(cwd = process.cwd()): string | undefined {
  let shallow: string;
  try {
    shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim().split('\n')[0] || 'git is not available';
    return `no git history (${reason}): pages are published without their "last changed" date`;
  }
  if (shallow === 'true') return 'this is a shallow git clone: pages would show the date of the last commit fetched as their "last changed" date. Fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)';
  return undefined;
}
