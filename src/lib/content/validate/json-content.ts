/**
 * The JSON content files from bytes to data: text, syntax, nesting, duplicate
 * keys and schema, file by file; problems carry line and column. Pure: the
 * same files always give the same result, which is why it can be kept
 * (parse-once.ts) and shared by the build's check and the pages.
 */
import type { z } from 'zod';
import { checkContent, uncheckable, type ContentProblem } from '../errors';
import { jsonFiles } from '../files';
import type { Lang } from '../../language/locale';
import { untranslatedTexts } from '../untranslated';
import { duplicateKeys, lineAndColumn, locate, readJson } from './json';
import { decodeText, tooDeep, MAX_JSON_DEPTH, type ContentFiles } from './read';
import { sameInvisible, textProblems } from './text-scan';

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
