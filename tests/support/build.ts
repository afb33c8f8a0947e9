/** Builds the site with Astro, as `npm run build` does, into a folder of the caller's choosing. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildSite(projectRoot: string, outDir = join(projectRoot, 'dist')): { ok: boolean; output: string } {
  const astro = join(projectRoot, 'node_modules', '.bin', 'astro');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
