/** The project's content in memory, with edits, for tests that call the content check in-process. */
import { formatProblem } from '../../src/lib/content/errors';
import { checkContentFiles, type ContentFiles, type ValidationResult } from '../../src/lib/content/validate/index';
import { readContentFiles, type ContentEntry } from '../../src/lib/content/validate/read';
import { root } from './plan-text';

/** A change to one file: its new text (or bytes, or a non-file) from its current text; `null` deletes it. */
export interface MemoryEdit {
  file: string;
  change: (text: string) => string | ContentEntry | null;
}

const original = readContentFiles(root);
const decoder = new TextDecoder();

/** The project's content with `edits` applied; the files on disk are never touched. */
export function editedContent(edits: readonly MemoryEdit[]): ContentFiles {
  const files: ContentFiles = new Map(original);
  for (const edit of edits) {
    const current = files.get(edit.file);
    const next = edit.change(current instanceof Uint8Array ? decoder.decode(current) : '');
    if (next === null) files.delete(edit.file);
    else files.set(edit.file, typeof next === 'string' ? new TextEncoder().encode(next) : next);
  }
  return files;
}

/** Checks edited content; `output` holds every message as `npm run validate` prints it. */
export async function checkEdited(
  edits: readonly MemoryEdit[],
  options?: { today?: string },
): Promise<ValidationResult & { output: string }> {
  const result = await checkContentFiles(editedContent(edits), options);
  return { ...result, output: [...result.errors, ...result.warnings].map(formatProblem).join('\n') };
}
