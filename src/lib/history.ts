/**
 * When a page's content last changed, from the repository's history: the
 * date of the last commit that touched the files behind the page. Never
 * typed by hand, and never guessed: where the history cannot tell (no git,
 * git refusing the repository, or a shallow clone whose oldest commit is the
 * answer), the date is left out and the build says why, once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const cache = new Map<string, string | undefined>();
const warned = new Set<string>();

/** Says once per reason why dates are missing; `warn` is replaceable for tests. */
export const historyNotice = {
  warn: (message: string) => console.warn(message),
};

function notice(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  historyNotice.warn(message);
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const boundaries = new Map<string, Set<string>>();
/**
 * The commits a shallow clone cuts its history at: their dates say nothing
 * about when the files changed. Read once per checkout: a git process per
 * page was a tenth of a cold build.
 */
function shallowBoundary(cwd: string): Set<string> {
  let boundary = boundaries.get(cwd);
  if (!boundary) {
    const path = git(cwd, 'rev-parse', '--path-format=absolute', '--git-path', 'shallow');
    boundary = new Set(existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []);
    boundaries.set(cwd, boundary);
  }
  return boundary;
}

/** The last commit date (YYYY-MM-DD) of any of `files`, paths from the project root; undefined, with a notice, when the history cannot tell. */
export function lastChanged(files: readonly string[], cwd = process.cwd()): string | undefined {
  const key = `${cwd}\0${files.join('\0')}`;
  if (!cache.has(key)) {
    let date: string | undefined;
    try {
      const [hash = '', day = ''] = git(cwd, 'log', '-1', '--format=%H %cs', '--', ...files).split(' ');
      if (hash && shallowBoundary(cwd).has(hash)) {
        notice(
          'history: the git history is shallow (a CI checkout with fetch-depth 1?), so when content last changed cannot be known; pages leave the date out. Fetch the full history: `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout.',
        );
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(day)) date = day;
      else if (!hash) notice(`history: no commit touches ${files.join(', ')}; pages leave the "last changed" date out.`);
    } catch (error) {
      const reason =
        String((error as { stderr?: string }).stderr ?? (error as Error).message)
          .split('\n')
          .find((line) => line.trim()) ?? 'git failed';
      notice(
        `history: no git history to read (${reason.trim()}), so when content last changed cannot be known; pages leave the date out. Build from a git clone with full history.`,
      );
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
  if (shallow === 'true')
    return 'this is a shallow git clone: pages would show the date of the last commit fetched as their "last changed" date. Fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)';
  return undefined;
}
