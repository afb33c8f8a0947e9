/** Runs the project's commands for tests: `astro build` into a folder of the caller's choosing, and any Node script, collecting what it prints. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface CommandResult {
  status: number;
  /** Standard output and standard error, in the order they were printed. */
  output: string;
}

/**
 * Runs a Node script (`args[0]`) with the project's Node, without blocking,
 * so that several commands can share the machine's cores. `env` adds to (or,
 * with `undefined` values, removes from) the environment.
 */
export function runNode(
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CommandResult> {
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const child = spawn(process.execPath, args, { cwd, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ status: 1, output: `${output}\n${error.message}` }));
    // 'close', not 'exit': the last output may still be in the pipes when the process exits.
    child.once('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

/** `astro build` of the project at `projectRoot` into `outDir`, as `npm run build` does. */
export async function buildSite(
  projectRoot: string,
  outDir = join(projectRoot, 'dist'),
  env: NodeJS.ProcessEnv = {},
): Promise<{ ok: boolean; output: string }> {
  const { status, output } = await runNode(
    [join(projectRoot, 'node_modules', '.bin', 'astro'), 'build', '--outDir', outDir],
    projectRoot,
    env,
  );
  return { ok: status === 0, output };
}
