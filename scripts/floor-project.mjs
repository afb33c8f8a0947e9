/**
 * The floor a build is measured against (scripts/benchmark.mjs): an empty
 * Astro project, with this project's installed Astro (node_modules linked, no
 * network), that builds the same number of pages of the same mean HTML size
 * from one route, with no integrations, no content collections and no
 * scripts. What the site's build costs beyond this one is the project's own
 * work.
 */
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * Writes the floor project into a new temporary folder; returns the folder.
 * Its pages are paragraphs of the plan's source text (content/source/plan.json),
 * repeated until a page is `meanHtmlBytes` long.
 * @param {number} pageCount
 * @param {number} meanHtmlBytes
 */
export function floorProject(pageCount, meanHtmlBytes) {
  const dir = mkdtempSync(join(tmpdir(), 'wuhan-floor-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const source = JSON.parse(readFileSync(join(root, 'content/source/plan.json'), 'utf8'));
  const paragraphs = source.paragraphs.flatMap((paragraph) => [paragraph.zh, paragraph.en]).filter(Boolean);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache folder: node_modules is the project's, whose .astro cache is the site's.
    `export default { cacheDir: './.astro-cache', trailingSlash: 'always', build: { format: 'directory' }, compressHTML: true };\n`,
  );
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'src/paragraphs.json'), JSON.stringify(paragraphs));
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import paragraphs from '../paragraphs.json';
export function getStaticPaths() {
  return Array.from({ length: ${pageCount} }, (_, index) => ({ params: { slug: index === 0 ? undefined : \`page-\${index}\` }, props: { index } }));
}
const { index } = Astro.props;
// The page's paragraphs, starting at a different one on each page, until it is as long as the site's pages.
const body = [];
let length = 0;
for (let at = index; length < ${Math.max(0, meanHtmlBytes - 400)}; at += 1) {
  const text = paragraphs[at % paragraphs.length];
  body.push(text);
  length += Buffer.byteLength(text) + 7;
}
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>Page {index}</title></head>
  <body><main><h1>Page {index}</h1>{body.map((text) => <p>{text}</p>)}</main></body>
</html>
`,
  );
  return dir;
}
