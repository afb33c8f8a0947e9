/**
 * Same input, same bytes: a copy of the project built in another folder and
 * time zone (by global-setup.ts) gives a byte-identical dist/. Then a changed
 * figure, rebuilt in that copy, redraws its chart and rewrites its page and
 * download, and leaves another metric's chart alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build';
import { builtFiles } from '../support/pages';
import { gitEnv } from '../support/site-copy';
import { testSiteUrl } from '../support/site-url';
import { researchEdits } from '../support/research-figure';

const distDir = inject('distDir');
const copyDir = inject('copyDir');
const copyDist = join(copyDir, 'dist');

const hashes = (dir: string) =>
  Object.fromEntries(
    builtFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

describe('the build', () => {
  it('gives the same bytes in another folder and time zone', () => {
    const main = hashes(distDir);
    const other = hashes(copyDist);
    expect(Object.keys(other)).toEqual(Object.keys(main));
    expect(Object.keys(main).filter((file) => main[file] !== other[file])).toEqual([]);
  });

  it('redraws the chart and rewrites the page and the download after a figure changes', async () => {
    const file = join(copyDir, 'content', 'metrics.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const metric = data.metrics.find((candidate: { id: string }) => candidate.id === 'sister-cities');
    metric.observations.push({
      date: '2026-06-30',
      value: 127,
      bound: 'exact',
      kind: 'progress',
      source: { title: { zh: '测试来源', en: 'Test source' }, publisher: { zh: '测试', en: 'Test' }, url: 'https://example.org/', publishedOn: '2026-07-01' },
    });
    writeFileSync(file, JSON.stringify(data, null, 2));
    for (const edit of researchEdits({ metric: 'sister-cities', date: '2026-06-30', value: 127, publishedOn: '2026-07-01', url: 'https://example.org/' }))
      writeFileSync(join(copyDir, edit.file), edit.change(readFileSync(join(copyDir, edit.file), 'utf8')));

    const result = await buildSite(copyDir, copyDist, { ...gitEnv(copyDir), SITE_URL: testSiteUrl });
    expect(result.ok, result.output).toBe(true);

    for (const file of ['sister-cities.png', 'sister-cities@2x.png', 'sister-cities.svg', 'sister-cities.json', 'overview.png']) {
      const chart = (dir: string) => readFileSync(join(dir, 'en', 'charts', file));
      expect(chart(copyDist).equals(chart(distDir)), file).toBe(false);
    }
    const untouched = (dir: string) => readFileSync(join(dir, 'en', 'charts', 'port-teu.png'));
    expect(untouched(copyDist).equals(untouched(distDir))).toBe(true);
    // The copy shares the chart cache (node_modules/.cache): only the charts whose input changed are drawn again
    // (this metric's and the overview's and its group's PNGs at 1× and 2×, in two languages).
    const [, drawn, reused] = result.output.match(/charts: (\d+) drawn in \d+ ms, (\d+) reused/)!.map(Number);
    expect(drawn).toBeLessThanOrEqual(12);
    expect(reused).toBeGreaterThanOrEqual(80);

    const page = (dir: string) => readFileSync(join(dir, 'progress', 'sister-cities', 'index.html'), 'utf8');
    expect(page(distDir)).not.toContain('127个');
    expect(page(copyDist)).toContain('127个');
    expect(page(copyDist)).toContain('按进度推进');
    expect(readFileSync(join(copyDist, 'downloads', 'sister-cities.csv'), 'utf8')).toContain('2026-06-30,127,exact,progress');
    // A whole build: minutes on a busy machine.
  }, 600_000);
});
