import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFiles } from '../../src/lib/content/json-content';
import { contentJsonSchemas, schemaPath } from '../../src/lib/content/schema/json-schema';
import { root } from '../support/plan-text';

describe('JSON Schema of the content files', () => {
  it.each([...contentJsonSchemas()])(
    '%s is generated from the schema the build uses (run `npm run schema` after changing it)',
    (path, text) => {
      expect(readFileSync(`${root}${path}`, 'utf8')).toBe(text);
    },
  );

  it('covers every JSON content file, and is the schema each file names or the editor settings map', () => {
    const settings = JSON.parse(readFileSync(`${root}.vscode/settings.json`, 'utf8')) as {
      'json.schemas': { fileMatch: string[]; url: string }[];
    };
    for (const { file } of Object.values(jsonFiles)) {
      const named = (JSON.parse(readFileSync(`${root}${file}`, 'utf8')) as { $schema?: string }).$schema;
      const mapped = settings['json.schemas'].find((entry) => entry.fileMatch.includes(`/${file}`))?.url;
      expect(named ? new URL(named, `file:///${file}`).pathname : mapped?.replace(/^\.\//, '/'), file).toBe(
        `/${schemaPath(file)}`,
      );
    }
  });

  it('describes the rules editors meet, such as the allowed values and lengths', () => {
    const metrics = JSON.parse(contentJsonSchemas().get('content/metrics.schema.json')!);
    expect(JSON.stringify(metrics)).toContain('"maxLength":200');
    expect(metrics.properties.metrics.items.properties.measure.enum).toEqual([
      'level',
      'new',
      'annual',
      'cumulative',
      'growth-rate',
    ]);
  });
});
