/**
 * npm run figure-proposal -- --body FILE --issue N --out DIR: turns an accepted proposal (the body of
 * an issue written with the figure form) into the change to content/metrics.json, checked as
 * `npm run validate -- --strict` checks, and writes into DIR what the workflow needs: the pull
 * request's title and body, or the comment that names what is wrong. The body is read from a file
 * (or the ISSUE_BODY environment variable), never from the command line. Prints `outcome=changed`
 * or `outcome=refused` to $GITHUB_OUTPUT when set; exits 0 either way, 2 when called wrongly.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonFiles } from '../src/lib/content/json-content';
import { readContentFiles } from '../src/lib/content/validate/read';
import { convertProposal, pullRequestText, refusalComment } from './lib/figure-proposal';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const bodyFile = argument('--body');
const issue = Number(argument('--issue'));
const out = argument('--out');
if (!out || !Number.isInteger(issue) || issue <= 0 || (!bodyFile && process.env.ISSUE_BODY === undefined)) {
  console.error('usage: npm run figure-proposal -- --body FILE (or ISSUE_BODY set) --issue NUMBER --out DIR');
  process.exit(2);
}
const body = bodyFile ? readFileSync(bodyFile, 'utf8') : process.env.ISSUE_BODY!;
const root = process.cwd();
mkdirSync(out, { recursive: true });

const result = await convertProposal(body, readContentFiles(root));
let outcome: 'changed' | 'refused';
if (result.change) {
  writeFileSync(join(root, jsonFiles.metrics.file), result.change.metricsText);
  const { title, body: prBody } = pullRequestText(result.change, issue);
  writeFileSync(join(out, 'title.txt'), title);
  writeFileSync(join(out, 'body.md'), prBody);
  console.log(`✓ ${title}`);
  outcome = 'changed';
} else {
  writeFileSync(join(out, 'comment.md'), refusalComment(result.problems));
  // Each problem quoted as a JSON string: a line of the reader's text can never start a workflow command (::…).
  console.log(
    `The proposal was refused (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):\n${result.problems.map((problem) => JSON.stringify(problem)).join('\n')}`,
  );
  outcome = 'refused';
}
// Only one of two fixed words reaches the workflow's outputs: nothing from the issue.
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `outcome=${outcome}\n`);
