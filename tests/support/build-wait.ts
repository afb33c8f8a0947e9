/**
 * The site tests' setup file: waits until global-setup.ts's build has ended,
 * and stops the test file with the build's output if it failed, so no site
 * test reads a half-written dist/. `mainBuildOutput` is what that build
 * printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';

const resultFile = inject('buildResultFile');

/** What the main build printed, once it has ended. */
export function mainBuildOutput(): string {
  return (JSON.parse(readFileSync(resultFile, 'utf8')) as { output: string }).output;
}

const deadline = Date.now() + 600_000;
while (!existsSync(resultFile)) {
  if (Date.now() > deadline) throw new Error('the site tests waited 10 minutes for the main build (global-setup.ts)');
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { ok: boolean; output: string };
if (!result.ok) throw new Error(`astro build failed:\n${result.output}`);
