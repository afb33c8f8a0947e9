/**
 * One parse of the JSON content per build. Astro loads the content check
 * (astro.config.mjs) and the pages' content module (content.ts) as separate
 * module instances in one Node process, so the parsed result is kept in the
 * build store (../build-store.ts says why), keyed by a hash of the files'
 * bytes: the second caller with the same files gets the same objects, and an
 * edit (in `astro dev`) changes the key, so the edited files are parsed and
 * checked again.
 */
import { createHash } from 'node:crypto';
import { shared } from '../build/shared-store';
import { jsonFiles } from './files';
import { parseJsonContent, type ParsedJson } from './validate/json-content';
import type { ContentFiles } from './validate/read';

interface Kept {
  /** How many times the files were actually parsed in this process, for the build's log and the tests. */
  parses: number;
  results: Map<string, ParsedJson>;
}

const kept = (): Kept => shared('parsed-json-content', () => ({ parses: 0, results: new Map() }));

/** A few results are enough: dev's guard and pages may briefly see the text before and after an edit. */
const KEEP = 4;

/** The hash of exactly what parseJsonContent reads: each JSON file's bytes, or what stands in its place. */
function hashOf(files: ContentFiles): string {
  const hash = createHash('sha256');
  for (const { file } of Object.values(jsonFiles)) {
    const entry = files.get(file);
    hash.update(`\0${file}\0`);
    hash.update(entry instanceof Uint8Array ? entry : JSON.stringify(entry ?? 'missing'));
  }
  return hash.digest('hex');
}

/** The JSON content of `files`, parsed and checked once per distinct text. The result is shared: never change it. */
export function parsedJsonContent(files: ContentFiles): ParsedJson {
  const key = hashOf(files);
  const { results } = kept();
  let result = results.get(key);
  if (!result) {
    result = parseJsonContent(files);
    kept().parses += 1;
    results.set(key, result);
    if (results.size > KEEP) results.delete(results.keys().next().value!);
  }
  return result;
}

/** How many times JSON content has been parsed in this process (whichever module instance asked). */
export const parseCount = () => kept().parses;
