/**
 * Benchmark: what a reader downloads and what a build costs.
 *
 * - Page weight per page kind, language and screen width: the bytes each page
 *   transfers with everything it loads (gzip for text; see page-weight.mjs),
 *   computed from dist/, against the budgets the budget test holds.
 * - Build times: a cold build (no chart, share-card or search-index cache, no
 *   dist/) and a rebuild with unchanged content (everything from the caches),
 *   three times each, reported as the median and the range: a single build on
 *   this 2-core machine varied by 2 s from one run to the next. Then once each
 *   for a copy of the project with ten times the metrics (190), whose dashboard
 *   is weighed too.
 * - Lighthouse 12 scores of four pages (scripts/lighthouse.ts), on the site
 *   as built here: SITE_URL is http://localhost:PORT/ so each page is loaded
 *   at its canonical address (see that script for why).
 * - Tests: `npm test` from a missing dist/ to its closing line.
 *
 * Not a test: times vary on a shared machine; the figures go in the README.
 * Usage: npm run benchmark [-- --skip-fixture] [-- --no-lighthouse] [-- --no-test]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgetOf, budgets, pageKind, pagePaths, pageWeight, widths } from './page-weight.mjs';
import { copyProject } from './project-copy.mjs';

const root = new URL('..', import.meta.url).pathname;
const skipFixture = process.argv.includes('--skip-fixture');
const timeTests = !process.argv.includes('--no-test');
const runLighthouse = !process.argv.includes('--no-lighthouse');

/** A loopback port free now: the site is built for it and then served on it. */
const port = await new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = /** @type {import('node:net').AddressInfo} */ (probe.address());
    probe.close(() => resolve(free));
  });
});
const siteUrl = `http://localhost:${port}/`;

/** Runs `astro build` in a project folder with its own chart, share-card and search-index caches; returns seconds and the chart log line. */
function build(projectRoot, cacheDir) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/.bin/astro'), 'build'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CHART_CACHE_DIR: cacheDir,
      SHARE_CARD_CACHE_DIR: join(cacheDir, 'share-cards'),
      SEARCH_INDEX_CACHE_DIR: join(cacheDir, 'pagefind'),
      SITE_URL: siteUrl,
    },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const charts = result.stdout.match(/charts: (\d+) drawn in (\d+) ms, (\d+) reused/);
  return { seconds, drawn: Number(charts?.[1] ?? 0), chartMs: Number(charts?.[2] ?? 0), reused: Number(charts?.[3] ?? 0) };
}

/** The middle of an odd number of figures. */
const median = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];

/** `rounds` pairs of a cold build and a rebuild, each cold one from empty caches and no dist/; the median of each, with the fastest and slowest. */
function coldAndWarm(projectRoot, rounds) {
  const runs = [];
  for (let round = 0; round < rounds; round += 1) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'wuhan-chart-cache-'));
    rmSync(join(projectRoot, 'dist'), { recursive: true, force: true });
    const cold = build(projectRoot, cacheDir);
    const warm = build(projectRoot, cacheDir);
    rmSync(cacheDir, { recursive: true, force: true });
    runs.push({ cold, warm });
  }
  const summary = (kind) => {
    const seconds = runs.map((run) => run[kind].seconds);
    const middle = runs.find((run) => run[kind].seconds === median(seconds))[kind];
    return { ...middle, fastest: Math.min(...seconds), slowest: Math.max(...seconds) };
  };
  return { cold: summary('cold'), warm: summary('warm'), rounds };
}

/** A copy of the project whose metrics file holds every metric ten times (the copies linked to no task). */
function tenfoldCopy() {
  const dir = copyProject('wuhan-tenfold-');
  const file = join(dir, 'content', 'metrics.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const copies = [];
  for (let copy = 2; copy <= 10; copy += 1) {
    for (const metric of data.metrics)
      copies.push({ ...metric, id: `${metric.id}-${copy}`, name: { zh: `${metric.name.zh}（${copy}）`, en: `${metric.name.en} (${copy})` }, tasks: [] });
  }
  data.metrics.push(...copies);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

const site = coldAndWarm(root, 3);
const paths = pagePaths(join(root, 'dist'));
const kinds = new Map();
for (const path of paths) {
  const lang = path.startsWith('/en/') ? 'en' : 'zh';
  for (const width of widths) {
    const key = `${pageKind(path)}|${lang}|${width}`;
    const entry = kinds.get(key) ?? { count: 0, max: 0, sum: 0, budget: budgetOf(path) };
    const bytes = pageWeight(join(root, 'dist'), path, width);
    entry.count += 1;
    entry.sum += bytes;
    entry.max = Math.max(entry.max, bytes);
    kinds.set(key, entry);
  }
}
console.log('\nPage weight, KB transferred (gzip, all requests, lazy images loaded; 1 KB = 1000 bytes)\n');
console.log('| page kind | language | width | pages | mean | largest | budget |');
console.log('|---|---|---|---|---|---|---|');
for (const [key, entry] of [...kinds].sort()) {
  const [kind, lang, width] = key.split('|');
  console.log(`| ${kind} | ${lang} | ${width} | ${entry.count} | ${kb(entry.sum / entry.count)} | ${kb(entry.max)} | ${kb(entry.budget)} |`);
}

let tenfold;
if (!skipFixture) {
  const dir = tenfoldCopy();
  const times = coldAndWarm(dir, 1);
  const dashboard = Math.max(...widths.flatMap((width) => ['/progress/', '/en/progress/'].map((path) => pageWeight(join(dir, 'dist'), path, width))));
  const pages = pagePaths(join(dir, 'dist')).length;
  rmSync(dir, { recursive: true, force: true });
  tenfold = { ...times, dashboard, pages };
}

if (runLighthouse) {
  console.log(`\nLighthouse 12 (nginx on ${siteUrl}, Chromium headless)\n`);
  const lighthouse = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/lighthouse.ts'), join(root, 'dist'), String(port)], { cwd: root, stdio: 'inherit' });
  if (lighthouse.status !== 0) console.log('(some scores are below the budget; see above)');
}

const line = (label, value) => console.log(`| ${label} | ${value} |`);
console.log('\nBuilds\n\n| measure | value |\n|---|---|');
/** A median with the range around it, when there was more than one build. */
const seconds = (times) => `${times.seconds.toFixed(1)} s${site.rounds > 1 ? ` (median of ${site.rounds}; ${times.fastest.toFixed(1)}–${times.slowest.toFixed(1)} s)` : ''}`;
line(
  'cold build (no chart, share-card or search-index cache)',
  `${seconds(site.cold)}, ${site.cold.drawn} PNGs drawn (${(site.cold.chartMs / 1000).toFixed(1)} s summed over PNGs drawn side by side)`,
);
line(
  'rebuild, content unchanged',
  `${seconds(site.warm)}: ${Math.round((site.warm.seconds / site.cold.seconds) * 100)}% of the cold build's median; ${site.warm.drawn} drawn, ${site.warm.reused} from the cache`,
);
if (tenfold) {
  line('cold build, 190 metrics', `${tenfold.cold.seconds.toFixed(1)} s (${(tenfold.cold.seconds / site.cold.seconds).toFixed(1)}× the 19-metric build), ${tenfold.pages} pages`);
  line('rebuild, 190 metrics, unchanged', `${tenfold.warm.seconds.toFixed(1)} s`);
  line('dashboard with 190 metrics', `${kb(tenfold.dashboard)} KB (budget ${kb(budgets.dashboardAt190)} KB)`);
}
line('pages', `${paths.length}`);
if (timeTests) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const test = spawnSync('npm', ['test'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  const testSummary = test.stdout.match(/^tests: .*$/m)?.[0] ?? `exit code ${test.status}`;
  line('`npm test`, from no dist/ to the closing line', `${((performance.now() - started) / 1000).toFixed(0)} s (${testSummary})`);
}
line('machine', `Node ${process.version}, ${cpus().length} cores`);
