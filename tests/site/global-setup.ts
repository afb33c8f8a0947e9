/**
 * Builds the site once, with SITE_URL set as the published site is, serves it
 * with nginx and the project's own configuration on loopback, and, at the same
 * time on the other core, builds a copy of the project in another folder and
 * another time zone, which reproducible.test.ts compares byte for byte and
 * then rebuilds with a changed figure. Every site test reads this one build.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build';
import { startNginx } from '../support/nginx';
import { root } from '../support/plan-text';
import { siteCopy } from '../support/site-copy';
import { testSiteUrl } from '../support/site-url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    copyDir: string;
    /** What the main build printed. */
    buildOutput: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = `${root}dist`;
  const copy = siteCopy();
  // The far side of the date line: a date computed from the clock would show.
  const [main, other] = await Promise.all([
    buildSite(root.replace(/\/$/, ''), distDir, { SITE_URL: testSiteUrl }),
    buildSite(copy.dir, undefined, { ...copy.env, SITE_URL: testSiteUrl, TZ: 'Pacific/Kiritimati' }),
  ]);
  if (!main.ok) throw new Error(`astro build failed:\n${main.output}`);
  if (!other.ok) throw new Error(`astro build of the copy in ${copy.dir} failed:\n${other.output}`);
  const nginx = await startNginx(distDir);
  project.provide('baseUrl', nginx.url);
  project.provide('distDir', distDir);
  project.provide('copyDir', copy.dir);
  project.provide('buildOutput', main.output);
  return async () => {
    await nginx.stop();
    copy.remove();
  };
}
