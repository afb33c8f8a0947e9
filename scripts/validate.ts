/**
 * npm run validate [-- --strict] [-- --format text|github]: checks all of content/ in a few seconds.
 * Exits 1 on any error; with --strict (as CI runs it), missing translations are errors too.
 * `--format github` (the default when GITHUB_ACTIONS=true) prints one workflow command per
 * problem, which GitHub shows on the line of the pull request's diff.
 */
import { formatProblem } from '../src/lib/content/errors';
import { githubAnnotation } from '../src/lib/content/validate/github-annotations';
import { validateContent } from '../src/lib/content/validate';

const strict = process.argv.includes('--strict');
const formatIndex = process.argv.indexOf('--format');
const formatArgument =
  formatIndex >= 0
    ? process.argv[formatIndex + 1]
    : process.argv.find((argument) => argument.startsWith('--format='))?.slice('--format='.length);
const format = formatArgument ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
if (format !== 'text' && format !== 'github') {
  console.error(`--format must be text or github, got "${format}"`);
  process.exit(2);
}
// The project being checked is the one npm runs in (npm run validate sets the working directory).
const root = process.cwd();
const { errors, warnings } = await validateContent(root);
const failures = strict ? [...errors, ...warnings] : errors;

if (format === 'github') {
  // Workflow commands are read from standard output.
  for (const problem of errors) console.log(githubAnnotation(problem, 'error'));
  for (const problem of warnings) console.log(githubAnnotation(problem, strict ? 'error' : 'warning'));
}
for (const problem of errors) console.error(`✗ ${formatProblem(problem)}`);
for (const problem of warnings) console.error(`${strict ? '✗' : '!'} ${formatProblem(problem)}`);
if (failures.length) {
  console.error(
    `\n${failures.length} problem${failures.length === 1 ? '' : 's'} in content/. Nothing was published. CONTRIBUTING.md explains each check.`,
  );
  process.exit(1);
}
console.log(
  `✓ content/ is valid${warnings.length ? `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (run with --strict to treat them as errors)` : ''}.`,
);
