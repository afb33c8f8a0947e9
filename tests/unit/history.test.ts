import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historyNotice, lastChanged } from '../../src/lib/history';

const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...identity }, stdio: 'pipe' });
const commitAt = (cwd: string, file: string, date: string) => {
  writeFileSync(join(cwd, file), date);
  git(cwd, 'add', file);
  execFileSync('git', ['commit', '-qm', file], { cwd, env: { ...process.env, ...identity, GIT_COMMITTER_DATE: `${date}T10:00:00Z`, GIT_AUTHOR_DATE: `${date}T10:00:00Z` } });
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
