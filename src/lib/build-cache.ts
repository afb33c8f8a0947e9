/**
 * The build's caches of drawn images (chart PNGs, share cards): files named
 * by a hash of everything that goes into them, in a folder under
 * node_modules/.cache that CI and the deploy keep between runs. A file used
 * is touched, and files no build has used for two weeks are removed, so a
 * kept cache holds what the site draws now, not every drawing it ever made.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staleAfterDays = 14;

/** The kept file `name` in `dir`, marked as used now; undefined when there is none. */
export function readKept(dir: string, name: string): Buffer | undefined {
  const file = join(dir, name);
  try {
    const bytes = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Keeps `bytes` as `name` in `dir`, written under another name first: builds side by side may share the folder, and none may read half a file. */
export function keep(dir: string, name: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(partial, bytes);
  renameSync(partial, join(dir, name));
}

/** Removes the files in `dir` no build has used for two weeks (run as a build ends); returns how many. */
export function removeStale(dir: string, now = Date.now()): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const file = join(dir, entry);
    try {
      if (now - statSync(file).mtimeMs > staleAfterDays * 24 * 60 * 60 * 1000) {
        rmSync(file, { force: true, recursive: true });
        removed += 1;
      }
    } catch {
      // Gone already: another build removed it.
    }
  }
  return removed;
}
