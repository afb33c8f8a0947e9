/**
 * Reading content files as editors save them: the bytes of every content file
 * into memory (never following a link out of content/), then each file's
 * text, with a plain message for anything that is not UTF-8 text.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../errors';
import { jsonFiles } from '../json-content';
import { taskFiles } from '../task-layout';
import { languages } from '../../language/locale';

/** One entry under content/: its bytes, or what it is instead of a file. */
export type ContentEntry = Uint8Array | { kind: 'directory' | 'link' | 'special' | 'unreadable'; detail?: string };

/**
 * Content in memory, by path from the project root. A task folder that exists
 * is listed with a trailing slash (`content/tasks/zh/`), so the check can tell
 * a missing folder from an empty one.
 */
export type ContentFiles = Map<string, ContentEntry>;

/** Where the research files are, from the project root. */
export const RESEARCH_DIR = 'content/research';

/** Largest content file accepted: far above the biggest real one (about 200 KB). */
const MAX_FILE_BYTES = 5_000_000;

function readEntry(path: string): ContentEntry {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { kind: 'link' };
    if (stat.isDirectory()) return { kind: 'directory' };
    // A named pipe (FIFO), socket or device: opening it could wait for ever, so it is never opened.
    if (!stat.isFile()) return { kind: 'special', detail: stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device' };
    if (stat.size > MAX_FILE_BYTES) return { kind: 'unreadable', detail: `the file is ${Math.round(stat.size / 1e6)} MB; content files are at most ${MAX_FILE_BYTES / 1e6} MB` };
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    return { kind: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/** Every content file of the project at `root`, read into memory. Never throws. */
export function readContentFiles(root: string): ContentFiles {
  const files: ContentFiles = new Map();
  for (const { file } of Object.values(jsonFiles)) if (existsSync(join(root, file))) files.set(file, readEntry(join(root, file)));
  // The research files the decisions file refers to: every published figure must be one of their rows.
  try {
    for (const name of readdirSync(join(root, RESEARCH_DIR)).filter((entry) => entry.endsWith('.json')))
      files.set(`${RESEARCH_DIR}/${name}`, readEntry(join(root, RESEARCH_DIR, name)));
  } catch {
    // No research folder: the decisions file says which file is missing.
  }
  for (const lang of languages) {
    const dir = join(root, taskFiles.dir, lang);
    let names: string[];
    try {
      if (!lstatSync(dir).isDirectory()) continue;
      names = readdirSync(dir);
    } catch {
      continue;
    }
    files.set(`${taskFiles.dir}/${lang}/`, { kind: 'directory' });
    // Dotfiles (.DS_Store, editor swap files) are the system's, not content.
    for (const name of names.filter((entry) => !entry.startsWith('.')).sort()) files.set(taskFiles.path(lang, name), readEntry(join(dir, name)));
  }
  return files;
}

/** The line (from 1) of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** The offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (!length) return index;
    for (let next = 1; next < length; next += 1) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A content file's text, or the one problem that stops it being read as UTF-8 text. */
export function decodeText(file: string, entry: ContentEntry): { text: string } | { problem: ContentProblem } {
  const problem = (message: string, line?: number) => ({ problem: { file, where: '', message, ...(line ? { line } : {}) } });
  if (!(entry instanceof Uint8Array)) {
    if (entry.kind === 'directory') return problem('is a folder, not a file: content files are plain text files; rename or remove the folder');
    if (entry.kind === 'link') return problem('is a symbolic link: content files must be plain files inside content/');
    if (entry.kind === 'special')
      return problem(`is not a file but ${entry.detail}, which a program made, not an editor: content files are plain text files; delete it`);
    return problem(`cannot be read: ${entry.detail ?? 'unknown reason'}`);
  }
  if (entry.length === 0) return problem('the file is empty');
  if (entry[0] === 0xef && entry[1] === 0xbb && entry[2] === 0xbf) return problem('starts with a UTF-8 byte-order mark (BOM): save the file as "UTF-8" without BOM', 1);
  if ((entry[0] === 0xff && entry[1] === 0xfe) || (entry[0] === 0xfe && entry[1] === 0xff)) return problem('is saved as UTF-16: save the file as "UTF-8" without BOM', 1);
  const nul = entry.indexOf(0);
  if (nul >= 0) return problem('contains NUL bytes, so it is a binary file, not text: content files are UTF-8 text', lineOfByte(entry, nul));
  const invalid = firstInvalidUtf8(entry);
  if (invalid >= 0)
    return problem(
      `is not valid UTF-8 (byte ${invalid + 1}): the file holds bytes that are not UTF-8 text, perhaps from another encoding such as GBK; save it as "UTF-8"`,
      lineOfByte(entry, invalid),
    );
  try {
    return { text: decoder.decode(entry) };
  } catch {
    return problem('is not valid UTF-8: save it as "UTF-8"');
  }
}

/** Deepest nesting a JSON content file may have: real files go 6 levels deep. */
export const MAX_JSON_DEPTH = 32;

/** Where the JSON text first nests deeper than MAX_JSON_DEPTH, as a character offset; -1 if it never does. */
export function tooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return index;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return -1;
}
