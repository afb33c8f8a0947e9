/**
 * npm run change-summary -- --base DIR|--base-ref REF [--head DIR] [--base-dist DIR --head-dist DIR]
 *   [--images DIR] [--artifact NAME] [--out FILE] [--comment FILE]
 * Compares the content of a pull request's base and head (two project folders, or a git ref against
 * this folder) and, given two builds, their pages and charts; writes the summary as markdown to
 * --out (or prints it) and, with --comment, a copy short enough for a pull request comment, marked
 * so that the workflow updates the one comment instead of adding another.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFiles } from '../src/lib/content/validate/read';
import { buildDiffMarkdown, compareBuilds } from './lib/build-diff';
import { COMMENT_MARK, summarizeChanges, summaryMarkdown } from './lib/change-summary';

/** GitHub's limit for a comment is 65,536 characters; leave room for the note that cuts it short. */
const MAX_COMMENT = 60_000;

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const head = argument('--head') ?? process.cwd();
let base = argument('--base');
const baseRef = argument('--base-ref');
if (!base && !baseRef) {
  console.error(
    'usage: npm run change-summary -- --base DIR | --base-ref REF [--head DIR] [--base-dist DIR --head-dist DIR] [--images DIR] [--out FILE] [--comment FILE]',
  );
  process.exit(2);
}
let temporary: string | undefined;
if (!base) {
  // The base's content/ only, from git, into a folder of its own.
  temporary = mkdtempSync(join(tmpdir(), 'change-summary-'));
  const archive = execFileSync('git', ['archive', '--format=tar', baseRef!, '--', 'content'], {
    cwd: head,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', temporary], { input: archive });
  base = temporary;
}

try {
  const summary = await summarizeChanges(readContentFiles(base), readContentFiles(head));
  const baseDist = argument('--base-dist');
  const headDist = argument('--head-dist');
  const extra =
    baseDist && headDist && existsSync(baseDist) && existsSync(headDist)
      ? buildDiffMarkdown(compareBuilds(baseDist, headDist, argument('--images')), argument('--artifact'))
      : [];
  if (baseDist && headDist && !extra.length)
    extra.push('### Built pages', '', 'One of the two builds is missing, so pages and charts are not compared.', '');
  const markdown = summaryMarkdown(summary, extra);
  const out = argument('--out');
  if (out) writeFileSync(out, markdown);
  else console.log(markdown);
  const comment = argument('--comment');
  if (comment) {
    const short =
      markdown.length > MAX_COMMENT
        ? `${markdown.slice(0, MAX_COMMENT)}\n\n… cut short: the whole summary is in the job summary of the pull request checks.\n`
        : markdown;
    writeFileSync(comment, `${COMMENT_MARK}\n${short}`);
  }
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
