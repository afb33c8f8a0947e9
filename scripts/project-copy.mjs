/**
 * A copy of the project in a new temporary folder: what a build reads (and
 * `scripts/` for the editors' commands), with node_modules shared through a
 * link. For the tests and the benchmark, which build copies beside the
 * project.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** What `astro build` reads from the project, besides node_modules. */
const buildInputs = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/**
 * Copies the project into a new folder named from `prefix`; returns the folder.
 * @param {string} prefix
 * @param {{ scripts?: boolean }} [options] scripts: copy `scripts/` too, for `npm run validate` and the like.
 */
export function copyProject(prefix, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [...buildInputs, ...(options.scripts ? ['scripts'] : [])]) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
