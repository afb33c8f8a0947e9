/**
 * The content's git history as data for changes.ts: every commit that
 * touched content/ (date and files), and every past version of
 * content/metrics.json. Empty outside a git repository (a copy of the
 * project), where every figure is dated by the metrics file's `asOf`.
 */
import { execFileSync } from 'node:child_process';
import { historyReach, type ContentCommit, type HistoryReach, type MetricsSnapshot } from './changes';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * How far back this checkout's history reaches: git's word on whether the
 * clone is shallow, and the dates of the commits it is cut at (they show as
 * commits without parents; a true first commit among them changes nothing,
 * since the latest date is what counts).
 */
export function checkoutHistoryReach(cwd = process.cwd()): HistoryReach {
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim();
  if (shallow === undefined) return historyReach({ git: false });
  const cutDates =
    shallow === 'true' ? (git(['log', '--max-parents=0', '--format=%cs', 'HEAD'], cwd) ?? '').split('\n') : [];
  return historyReach({ git: true, shallow: shallow === 'true', cutDates });
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

/**
 * The blobs `specs` (`<commit>:<path>`) name, read by one `git cat-file
 * --batch`: a git process per version was slow, since forking the build's
 * large process is. Undefined for a spec git does not find.
 */
function blobs(specs: readonly string[], cwd: string): (string | undefined)[] {
  let output: Buffer;
  try {
    output = execFileSync('git', ['cat-file', '--batch'], {
      cwd,
      input: specs.map((spec) => `${spec}\n`).join(''),
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return specs.map(() => undefined);
  }
  // Each answer is "<hash> blob <size>\n<content>\n", or "<spec> missing\n"; sizes count bytes.
  let at = 0;
  return specs.map(() => {
    const headEnd = output.indexOf(10, at);
    const head = output.subarray(at, headEnd).toString('utf8');
    at = headEnd + 1;
    const size = /^\S+ blob (\d+)$/.exec(head)?.[1];
    if (size === undefined) return undefined;
    const content = output.subarray(at, at + Number(size)).toString('utf8');
    at += Number(size) + 1;
    return content;
  });
}

/** Every committed version of content/metrics.json that parses, with its commit date. */
export function metricsSnapshots(cwd = process.cwd()): MetricsSnapshot[] {
  const log = git(['log', '--format=%H %cs', '--', 'content/metrics.json'], cwd);
  if (!log) return [];
  const versions = log
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
  const texts = blobs(
    versions.map(([hash]) => `${hash}:content/metrics.json`),
    cwd,
  );
  return versions.flatMap(([, date], index) => {
    try {
      const parsed = JSON.parse(texts[index] ?? '') as { metrics?: MetricsSnapshot['metrics'] };
      return Array.isArray(parsed.metrics)
        ? [
            {
              date,
              metrics: parsed.metrics.map((metric) => ({ id: metric.id, observations: metric.observations ?? [] })),
            },
          ]
        : [];
    } catch {
      return [];
    }
  });
}
