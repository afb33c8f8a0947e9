/** The pages of a built site, found by walking its folders. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page's URL path (`/`, `/en/goals/`, …), the 404 page left out. */
export function builtPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(distDir, dir)}/`.replace(/\/+/g, '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}
