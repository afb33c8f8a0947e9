/** A throw-away copy of the project with edited content, sharing node_modules, for tests that run its commands. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
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
  run(command: 'validate' | 'validate-strict' | 'build', env?: Record<string, string | undefined>): Promise<{ status: number; output: string }>;
  remove(): void;
}

export function projectCopy(edits: readonly Edit[]): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), 'wuhan-editors-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
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
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const commands = {
    validate: [bin('tsx'), 'scripts/validate.ts'],
    'validate-strict': [bin('tsx'), 'scripts/validate.ts', '--strict'],
    build: [bin('astro'), 'build'],
  };
  return {
    dir,
    run(command, env = {}) {
      const merged = Object.fromEntries(
        Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env }).filter(([, value]) => value !== undefined),
      );
      const child = spawn(process.execPath, commands[command], { cwd: dir, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      return new Promise((resolve) => {
        child.once('error', (error) => resolve({ status: 1, output: `${stdout}\n${stderr}\n${error.message}` }));
        child.once('close', (code) => resolve({ status: code ?? 1, output: `${stdout}\n${stderr}` }));
      });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
