/**
 * The build's caches (chart PNGs, share cards, the search index): files and
 * folders named by a hash of everything that goes into them, under
 * node_modules/.cache, which CI and the deploy keep between runs. What a
 * build uses is touched, and what no build has used for two weeks is
 * removed, so a kept cache holds what the site makes now, not everything it
 * ever made. Builds side by side may share a cache (the tests build two
 * copies at once): entries are written under another name and renamed, so
 * none is ever read half-written.
 *
 * A kept file is trusted only when it proves itself: each ends with a
 * trailer holding the SHA-256 of its name and bytes and the time it was
 * made. A truncated, corrupted or swapped file (one entry copied over
 * another's name) fails the check and is drawn again, and an entry older
 * than `maxAgeDays` is drawn again even if builds keep using it. A kept
 * folder (the search index) proves itself the same way, through a sealed
 * manifest of its files' hashes. A cache that cannot be written (a full disk)
 * costs time, never the build.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

const staleAfterDays = 14;
/** However often it is used, a kept file is drawn afresh after this long. */
const maxAgeDays = 30;
const day = 24 * 60 * 60 * 1000;

/** The trailer: 8 bytes of marker, 32 of SHA-256 over the name and the bytes, 8 of the time made (ms). */
const MARK = Buffer.from('wcache01');
const TRAILER = MARK.length + 32 + 8;
const digest = (name: string, bytes: Uint8Array) =>
  createHash('sha256').update(name).update('\0').update(bytes).digest();

/** `bytes` with the trailer that lets a later build check them. */
export function sealed(name: string, bytes: Uint8Array, made = Date.now()): Buffer {
  const time = Buffer.alloc(8);
  time.writeDoubleBE(made);
  return Buffer.concat([bytes, MARK, digest(name, bytes), time]);
}

/** The bytes `file` was sealed with under `name`, when they are whole, its own and younger than maxAgeDays; undefined otherwise. */
export function unsealed(name: string, file: Buffer, now = Date.now()): Buffer | undefined {
  if (file.length < TRAILER) return undefined;
  const body = file.subarray(0, file.length - TRAILER);
  const trailer = file.subarray(file.length - TRAILER);
  if (!trailer.subarray(0, MARK.length).equals(MARK)) return undefined;
  if (!trailer.subarray(MARK.length, MARK.length + 32).equals(digest(name, body))) return undefined;
  const made = trailer.readDoubleBE(MARK.length + 32);
  if (!(now - made < maxAgeDays * day)) return undefined;
  return Buffer.from(body);
}

/**
 * The length of the bytes the file at `path` was sealed with under `name`,
 * when they pass `unsealed`'s check; undefined otherwise. Read a piece at a
 * time, so that checking a kept file never holds it in memory.
 */
export function sealedLength(name: string, path: string, now = Date.now()): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size < TRAILER) return undefined;
    const length = size - TRAILER;
    const trailer = Buffer.alloc(TRAILER);
    if (readSync(fd, trailer, 0, TRAILER, length) !== TRAILER) return undefined;
    if (!trailer.subarray(0, MARK.length).equals(MARK)) return undefined;
    if (!(now - trailer.readDoubleBE(MARK.length + 32) < maxAgeDays * day)) return undefined;
    const hash = createHash('sha256').update(name).update('\0');
    const piece = Buffer.alloc(Math.min(length, 1 << 20));
    for (let at = 0; at < length;) {
      const read = readSync(fd, piece, 0, Math.min(piece.length, length - at), at);
      if (read <= 0) return undefined;
      hash.update(piece.subarray(0, read));
      at += read;
    }
    return hash.digest().equals(trailer.subarray(MARK.length, MARK.length + 32)) ? length : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Says once per cache folder that it cannot be written, and why; the build goes on. */
const warned = new Set<string>();
function cannotKeep(dir: string, error: unknown): void {
  if (warned.has(dir)) return;
  warned.add(dir);
  const code = (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message;
  console.warn(
    `[build-cache] cannot keep files in ${dir} (${code}${code === 'ENOSPC' ? ': the disk is full' : ''}): this build goes on, and the next draws them again`,
  );
}

/** A hash of source files (from the project root), for a cache key that changes whenever the code that draws changes. */
export function sourceHash(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    try {
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(join(root, file)));
    } catch {
      // Not found (a build from elsewhere): a key no cache holds, so everything is drawn.
      hash.update(`${file}\0${Math.random()}`);
    }
  }
  return hash.digest('hex');
}

/** Marks an entry as used now. */
function touch(path: string): void {
  const now = new Date();
  utimesSync(path, now, now);
}

/** The kept file `name` in `dir`, marked as used now; undefined when there is none, or it fails its check (see `unsealed`). */
export function readKept(dir: string, name: string): Buffer | undefined {
  const file = join(dir, name);
  try {
    const bytes = unsealed(name, readFileSync(file));
    if (bytes) touch(file);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Keeps `bytes` as `name` in `dir`, sealed; false (after one warning) when the cache cannot be written. */
export function keep(dir: string, name: string, bytes: Uint8Array): boolean {
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(partial, sealed(name, bytes));
    renameSync(partial, join(dir, name));
    return true;
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The folder itself is out of reach: nothing was left in it.
    }
    cannotKeep(dir, error);
    return false;
  }
}

/** The file kept as `name` in `dir`, or, when there is none, the one `make` gives, kept for the next build; and which of the two it was. */
export async function keptOrMade(
  dir: string,
  name: string,
  make: () => Promise<Buffer>,
): Promise<{ bytes: Buffer; reused: boolean }> {
  const kept = readKept(dir, name);
  if (kept) return { bytes: kept, reused: true };
  const bytes = await make();
  keep(dir, name, bytes);
  return { bytes, reused: false };
}

/**
 * A file for the build's output: its bytes, or an entry kept in a cache
 * folder, which `writeOutputs` reads when it writes it, so that a build of
 * thousands of images holds none of them in memory until it ends; `make`
 * draws it again should the entry be gone or broken by then.
 */
export type Output = Uint8Array | KeptEntry;
export interface KeptEntry {
  dir: string;
  name: string;
  make: () => Promise<Buffer>;
}

/**
 * Like `keptOrMade`, for the output: the kept entry, checked a piece at a time
 * (`sealedLength`) and marked as used, or the one `make` gives, kept; its
 * bytes only when the cache cannot be written.
 */
export async function keptEntryOrMade(
  dir: string,
  name: string,
  make: () => Promise<Buffer>,
): Promise<{ output: Output; reused: boolean }> {
  const file = join(dir, name);
  try {
    if (sealedLength(name, file) !== undefined) {
      touch(file);
      return { output: { dir, name, make }, reused: true };
    }
  } catch {
    // None kept, or unreadable: made below.
  }
  const bytes = await make();
  return { output: keep(dir, name, bytes) ? { dir, name, make } : bytes, reused: false };
}

/**
 * The manifest of a kept folder: each file's path and SHA-256, sealed like a
 * kept file (under the folder's name, so a folder copied over another's name
 * fails) and written last, so a folder without one was never finished.
 */
const MANIFEST = '.manifest';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The files under `folder`, as sorted paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Copies the folder kept as `name` in `dir` to `target`, marking it as used,
 * when it proves itself: its sealed manifest is whole, its own and younger
 * than maxAgeDays, and it lists exactly the files the folder holds, each with
 * its bytes' hash. False otherwise (none, unfinished, changed, too old, or
 * removed by another build meanwhile), with nothing left at `target`.
 */
export function copyKeptFolder(dir: string, name: string, target: string): boolean {
  const kept = join(dir, name);
  try {
    const manifest = unsealed(`${name}/${MANIFEST}`, readFileSync(join(kept, MANIFEST)));
    if (!manifest) throw new Error('manifest does not prove itself');
    const hashes = JSON.parse(manifest.toString('utf8')) as Record<string, string>;
    const files = filesUnder(kept).filter((path) => path !== MANIFEST);
    if (files.join('\0') !== Object.keys(hashes).sort().join('\0')) throw new Error('files differ from the manifest');
    for (const path of files) {
      const bytes = readFileSync(join(kept, path));
      if (sha256(bytes) !== hashes[path]) throw new Error(`${path} changed`);
      mkdirSync(dirname(join(target, path)), { recursive: true });
      writeFileSync(join(target, path), bytes);
    }
    touch(kept);
    return true;
  } catch {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps a copy of the folder `source` as `name` in `dir`, sealed by its
 * manifest, in place of any entry of that name that failed its check; a
 * failure to keep (a full disk) warns once and costs the next build time, never this one.
 */
export function keepFolder(dir: string, name: string, source: string): void {
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  try {
    cpSync(source, partial, { recursive: true });
    const hashes = Object.fromEntries(
      filesUnder(partial).map((path) => [path, sha256(readFileSync(join(partial, path)))]),
    );
    writeFileSync(join(partial, MANIFEST), sealed(`${name}/${MANIFEST}`, Buffer.from(JSON.stringify(hashes))));
    rmSync(join(dir, name), { recursive: true, force: true });
    renameSync(partial, join(dir, name));
  } catch (error) {
    try {
      rmSync(partial, { recursive: true, force: true });
    } catch {
      // The folder itself is out of reach: nothing was left in it.
    }
    cannotKeep(dir, error);
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

/**
 * Writes files drawn during the build into the output folder once each is
 * ready; `files` maps a path in `outDir` to its bytes or its kept entry
 * (`Output`). A kept entry is read when it is written, one at a time, and
 * checked again (`unsealed`), so what is published is what was sealed; gone
 * or broken meanwhile, it is drawn again. (Copying by the system and cutting
 * the seal off took twice the time: 0.35 s for the site's 253 images.)
 */
export async function writeOutputs(outDir: string, files: Iterable<[string, Promise<Output>]>): Promise<void> {
  await Promise.all(
    [...files].map(async ([path, output]) => {
      const target = join(outDir, path);
      const ready = await output;
      mkdirSync(dirname(target), { recursive: true });
      if (ready instanceof Uint8Array) return writeFileSync(target, ready);
      let kept: Buffer | undefined;
      try {
        kept = unsealed(ready.name, readFileSync(join(ready.dir, ready.name)));
      } catch {
        // Gone: drawn again below.
      }
      writeFileSync(target, kept ?? (await ready.make()));
    }),
  );
}
