/** Builds the site with Astro, as `npm run build` does, into a folder of the caller's choosing. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  output: string;
}

function astroBuild(projectRoot: string, outDir: string) {
  return { command: process.execPath, args: [join(projectRoot, 'node_modules', '.bin', 'astro'), 'build', '--outDir', outDir] };
}

export function buildSite(projectRoot: string, outDir = join(projectRoot, 'dist'), env: NodeJS.ProcessEnv = {}): BuildResult {
  const { command, args } = astroBuild(projectRoot, outDir);
  const result = spawnSync(command, args, { cwd: projectRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build without blocking, so that two builds can share the machine's cores. */
export function buildSiteAsync(projectRoot: string, outDir = join(projectRoot, 'dist'), env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const { command, args } = astroBuild(projectRoot, outDir);
  const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.once('exit', (code) => resolve({ ok: code === 0, output }));
  });
}
