import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import metricsJson from '../../content/metrics.json';
import { metricsJsonSchema } from '../../src/lib/schema/json-schema';
import { root } from '../support/plan-text';

describe('content/metrics.schema.json', () => {
  it('is generated from the schema the build uses (run `npm run schema` after changing it)', () => {
    expect(readFileSync(`${root}content/metrics.schema.json`, 'utf8')).toBe(metricsJsonSchema());
  });

  it('is the schema metrics.json names, so editors get completion and inline errors', () => {
    expect(metricsJson.$schema).toBe('./metrics.schema.json');
  });
});
