/**
 * Charts and pages are regenerated from content/metrics.json on every build:
 * a changed figure in a copy of the project changes the chart files and the
 * page, and only those charts are drawn again; the rest come from the cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build';
import { root } from '../support/plan-text';

const distDir = inject('distDir');
const copy = mkdtempSync(join(tmpdir(), 'wuhan-rebuild-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a rebuild after a figure changes', () => {
  it('redraws the chart and rewrites the page', () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const file = join(copy, 'content', 'metrics.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const metric = data.metrics.find((candidate: { id: string }) => candidate.id === 'sister-cities');
    metric.observations.push({ date: '2026-06-30', value: 127, bound: 'exact', kind: 'progress', source: { title: { zh: '测试来源', en: 'Test source' }, publisher: { zh: '测试', en: 'Test' }, url: 'https://example.org/', publishedOn: '2026-07-01' } });
    writeFileSync(file, JSON.stringify(data, null, 2));

    const result = buildSite(copy);
    expect(result.ok, result.output).toBe(true);

    for (const file of ['sister-cities.png', 'sister-cities@2x.png', 'sister-cities.svg', 'sister-cities.json', 'overview.png']) {
      const chart = (dir: string) => readFileSync(join(dir, 'en', 'charts', file));
      expect(chart(join(copy, 'dist')).equals(chart(distDir)), file).toBe(false);
    }
    const untouched = (dir: string) => readFileSync(join(dir, 'en', 'charts', 'port-teu.png'));
    expect(untouched(join(copy, 'dist')).equals(untouched(distDir))).toBe(true);
    // The copy shares the chart cache (node_modules/.cache): only the charts whose input changed are drawn again
    // (this metric's and the overview's and its group's PNGs at 1× and 2×, in two languages).
    const [, drawn, reused] = result.output.match(/charts: (\d+) drawn in \d+ ms, (\d+) reused/)!.map(Number);
    expect(drawn).toBeLessThanOrEqual(12);
    expect(reused).toBeGreaterThanOrEqual(80);

    const page = (dir: string) => readFileSync(join(dir, 'progress', 'sister-cities', 'index.html'), 'utf8');
    expect(page(distDir)).not.toContain('127个');
    expect(page(join(copy, 'dist'))).toContain('127个');
    expect(page(join(copy, 'dist'))).toContain('按进度推进');
    expect(readFileSync(join(copy, 'dist', 'downloads', 'sister-cities.csv'), 'utf8')).toContain('2026-06-30,127,exact,progress');
  });
});
