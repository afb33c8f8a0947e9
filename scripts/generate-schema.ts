/** npm run schema: writes content/metrics.schema.json from the schema the build uses. */
import { writeFileSync } from 'node:fs';
import { metricsJsonSchema } from '../src/lib/schema/json-schema';

const file = new URL('../content/metrics.schema.json', import.meta.url);
writeFileSync(file, metricsJsonSchema());
console.log(`wrote ${file.pathname}`);
