/**
 * Builds the site once, with SITE_URL set as the published site is, and serves
 * it with nginx and the project's own configuration on loopback. Every site
 * test reads this one build; reproducible.test.ts builds a copy of the project
 * beside it (with its own node_modules stores) and rebuilds that copy with
 * edited content: three builds in all.
 *
 * The build is started, not awaited: the unit and editors' tests run first
 * (vitest.config.ts orders the projects), on the cores the build leaves, and
 * each site test file waits for the build's result (build-wait.ts) before it
 * is loaded. On two cores this takes the build's time off a test run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build';
import { startNginx } from '../support/nginx';
import { root } from '../support/plan-text';
import { testSiteUrl } from '../support/site-url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    /** Where the main build's result ({ ok, output }) is written when it ends; build-wait.ts reads it. */
    buildResultFile: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = `${root}dist`;
  const buildResultFile = join(mkdtempSync(join(tmpdir(), 'site-tests-')), 'build.json');
  const built = buildSite(root.replace(/\/$/, ''), distDir, { SITE_URL: testSiteUrl }).then((result) =>
    writeFileSync(buildResultFile, JSON.stringify(result)),
  );
  const nginx = await startNginx(distDir);
  project.provide('baseUrl', nginx.url);
  project.provide('distDir', distDir);
  project.provide('buildResultFile', buildResultFile);
  return async () => {
    await built;
    await nginx.stop();
  };
}
