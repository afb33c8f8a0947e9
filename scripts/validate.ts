/**
 * npm run validate [-- --strict]: checks all of content/ in a few seconds.
 * Exits 1 on any error; with --strict (as CI runs it), missing translations are errors too.
 */
import { formatProblem } from '../src/lib/content-error';
import { validateContent } from '../src/lib/validate';

const strict = process.argv.includes('--strict');
// The project being checked is the one npm runs in (npm run validate sets the working directory).
const root = process.cwd();
const { errors, warnings } = await validateContent(root);
const failures = strict ? [...errors, ...warnings] : errors;

for (const problem of errors) console.error(`✗ ${formatProblem(problem)}`);
for (const problem of warnings) console.error(`${strict ? '✗' : '!'} ${formatProblem(problem)}`);
if (failures.length) {
  console.error(`\n${failures.length} problem${failures.length === 1 ? '' : 's'} in content/. Nothing was published. CONTRIBUTING.md explains each check.`);
  process.exit(1);
}
console.log(`✓ content/ is valid${warnings.length ? `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (run with --strict to treat them as errors)` : ''}.`);
