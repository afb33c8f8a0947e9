/** A throw-away copy of the project with edited content, sharing node_modules, for tests that run its commands. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyProject } from '../../scripts/project-copy.mjs';
import { runNode, type CommandResult } from './build';
import { root } from './plan-text';

export interface Edit {
  file: string;
  /** New text for the file, from its current text; `null` deletes the file. */
  change: (text: string) => string | null;
}

export interface ProjectCopy {
  dir: string;
  /**
   * Runs a project command; `env` adds to (or, with `undefined` values, removes from) the environment.
   * Asynchronous, so that a test file's commands can run side by side.
   */
  run(
    command: 'validate' | 'validate-strict' | 'build',
    env?: Record<string, string | undefined>,
  ): Promise<CommandResult>;
  remove(): void;
}

/** An edit the editors' tests share: the English page of task 10 deleted, a missing translation. */
export const missingTranslation: Edit = { file: 'content/tasks/en/10-international-talent.mdx', change: () => null };

/** Applies `edits` to the files of the project copy at `dir`. */
export function applyEdits(dir: string, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const path = join(dir, edit.file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      mkdirSync(dirname(path), { recursive: true });
    }
    const next = edit.change(current);
    if (next === null) rmSync(path);
    else writeFileSync(path, next);
  }
}

export function projectCopy(edits: readonly Edit[]): ProjectCopy {
  const dir = copyProject('wuhan-editors-', { scripts: true, caches: false });
  applyEdits(dir, edits);
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const commands = {
    validate: [bin('tsx'), 'scripts/validate.ts'],
    'validate-strict': [bin('tsx'), 'scripts/validate.ts', '--strict'],
    build: [bin('astro'), 'build'],
  };
  return {
    dir,
    run: (command, env = {}) => runNode(commands[command], dir, { NO_COLOR: '1', FORCE_COLOR: '0', ...env }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
