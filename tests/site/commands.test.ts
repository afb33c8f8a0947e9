/**
 * A few spawned runs prove that the commands editors meet use the in-process
 * check of tests/editors/bad-content.test.ts: `npm run validate` exits 1 with
 * the message, `--strict` turns a warning into a failure, and `astro build`
 * refuses with the editors' messages and no stack trace (before building
 * anything). Spawned processes, so in the site project, not the in-process
 * editors' one. What a build of content that passes the check does is in
 * reproducible.test.ts, whose rebuild carries those edits.
 */
import { describe, expect, it } from 'vitest';
import { missingTranslation, projectCopy } from '../support/project-copy';

const badFigure = {
  file: 'content/metrics.json',
  change: (text: string) => text.replace('"value": 129,', '"value": "129个",'),
};

// The validations and the refused build are separate processes: side by side, they take the time of the longest.
describe.concurrent('commands', () => {
  describe('npm run validate', () => {
    it('exits 1 and prints the message naming the file, the field and the line', async () => {
      const copy = projectCopy([badFigure]);
      try {
        const run = await copy.run('validate');
        expect(run.status, run.output).toBe(1);
        expect(run.output).toMatch(
          /✗ content\/metrics\.json › metrics\[0\]\.target\.value: expected a number, got "129个" \(line \d+, column \d+\)/,
        );
      } finally {
        copy.remove();
      }
    });

    it('passes a missing translation with a warning, and fails it under --strict', async () => {
      const copy = projectCopy([missingTranslation]);
      try {
        const lenient = await copy.run('validate');
        expect(lenient.status, lenient.output).toBe(0);
        expect(lenient.output).toContain('! content/tasks/en/10-international-talent.mdx: missing translation');
        const strict = await copy.run('validate-strict');
        expect(strict.status, strict.output).toBe(1);
        expect(strict.output).toContain('✗ content/tasks/en/10-international-talent.mdx: missing translation');
      } finally {
        copy.remove();
      }
    });
  });

  describe('astro build', () => {
    it("refuses bad content with the editors' messages, and no stack trace", async () => {
      const copy = projectCopy([badFigure, { file: 'content/tasks/zh/15-dir.mdx/x', change: () => 'x' }]);
      try {
        const build = await copy.run('build');
        expect(build.status, build.output).toBe(1);
        expect(build.output).toContain(
          'content/metrics.json › metrics[0].target.value: expected a number, got "129个"',
        );
        expect(build.output).toContain('content/tasks/zh/15-dir.mdx: is a folder, not a file');
        expect(build.output).toContain('nothing was built');
        expect(build.output).not.toMatch(/stack trace|unhandled error|\n\s+at /i);
      } finally {
        copy.remove();
      }
    });
  });
});
