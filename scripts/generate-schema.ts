/** npm run schema: writes the JSON Schema of every JSON content file (content/*.schema.json) from the schemas the build uses. */
import { writeFileSync } from 'node:fs';
import { contentJsonSchemas } from '../src/lib/content/schema/json-schema';

for (const [path, text] of contentJsonSchemas()) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
