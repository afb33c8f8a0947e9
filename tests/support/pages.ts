/** The pages of a built site, found by walking its folders (the same walk the benchmark weighs), and the templates they come from. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePaths } from '../../scripts/page-weight.mjs';
import { parsePath } from '../../src/lib/language/locale';
import { notFoundPages } from '../../src/lib/serving/policy';

/** Every page's URL path (`/`, `/en/goals/`, …), the 404 page left out. */
export const builtPages: (distDir: string) => string[] = pagePaths;

/** Each language's 404 page as a file of the built site (`/404.html`, `/en/404.html`). */
export const notFoundFiles = notFoundPages.map(({ page }) => page);

/** Every file of a built site, as paths from its root (`/charts/x.png`). */
export function builtFiles(distDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(`/${relative(distDir, path)}`);
    }
  };
  walk(distDir);
  return files.sort();
}

/** The page template a path is built from: `/en/tasks/01-x/` → `/tasks/[item]/`. */
export function templateOf(path: string): string {
  const neutral = parsePath(path).path;
  return neutral.replace(/^\/(tasks|progress|units)\/[^/]+\/$/, '/$1/[item]/');
}

/** One page per template and language: the first in order, which is where axe and the layout checks run. */
export function templatePages(pages: readonly string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((path) => {
    const key = `${parsePath(path).lang} ${templateOf(path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
