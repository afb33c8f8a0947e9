/**
 * Builds the site once, with SITE_URL set as the published site is, and serves
 * it with nginx and the project's own configuration on loopback. Every site
 * test reads this one build; reproducible.test.ts builds a copy of the project
 * beside it (with its own node_modules stores) and rebuilds that copy with
 * edited content: three builds in all.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build';
import { startNginx } from '../support/nginx';
import { root } from '../support/plan-text';
import { testSiteUrl } from '../support/site-url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    /** What the main build printed. */
    buildOutput: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = `${root}dist`;
  const main = await buildSite(root.replace(/\/$/, ''), distDir, { SITE_URL: testSiteUrl });
  if (!main.ok) throw new Error(`astro build failed:\n${main.output}`);
  const nginx = await startNginx(distDir);
  project.provide('baseUrl', nginx.url);
  project.provide('distDir', distDir);
  project.provide('buildOutput', main.output);
  return async () => {
    await nginx.stop();
  };
}
