/**
 * npm run issue-forms [-- --check]: writes the issue form for a figure's source
 * (.github/ISSUE_TEMPLATE/figure-source.yml) from content/metrics.json, so that its list of targets is
 * the file's. With --check, writes nothing and exits 1 when the form is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MetricsFile } from '../src/lib/content/schema/metrics';
import { figureFormPath, figureFormYaml } from './lib/proposal-form';

const root = new URL('../', import.meta.url);
const metrics = MetricsFile.parse(JSON.parse(readFileSync(new URL('content/metrics.json', root), 'utf8'))).metrics;
const yaml = figureFormYaml(metrics);
const current = (() => {
  try {
    return readFileSync(new URL(figureFormPath, root), 'utf8');
  } catch {
    return undefined;
  }
})();

if (process.argv.includes('--check')) {
  if (current !== yaml) {
    console.error(
      `${figureFormPath} is out of date with content/metrics.json: run npm run issue-forms and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`✓ ${figureFormPath} lists the targets of content/metrics.json.`);
} else if (current === yaml) console.log(`${figureFormPath} is up to date.`);
else {
  writeFileSync(new URL(figureFormPath, root), yaml);
  console.log(`wrote ${figureFormPath}`);
}
