/** `npm run validate -- --format github`: one workflow command per problem, on the editor's line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/lib/content/validate/github-annotations';
import { runNode } from '../support/build';
import { root } from '../support/plan-text';
import { projectCopy } from '../support/project-copy';

describe('githubAnnotation', () => {
  it('names the file, line and column, and the field in the message', () => {
    expect(
      githubAnnotation(
        {
          file: 'content/metrics.json',
          where: 'metrics[0].target.value',
          message: 'expected a number, got "129个"',
          line: 18,
          column: 18,
        },
        'error',
      ),
    ).toBe(
      '::error file=content/metrics.json,line=18,col=18,title=content/metrics.json › metrics[0].target.value::metrics[0].target.value: expected a number, got "129个"',
    );
  });

  it('leaves out a position it does not know, and escapes what would end the command', () => {
    expect(
      githubAnnotation({ file: 'content/tasks/en/a,b.mdx', where: '', message: '100% wrong\nsecond line' }, 'warning'),
    ).toBe('::warning file=content/tasks/en/a%2Cb.mdx,title=content/tasks/en/a%2Cb.mdx::100%25 wrong%0Asecond line');
  });
});

describe('npm run validate -- --format github', () => {
  it("prints an ::error line at the bad figure's file, line and column", async () => {
    const copy = projectCopy([
      { file: 'content/metrics.json', change: (text) => text.replace('"value": 129,', '"value": "129个",') },
    ]);
    try {
      const validate = (args: string[], env: Record<string, string>) =>
        runNode([join(root, 'node_modules', '.bin', 'tsx'), 'scripts/validate.ts', ...args], copy.dir, env);
      // GitHub Actions sets GITHUB_ACTIONS=true: the same lines without asking.
      const [asked, inActions] = await Promise.all([
        validate(['--format', 'github'], { GITHUB_ACTIONS: '' }),
        validate([], { GITHUB_ACTIONS: 'true' }),
      ]);
      expect(asked.status, asked.output).toBe(1);
      // "value": "129个" is on line 18 of content/metrics.json; the value starts in column 18.
      expect(asked.output.split('\n')).toContain(
        '::error file=content/metrics.json,line=18,col=18,title=content/metrics.json › metrics[0].target.value::metrics[0].target.value: expected a number, got "129个"',
      );
      expect(inActions.output).toContain('::error file=content/metrics.json,line=18,col=18,');
    } finally {
      copy.remove();
    }
  }, 180_000);
});
