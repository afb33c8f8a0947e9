/**
 * JSON Schema for every JSON content file, generated from the schemas the
 * build uses, so editors' tools give completion and inline errors. Rules that
 * JSON Schema cannot say (duplicate ids, figures per date) stay in the check.
 */
import { z } from 'zod';
import { jsonFiles } from '../json-content';

/** Where the JSON Schema of a content file is written: beside it, `x.json` → `x.schema.json`. */
export function schemaPath(file: string): string {
  return file.replace(/\.json$/, '.schema.json');
}

/** The JSON Schema text of one content file. */
function contentJsonSchema(key: keyof typeof jsonFiles): string {
  const { file, schema, title } = jsonFiles[key];
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...generated, title, description: `Generated from src/lib/content/schema/ for ${file} by \`npm run schema\`. Do not edit by hand.` }, null, 2)}\n`;
}

/** Every content file's JSON Schema, by the path it is written to. */
export function contentJsonSchemas(): Map<string, string> {
  return new Map((Object.keys(jsonFiles) as (keyof typeof jsonFiles)[]).map((key) => [schemaPath(jsonFiles[key].file), contentJsonSchema(key)]));
}
