/**
 * Benchmark: builds the site a few times and reports the wall time of
 * `astro build`, the time spent drawing charts (as the build logs it), the
 * number of pages and charts, and the size of the output; then times
 * `npm test` from a missing dist/ to its closing line. Not a test: the
 * figures go in the README.
 *
 * Usage: npm run benchmark [-- runs] [-- --no-test]   (default 3 runs)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 3);
const timeTests = !process.argv.includes('--no-test');
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist');

function sizes(dir) {
  const totals = { files: 0, bytes: 0, html: 0, htmlBytes: 0, png: 0, pngBytes: 0, svg: 0, svgBytes: 0, css: 0 };
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) { walk(path); continue; }
      totals.files += 1;
      totals.bytes += stat.size;
      if (name.endsWith('.html')) { totals.html += 1; totals.htmlBytes += stat.size; }
      const chart = path.includes('/charts/');
      if (chart && name.endsWith('.png')) { totals.png += 1; totals.pngBytes += stat.size; }
      if (chart && name.endsWith('.svg')) { totals.svg += 1; totals.svgBytes += stat.size; }
      if (name.endsWith('.css')) totals.css += stat.size;
    }
  };
  walk(dir);
  return totals;
}

const results = [];
for (let run = 1; run <= runs; run += 1) {
  const started = performance.now();
  const build = spawnSync(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  const charts = build.stdout.match(/charts: (\d+) drawn in (\d+) ms/);
  results.push({ seconds, charts: Number(charts?.[1] ?? 0), chartMs: Number(charts?.[2] ?? 0) });
  console.log(`run ${run}: build ${seconds.toFixed(1)} s, ${charts?.[1]} charts drawn in ${charts?.[2]} ms`);
}

let testSeconds;
let testSummary = '';
if (timeTests) {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const test = spawnSync('npm', ['test'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  testSeconds = (performance.now() - started) / 1000;
  testSummary = test.stdout.match(/^tests: .*$/m)?.[0] ?? `exit code ${test.status}`;
  console.log(`npm test: ${testSeconds.toFixed(0)} s (${testSummary})`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const size = sizes(outDir);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(`
| measure | value |
|---|---|
| build, wall time (median of ${runs}) | ${median(results.map((r) => r.seconds)).toFixed(1)} s |
| drawing charts (median) | ${(median(results.map((r) => r.chartMs)) / 1000).toFixed(1)} s for ${results[0].charts} files |
| HTML pages | ${size.html} (${kb(size.htmlBytes)}, ${kb(size.htmlBytes / size.html)} each on average) |
| chart files | ${size.png} PNG (${kb(size.pngBytes)}), ${size.svg} SVG (${kb(size.svgBytes)}) |
| stylesheet | ${kb(size.css)} |
| whole site | ${size.files} files, ${kb(size.bytes)} |${testSeconds === undefined ? '' : `
| \`npm test\`, from no dist/ to the closing line | ${testSeconds.toFixed(0)} s (${testSummary}) |`}
| machine | ${process.version}, ${(await import('node:os')).cpus().length} cores |`);
