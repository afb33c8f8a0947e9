import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historyNotice, lastChanged } from '../../src/lib/build/page-dates';

const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...identity }, stdio: 'pipe' });
const commitAt = (cwd: string, file: string, date: string) => {
  writeFileSync(join(cwd, file), date);
  git(cwd, 'add', file);
  execFileSync('git', ['commit', '-qm', file], {
    cwd,
    env: { ...process.env, ...identity, GIT_COMMITTER_DATE: `${date}T10:00:00Z`, GIT_AUTHOR_DATE: `${date}T10:00:00Z` },
  });
};
const notices: string[] = [];
historyNotice.warn = (message) => notices.push(message);
afterEach(() => void notices.splice(0));

describe('lastChanged', () => {
  it('gives the date of the last commit that touched the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    git(dir, 'init', '-q');
    commitAt(dir, 'a.json', '2026-05-04');
    commitAt(dir, 'b.json', '2026-06-07');
    expect(lastChanged(['a.json'], dir)).toBe('2026-05-04');
    expect(lastChanged(['a.json', 'b.json'], dir)).toBe('2026-06-07');
    expect(notices).toEqual([]);
  });

  it('agrees with `git log -1 -- <paths>` across merges: one that keeps one side, one that resolves a conflict, one that joins changes to a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-merges-'));
    const at = (date: string) => ({
      ...process.env,
      ...identity,
      GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
      GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
    });
    const run = (date: string, ...args: string[]) =>
      execFileSync('git', args, { cwd: dir, env: at(date), stdio: 'pipe' });
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    git(dir, 'init', '-q', '-b', 'main');
    write('a.json', '1');
    write('docs/x.md', 'x');
    write('docs/y.md', 'y');
    run('2026-01-01', 'add', '.');
    run('2026-01-01', 'commit', '-qm', 'start');
    // A side branch whose change to a.json the merge throws away ("ours"): git log passes over both.
    run('2026-01-02', 'checkout', '-qb', 'thrown-away');
    write('a.json', 'side');
    run('2026-01-02', 'commit', '-qam', 'side');
    run('2026-01-03', 'checkout', '-q', 'main');
    run('2026-01-03', 'merge', '-q', '-s', 'ours', 'thrown-away', '-m', 'keep main');
    // Both sides change a.json; the merge resolves the conflict with a third text.
    run('2026-01-04', 'checkout', '-qb', 'conflict');
    write('a.json', 'theirs');
    run('2026-01-04', 'commit', '-qam', 'theirs');
    run('2026-01-05', 'checkout', '-q', 'main');
    write('a.json', 'ours');
    run('2026-01-05', 'commit', '-qam', 'ours');
    try {
      run('2026-01-06', 'merge', '-q', 'conflict', '-m', 'resolve');
    } catch {
      write('a.json', 'both');
      run('2026-01-06', 'commit', '-qam', 'resolve');
    }
    // Each side changes a different file in docs/: the merge is the first commit where docs/ holds both.
    run('2026-01-07', 'checkout', '-qb', 'docs');
    write('docs/x.md', 'x2');
    run('2026-01-07', 'commit', '-qam', 'x');
    run('2026-01-08', 'checkout', '-q', 'main');
    write('docs/y.md', 'y2');
    run('2026-01-08', 'commit', '-qam', 'y');
    run('2026-01-09', 'merge', '-q', '--no-ff', 'docs', '-m', 'docs');
    const fromGit = (...paths: string[]) =>
      String(execFileSync('git', ['log', '-1', '--format=%cs', '--', ...paths], { cwd: dir })).trim();
    for (const paths of [['a.json'], ['docs'], ['docs/x.md'], ['docs/y.md'], ['a.json', 'docs/x.md']])
      expect(lastChanged(paths, dir), paths.join(' ')).toBe(fromGit(...paths));
    expect(lastChanged(['a.json'], dir)).toBe('2026-01-06');
    expect(lastChanged(['docs'], dir)).toBe('2026-01-09');
    // About 30 git processes: a second or two on a quiet machine, eight seen at load average 29.
  }, 60_000);

  it('gives nothing outside a repository, and says so', () => {
    expect(lastChanged(['a.json'], mkdtempSync(join(tmpdir(), 'no-history-')))).toBeUndefined();
    expect(notices.join('\n')).toMatch(/^history: no git history to read \(.*not a git repository/);
  });

  it("never gives a shallow clone's cut-off date as the date content changed, and says why", () => {
    const full = mkdtempSync(join(tmpdir(), 'history-full-'));
    git(full, 'init', '-q');
    commitAt(full, 'a.json', '2026-05-04');
    commitAt(full, 'readme', '2026-12-15');
    const shallow = join(mkdtempSync(join(tmpdir(), 'history-shallow-')), 'clone');
    git(full, 'clone', '-q', '--depth', '1', `file://${full}`, shallow);
    expect(lastChanged(['a.json'], full)).toBe('2026-05-04');
    expect(lastChanged(['a.json'], shallow)).toBeUndefined();
    expect(notices.join('\n')).toContain('history: the git history is shallow');
    expect(lastChanged(['readme'], shallow)).toBeUndefined();
  });
});
