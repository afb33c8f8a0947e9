/**
 * The build's caches (chart PNGs, share cards, the search index): files and
 * folders named by a hash of everything that goes into them, under
 * node_modules/.cache, which CI and the deploy keep between runs. What a
 * build uses is touched, and what no build has used for two weeks is
 * removed, so a kept cache holds what the site makes now, not everything it
 * ever made. Builds side by side may share a cache (the tests build two
 * copies at once): entries are written under another name and renamed, so
 * none is ever read half-written.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const staleAfterDays = 14;

/** Marks an entry as used now. */
function touch(path: string): void {
  const now = new Date();
  utimesSync(path, now, now);
}

/** The kept file `name` in `dir`, marked as used now; undefined when there is none. */
export function readKept(dir: string, name: string): Buffer | undefined {
  const file = join(dir, name);
  try {
    const bytes = readFileSync(file);
    touch(file);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Keeps `bytes` as `name` in `dir`. */
export function keep(dir: string, name: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(partial, bytes);
  renameSync(partial, join(dir, name));
}

/** The file kept as `name` in `dir`, or, when there is none, the one `make` gives, kept for the next build; and which of the two it was. */
export async function keptOrMade(dir: string, name: string, make: () => Promise<Buffer>): Promise<{ bytes: Buffer; reused: boolean }> {
  const kept = readKept(dir, name);
  if (kept) return { bytes: kept, reused: true };
  const bytes = await make();
  keep(dir, name, bytes);
  return { bytes, reused: false };
}

/**
 * Like `keptOrMade`, but answers with the kept file's path instead of its
 * bytes: a build that asks for thousands of files and writes them at its end
 * then holds none of them in memory meanwhile.
 */
export async function keptFileOrMade(dir: string, name: string, make: () => Promise<Buffer>): Promise<{ file: string; reused: boolean }> {
  const file = join(dir, name);
  try {
    touch(file);
    return { file, reused: true };
  } catch {
    keep(dir, name, await make());
    return { file, reused: false };
  }
}

/** Copies the folder kept as `name` in `dir` to `target`, marking it as used; false when there is none (or another build removed it meanwhile). */
export function copyKeptFolder(dir: string, name: string, target: string): boolean {
  const kept = join(dir, name);
  try {
    cpSync(kept, target, { recursive: true });
    touch(kept);
    return true;
  } catch {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
}

/** Keeps a copy of the folder `source` as `name` in `dir`; a failure to keep costs the next build time, never this one. */
export function keepFolder(dir: string, name: string, source: string): void {
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  try {
    cpSync(source, partial, { recursive: true });
    renameSync(partial, join(dir, name));
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
}

/** Removes the entries in `dir` no build has used for two weeks (run as a build ends); returns how many. */
export function removeStale(dir: string, now = Date.now()): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    try {
      if (now - statSync(path).mtimeMs > staleAfterDays * 24 * 60 * 60 * 1000) {
        rmSync(path, { force: true, recursive: true });
        removed += 1;
      }
    } catch {
      // Gone already: another build removed it.
    }
  }
  return removed;
}

/** Writes files drawn during the build into the output folder once each is ready; `files` maps a path in `outDir` to its bytes, or to a kept file to copy. */
export async function writeOutputs(outDir: string, files: Iterable<[string, Promise<Uint8Array | { file: string }>]>): Promise<void> {
  await Promise.all(
    [...files].map(async ([path, output]) => {
      const target = join(outDir, path);
      const ready = await output;
      mkdirSync(dirname(target), { recursive: true });
      if (ready instanceof Uint8Array) writeFileSync(target, ready);
      else copyFileSync(ready.file, target);
    }),
  );
}
