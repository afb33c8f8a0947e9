/**
 * The feed on a real shallow clone: git history cut short loses the edits made
 * before the cut, and the list says so instead of dropping them silently.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyGap, textChanges } from '../../src/lib/outputs/feed/changes';
import { checkoutHistoryReach, contentCommits } from '../../src/lib/outputs/feed/content-commits';
import { historyNotice } from '../../src/lib/outputs/feed/updates';

const identity = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'feed-history-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const commitAt = (cwd: string, file: string, text: string, date: string) => {
  mkdirSync(join(cwd, file, '..'), { recursive: true });
  writeFileSync(join(cwd, file), text);
  const env = {
    ...process.env,
    ...identity,
    GIT_COMMITTER_DATE: `${date}T10:00:00Z`,
    GIT_AUTHOR_DATE: `${date}T10:00:00Z`,
  };
  execFileSync('git', ['add', file], { cwd, env, stdio: 'pipe' });
  execFileSync('git', ['commit', '-qm', file], { cwd, env, stdio: 'pipe' });
};

describe('the feed of a shallow clone', () => {
  const full = tempDir();
  execFileSync('git', ['init', '-q'], { cwd: full, stdio: 'pipe' });
  commitAt(full, 'content/tasks/en/01-a.mdx', 'first', '2026-05-04');
  commitAt(full, 'content/tasks/en/01-a.mdx', 'edited', '2026-06-07');
  commitAt(full, 'README.md', 'readme', '2026-12-15');
  const shallow = join(tempDir(), 'clone');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, shallow], { stdio: 'pipe' });

  it('knows every edit in the full clone, and says nothing', () => {
    expect(textChanges(contentCommits(full)).map((change) => change.key)).toEqual(['task/01-a/en/2026-06-07']);
    expect(checkoutHistoryReach(full)).toEqual({ kind: 'complete' });
    expect(historyNotice('en', checkoutHistoryReach(full))).toBeUndefined();
  });

  it('loses the edit made before the cut, and says so in both languages, dated where its history starts', () => {
    expect(textChanges(contentCommits(shallow))).toEqual([]);
    const reach = checkoutHistoryReach(shallow);
    expect(reach).toEqual({ kind: 'shallow', since: '2026-12-15' });
    expect(historyGap(reach, '2026-09-30').map((change) => change.date)).toEqual(['2026-12-15']);
    expect(historyNotice('en', reach)?.title).toBe('Changes before December 15, 2026 are not listed here');
    expect(historyNotice('en', reach)?.summary).toMatch(/starts on December 15, 2026\. Edits made before then/);
    expect(historyNotice('zh', reach)?.title).toBe('2026年12月15日以前的更新未列出');
  });

  it('says that no edit is known where there is no git history at all', () => {
    const reach = checkoutHistoryReach(tempDir());
    expect(reach).toEqual({ kind: 'none' });
    expect(historyNotice('en', reach)?.summary).toMatch(/built without its version history/);
  });
});
