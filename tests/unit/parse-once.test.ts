/**
 * Content is parsed once per build: the build's content check and the pages'
 * content module share one parse of the same files, and an edit (as in
 * `astro dev`) is parsed and checked again. Unit files share a module graph
 * (vitest.config.ts), so this file first forgets what earlier files parsed.
 */
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check';
import { forgetShared } from '../../src/lib/build/shared-store';
import { parseCount, parsedJsonContent } from '../../src/lib/content/json-content';
import { checkEdited, editedContent } from '../support/content-memory';
import { root } from '../support/plan-text';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(() => {
  forgetShared('parsed-json-content');
  vi.resetModules();
});

describe('the JSON content', () => {
  it('is parsed once by the build check, and content.ts gets the same objects without a second parse', async () => {
    const before = parseCount();
    const setup = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
    await setup({ config: { root: pathToFileURL(root) }, command: 'build', logger: quiet });
    expect(parseCount()).toBe(before + 1);

    const content = await import('../../src/lib/content/data');
    expect(parseCount()).toBe(before + 1);
    // The very objects the check parsed: content.ts read the same text and took the kept result.
    const checked = parsedJsonContent(editedContent([]));
    expect(content.metricsFile).toBe(checked.data.metrics);
    expect(content.registry).toBe(checked.data.registry);
    expect(parseCount()).toBe(before + 1);
    // The full check compiles every task page's MDX: seconds on a busy machine.
  }, 30_000);

  it('is parsed again after an edit, once per distinct text, and the edit is checked', () => {
    const before = parseCount();
    const renamed = editedContent([
      { file: 'content/metrics.json', change: (text) => text.replace('"asOf": "', '"asOf":  "') },
    ]);
    expect(parsedJsonContent(renamed).errors).toEqual([]);
    expect(parsedJsonContent(renamed).data.metrics).toBe(parsedJsonContent(renamed).data.metrics);
    expect(parseCount()).toBe(before + 1);

    const broken = editedContent([
      { file: 'content/metrics.json', change: (text) => text.replace(/"asOf": "[^"]*"/, '"asOf": "soon"') },
    ]);
    const result = parsedJsonContent(broken);
    expect(parseCount()).toBe(before + 2);
    expect(result.data.metrics).toBeUndefined();
    expect(result.errors.map((problem) => `${problem.file} › ${problem.where}`)).toContain(
      'content/metrics.json › asOf',
    );
  });

  it('includes the research decisions, so npm run validate names a mistake there by file and field', async () => {
    const { errors } = await checkEdited([
      {
        file: 'content/research-decisions.json',
        change: (text) => text.replace('"decision": "not-published"', '"decision": "maybe"'),
      },
    ]);
    expect(errors.map((problem) => `${problem.file} › ${problem.where}`)).toContain(
      'content/research-decisions.json › figures[0].decision',
    );
  });
});
