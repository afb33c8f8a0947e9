import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/lib/history';

const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, ...identity } });
const commitAt = (cwd: string, file: string, date: string) => {
  writeFileSync(join(cwd, file), date);
  git(cwd, 'add', file);
  execFileSync('git', ['commit', '-qm', file], { cwd, env: { ...process.env, ...identity, GIT_COMMITTER_DATE: `${date}T10:00:00Z`, GIT_AUTHOR_DATE: `${date}T10:00:00Z` } });
};

describe('lastChanged', () => {
  it('gives the date of the last commit that touched the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'history-'));
    git(dir, 'init', '-q');
    commitAt(dir, 'a.json', '2026-05-04');
    commitAt(dir, 'b.json', '2026-06-07');
    expect(lastChanged(['a.json'], dir)).toBe('2026-05-04');
    expect(lastChanged(['a.json', 'b.json'], dir)).toBe('2026-06-07');
  });

  it('gives nothing outside a repository', () => {
    expect(lastChanged(['a.json'], mkdtempSync(join(tmpdir(), 'no-history-')))).toBeUndefined();
  });
});
