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

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  }).trim();

const boundaries = new Map<string, Set<string>>();
/**
 * The commits a shallow clone cuts its history at: their dates say nothing
 * about when the files changed. Read once per checkout.
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

interface Commit {
  hash: string;
  /** Parents' hashes, first parent first; none for the first commit, or where a shallow clone cuts the history. */
  parents: string[];
  tree: string;
  /** Commit time in seconds, which orders git log's walk. */
  time: number;
  day: string;
  /** The files that differ from each parent, in the parents' order (from the empty tree for a commit without parents). */
  changes: string[][];
}

/** A checkout's history: its commits by hash, and the one checked out. */
interface History {
  commits: Map<string, Commit>;
  head: Commit | undefined;
}

const histories = new Map<string, History>();
/** Checkouts whose history git could not read, with its error: asked again for every page, git would be forked once per page. */
const unreadable = new Map<string, unknown>();
/**
 * Every commit with the files that differ from each parent, read by one git
 * process per checkout: a process per page was about a seventh of a cold
 * build, since forking the build's large process is slow.
 */
function history(cwd: string): History {
  const found = histories.get(cwd);
  if (found) return found;
  if (unreadable.has(cwd)) throw unreadable.get(cwd);
  const commits = new Map<string, Commit>();
  let log: string;
  try {
    // -m lists a merge once per parent it differs from (so once when it differs from none), in the parents' order.
    log = git(cwd, 'log', '-m', '--no-renames', '--format=%x00%H %T %ct %cs %P', '--name-only');
  } catch (error) {
    unreadable.set(cwd, error);
    throw error;
  }
  const blocks = log.split('\0').filter(Boolean);
  const merges = new Map<string, string[][]>();
  for (const block of blocks) {
    const [head = '', ...lines] = block.split('\n');
    const [hash = '', tree = '', time = '0', day = '', ...parents] = head.trim().split(' ');
    const files = lines.filter(Boolean);
    if (!commits.has(hash))
      commits.set(hash, { hash, parents, tree, time: Number(time), day, changes: parents.length > 1 ? [] : [files] });
    if (parents.length > 1) merges.set(hash, [...(merges.get(hash) ?? []), ...(files.length ? [files] : [])]);
  }
  // A merge's lists belong to the parents whose tree differs from the merge's, in order.
  for (const [hash, lists] of merges) {
    const merge = commits.get(hash)!;
    merge.changes = merge.parents.map((parent) =>
      commits.get(parent)?.tree === merge.tree ? [] : (lists.shift() ?? []),
    );
  }
  // git log starts from the commit checked out.
  const checkedOut: History = { commits, head: commits.values().next().value };
  histories.set(cwd, checkedOut);
  return checkedOut;
}

/** Whether `path` is one of `sources`, or inside one of them (a folder). */
const within = (path: string, sources: readonly string[]) =>
  sources.some((source) => path === source || path.startsWith(`${source.replace(/\/+$/, '')}/`));

/**
 * The commit `git log -1 -- <files>` shows, found in the history read once:
 * its walk, newest commit first, with its default simplification (a merge
 * that leaves the files as one parent had them is passed over, and only that
 * parent is followed).
 */
function lastCommit({ commits, head }: History, files: readonly string[]): Commit | undefined {
  const touches = (changed: string[]) => changed.some((path) => within(path, files));
  const queue: Commit[] = head ? [head] : [];
  const seen = new Set<string>();
  while (queue.length) {
    queue.sort((a, b) => b.time - a.time);
    const commit = queue.shift()!;
    if (seen.has(commit.hash)) continue;
    seen.add(commit.hash);
    const sameAs = commit.parents.length > 1 ? commit.changes.findIndex((changed) => !touches(changed)) : -1;
    const followed = sameAs >= 0 ? [commit.parents[sameAs]!] : commit.parents;
    if (sameAs < 0 && commit.changes.some(touches)) return commit;
    for (const hash of followed) {
      const parent = commits.get(hash);
      if (parent) queue.push(parent);
    }
  }
  return undefined;
}

/** The last commit date (YYYY-MM-DD) of any of `files` (files or folders, paths from the project root); undefined, with a notice, when the history cannot tell. */
export function lastChanged(files: readonly string[], cwd = process.cwd()): string | undefined {
  const key = `${cwd}\0${files.join('\0')}`;
  if (!cache.has(key)) {
    let date: string | undefined;
    try {
      const { hash, day } = lastCommit(history(cwd), files) ?? { hash: '', day: '' };
      if (hash && shallowBoundary(cwd).has(hash)) {
        notice(
          'history: the git history is shallow (a CI checkout with fetch-depth 1?), so when content last changed cannot be known; pages leave the date out. Fetch the full history: `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout.',
        );
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(day)) date = day;
      else if (!hash)
        notice(`history: no commit touches ${files.join(', ')}; pages leave the "last changed" date out.`);
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
    shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (error) {
    const reason = (error as { stderr?: string }).stderr?.trim().split('\n')[0] || 'git is not available';
    return `no git history (${reason}): pages are published without their "last changed" date, and the feeds and the What's new page list no edit to texts (they say so)`;
  }
  if (shallow === 'true')
    return 'this is a shallow git clone: pages leave out their "last changed" date, and the feeds and the What\'s new page list no edit to texts made before the clone\'s first commit (they say so). Fetch the full history (git fetch --unshallow; actions/checkout with fetch-depth: 0)';
  return undefined;
}
