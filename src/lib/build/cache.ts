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
 * than `maxAgeDays` is drawn again even if builds keep using it. A cache that
 * cannot be written (a full disk) costs time, never the build.
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
import { dirname, join } from 'node:path';

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
