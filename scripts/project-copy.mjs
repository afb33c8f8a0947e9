/**
 * A copy of the project in a new temporary folder: what a build reads (and
 * `scripts/` for the editors' commands), for the tests and the benchmark,
 * which build copies beside the project, often at the same time.
 *
 * The installed packages are shared, each through its own link, but the
 * stores builds write into node_modules are the copy's own: Astro's data
 * store (`.astro/data-store.json`), Vite's cache and the site's caches of
 * drawn PNGs, share cards and search index (`.cache/`, copied so that a
 * copy starts as warm as the project). Two builds writing one
 * `data-store.json` through a shared node_modules died with ENOENT on its
 * `.tmp` file once in three loaded runs (2026-12 review, §4.4).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** What `astro build` reads from the project, besides node_modules. */
const buildInputs = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** Folders under node_modules that builds write: never shared between two folders that may build at once. */
const writtenStores = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * node_modules for a copy at `dir`: a link to each installed package (and
 * `.bin`), and copies of the written stores (the caches only if `caches`).
 * @param {string} dir
 * @param {boolean} caches
 */
export function ownNodeModules(dir, caches) {
  const from = join(root, 'node_modules');
  const to = join(dir, 'node_modules');
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (!writtenStores.has(entry)) symlinkSync(join(from, entry), join(to, entry), 'dir');
    else if (caches && entry === '.cache' && existsSync(join(from, entry)))
      cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
}

/**
 * Copies the project into a new folder named from `prefix`; returns the folder.
 * @param {string} prefix
 * @param {{ scripts?: boolean, caches?: boolean }} [options] scripts: copy `scripts/` too, for `npm run validate`
 *   and the like; caches: false starts the copy with no drawn images or search index (about 100 MB after a build
 *   of the site, copied for nothing by a copy that only checks content or builds another plan).
 */
export function copyProject(prefix, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [...buildInputs, ...(options.scripts ? ['scripts'] : [])])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  ownNodeModules(dir, options.caches ?? true);
  return dir;
}
