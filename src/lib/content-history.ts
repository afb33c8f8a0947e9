/**
 * The content's git history as data for changes.ts: every commit that
 * touched content/ (date and files), and every past version of
 * content/metrics.json. Empty outside a git repository (a copy of the
 * project), where every figure is dated by the metrics file's `asOf`.
 */
import { execFileSync } from 'node:child_process';
import type { ContentCommit, MetricsSnapshot } from './changes';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Commits touching content/, oldest first, with each file's status letter. */
export function contentCommits(cwd = process.cwd()): ContentCommit[] {
  const output = git(['log', '--reverse', '--no-renames', '--format=%x00%cs', '--name-status', '--', 'content'], cwd);
  if (!output) return [];
  return output
    .split('\0')
    .filter(Boolean)
    .map((block) => {
      const [date = '', ...lines] = block.trim().split('\n');
      const files = lines.filter(Boolean).map((line) => {
        const [status = '', path = ''] = line.split('\t');
        return { status: status.charAt(0), path };
      });
      return { date, files };
    });
}

/** Every committed version of content/metrics.json that parses, with its commit date. */
export function metricsSnapshots(cwd = process.cwd()): MetricsSnapshot[] {
  const log = git(['log', '--format=%H %cs', '--', 'content/metrics.json'], cwd);
  if (!log) return [];
  return log
    .trim()
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [hash, date] = line.split(' ') as [string, string];
      const text = git(['show', `${hash}:content/metrics.json`], cwd);
      try {
        const parsed = JSON.parse(text ?? '') as { metrics?: MetricsSnapshot['metrics'] };
        return Array.isArray(parsed.metrics) ? [{ date, metrics: parsed.metrics.map((metric) => ({ id: metric.id, observations: metric.observations ?? [] })) }] : [];
      } catch {
        return [];
      }
    });
}
