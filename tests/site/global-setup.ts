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
 *
 * One Chromium serves every browser test file, each file in its own browser
 * contexts: starting one costs about 1.8 CPU-s, and ten files each started
 * their own; a page driven through the shared one costs about 1% more.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../support/browser-server';
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
    /** The one Chromium every browser test file connects to (browser.ts's `sharedBrowser`). */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = `${root}dist`;
  const buildResultFile = join(mkdtempSync(join(tmpdir(), 'site-tests-')), 'build.json');
  const built = buildSite(root.replace(/\/$/, ''), distDir, { SITE_URL: testSiteUrl }).then((result) =>
    writeFileSync(buildResultFile, JSON.stringify(result)),
  );
  const [nginx, chromium] = await Promise.all([startNginx(distDir), launchBrowserServer()]);
  project.provide('baseUrl', nginx.url);
  project.provide('distDir', distDir);
  project.provide('buildResultFile', buildResultFile);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await built;
    await Promise.all([nginx.stop(), chromium.close()]);
  };
}
