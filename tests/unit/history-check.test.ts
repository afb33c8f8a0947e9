/** The build warns when git history is missing or shallow, since pages date themselves from it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyProblem } from '../../src/lib/build/page-dates';
import { root } from '../support/plan-text';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wuhan-history-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_DIR: undefined,
      GIT_WORK_TREE: undefined,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });

describe('historyProblem', () => {
  it('finds nothing wrong in a full clone', () => {
    const source = tempDir();
    git(source, 'init', '-q');
    for (const n of [1, 2]) {
      writeFileSync(join(source, 'file.txt'), String(n));
      git(source, 'add', '.');
      git(source, 'commit', '-qm', `commit ${n}`);
    }
    expect(historyProblem(source)).toBeUndefined();

    const shallow = join(tempDir(), 'clone');
    git(root, 'clone', '-q', '--depth', '1', `file://${source}`, shallow);
    expect(historyProblem(shallow)).toMatch(/shallow git clone.*fetch-depth: 0/);
  });

  it('says so where there is no history at all', () => {
    expect(historyProblem(tempDir())).toMatch(/^no git history/);
  });
});
