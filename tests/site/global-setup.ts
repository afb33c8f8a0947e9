/** Builds the site once and serves it on loopback for every site test. */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build';
import { root } from '../support/plan-text';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const distDir = `${root}dist`;
  const build = buildSite(root.replace(/\/$/, ''), distDir);
  if (!build.ok) throw new Error(`astro build failed:\n${build.output}`);
  const { server, url } = await serveStatic(distDir);
  project.provide('baseUrl', url);
  project.provide('distDir', distDir);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
