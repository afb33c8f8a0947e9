/**
 * The JSON content files: which exist, the schema of each, and their reading
 * from bytes to data (text, syntax, nesting, duplicate keys, schema; problems
 * carry line and column), once per distinct text in a build. The validator,
 * the build's content check, the pages' content module (data.ts) and the JSON
 * Schema generator all read them from here.
 *
 * Why once: Astro loads the content check (astro.config.mjs) and the pages'
 * content module as separate module instances in one Node process, so the
 * parsed result is kept in the shared store (../build/shared-store.ts says
 * why), keyed by a hash of the files' bytes: the second caller with the same
 * files gets the same objects, and an edit (in `astro dev`) changes the key,
 * so the edited files are parsed and checked again.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { shared } from '../build/shared-store';
import type { Lang } from '../language/locale';
import { checkContent, uncheckable, type ContentProblem } from './errors';
import { MetricsFile } from './schema/metrics';
import { Plan } from './schema/plan';
import { Registry } from './schema/registry';
import { ResearchDecisionsFile } from './schema/research';
import { Site } from './schema/site';
import { SourceText } from './schema/source';
import { untranslatedTexts } from './untranslated';
import { duplicateKeys, lineAndColumn, locate, readJson } from './validate/json';
import { decodeText, tooDeep, MAX_JSON_DEPTH, type ContentFiles } from './validate/read';
import { sameInvisible, textProblems } from './validate/text-scan';

export interface JsonContentFile {
  /** Path from the project root. */
  file: string;
  schema: z.ZodType;
  /** What the file holds, for its JSON Schema's title. */
  title: string;
}

/** Every JSON content file, in the order the validator reads them (the registry first: others refer to it). */
export const jsonFiles = {
  registry: { file: 'content/registry.json', schema: Registry, title: 'Every name in both languages' },
  metrics: { file: 'content/metrics.json', schema: MetricsFile, title: "The plan's targets and published figures" },
  plan: { file: 'content/plan.json', schema: Plan, title: 'The plan document, groups, phases and organization' },
  site: { file: 'content/site.json', schema: Site, title: "The site's name, permanent identity, operator and filing numbers" },
  source: { file: 'content/source/plan.json', schema: SourceText, title: "The plan's original text with its translation" },
  research: {
    file: 'content/research-decisions.json',
    schema: ResearchDecisionsFile,
    title: 'Every figure found in public sources, and whether it is published',
  },
} as const satisfies Record<string, JsonContentFile>;

type JsonFiles = typeof jsonFiles;

/** Each JSON content file's data, where it could be read and passed its schema. */
export type JsonContent = { -readonly [K in keyof JsonFiles]?: z.infer<JsonFiles[K]['schema']> };

export interface ParsedJson {
  data: JsonContent;
  errors: ContentProblem[];
  /** Texts published in one language only, with the language they lack. */
  untranslated: (ContentProblem & { lang: Lang })[];
}

/** One JSON content file: its data, or undefined with the reasons in `errors`. */
function parseJsonFile(files: ContentFiles, file: string, schema: z.ZodType, errors: ContentProblem[]): unknown {
  const entry = files.get(file);
  if (!entry) {
    errors.push({ file, where: '', message: 'the file is missing' });
    return undefined;
  }
  const decoded = decodeText(file, entry);
  if ('problem' in decoded) {
    errors.push(decoded.problem);
    return undefined;
  }
  const text = decoded.text;
  if (!text.trim()) {
    errors.push({ file, where: '', message: 'the file holds only spaces or blank lines: it must hold JSON' });
    return undefined;
  }
  const deep = tooDeep(text);
  if (deep >= 0) {
    errors.push({
      file,
      where: '',
      message: `brackets are nested more than ${MAX_JSON_DEPTH} levels deep: no content file needs that; check the brackets`,
      ...lineAndColumn(text, deep),
    });
    return undefined;
  }
  const json = readJson(file, text);
  if (json.problems.length) {
    errors.push(...json.problems);
    return undefined;
  }
  const repeated = duplicateKeys(file, text);
  errors.push(...repeated);
  const scanned = textProblems(file, json.data);
  errors.push(...locate(text, scanned));
  const checked = checkContent(schema, json.data, file);
  errors.push(...locate(text, checked.problems.filter(sameInvisible(scanned))));
  return repeated.length || scanned.length ? undefined : checked.data;
}

/** Reads every JSON content file in `files`, in jsonFiles' order. Never throws. */
export function parseJsonContent(files: ContentFiles): ParsedJson {
  const errors: ContentProblem[] = [];
  const data: Record<string, unknown> = {};
  for (const [key, { file, schema }] of Object.entries(jsonFiles)) {
    try {
      data[key] = parseJsonFile(files, file, schema, errors);
    } catch (error) {
      errors.push(uncheckable(file, error));
    }
  }
  const content = data as JsonContent;
  const untranslated = (
    [
      [content.metrics, jsonFiles.metrics.file],
      [content.plan, jsonFiles.plan.file],
      [content.source, jsonFiles.source.file],
      [content.registry, jsonFiles.registry.file],
      [content.site, jsonFiles.site.file],
    ] as const
  ).flatMap(([parsed, file]) => untranslatedTexts(parsed, file));
  return { data: content, errors, untranslated };
}

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
