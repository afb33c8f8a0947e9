/**
 * A copy of the project in another folder, sharing node_modules and the git
 * history (the pages' "last changed" dates come from it), for builds that
 * must be compared with the main one.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { copyProject } from '../../scripts/project-copy.mjs';
import { root } from './plan-text';

export interface SiteCopy {
  dir: string;
  /** Environment for commands run in the copy: git reads the project's history. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function siteCopy(prefix = 'wuhan-copy-'): SiteCopy {
  const dir = copyProject(prefix);
  return { dir, env: gitEnv(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Environment under which git, run in `dir`, reads the project's own history. */
export function gitEnv(dir: string): NodeJS.ProcessEnv {
  const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' }).trim();
  return { GIT_DIR: gitDir, GIT_WORK_TREE: dir };
}
