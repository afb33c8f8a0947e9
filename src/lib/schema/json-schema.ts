/** The JSON Schema editors' tools read for content/metrics.json, generated from the schema the build uses. */
import { z } from 'zod';
import { MetricsFile } from './metrics';

export function metricsJsonSchema(): string {
  const schema = z.toJSONSchema(MetricsFile, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify(
    {
      ...schema,
      title: 'Wuhan international exchange center: targets and published figures',
      description: 'Generated from src/lib/schema/metrics.ts by `npm run schema`. Do not edit by hand.',
    },
    null,
    2,
  )}\n`;
}
