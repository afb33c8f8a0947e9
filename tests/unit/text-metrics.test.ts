import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keep } from '../../src/lib/build/cache';
import { forgetShared } from '../../src/lib/build/shared-store';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  // Other tests in this worker measure with the default cache again.
  forgetShared('text-metrics');
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('text measured in the chart font', () => {
  it('is kept as a build ends, and the next build starts from what was kept instead of measuring again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'text-metrics-'));
    dirs.push(dir);
    vi.stubEnv('CHART_CACHE_DIR', dir);
    vi.resetModules();
    forgetShared('text-metrics');
    const measure = await import('../../src/lib/charts/measure');
    const width = measure.measuredWidth('kept between builds', 12);
    expect(width).toBeGreaterThan(0);
    measure.keepTextMetrics();
    const [name, ...others] = readdirSync(dir);
    expect(others).toEqual([]);
    expect(name).toMatch(/^text-metrics-[0-9a-f]{32}\.json$/);
    // The next build (a new process: the shared store forgotten) begins from the kept file; here one that
    // says otherwise, to show that it, not the canvas, answers.
    keep(
      dir,
      name!,
      Buffer.from(JSON.stringify([['r12:kept between builds', { width: width + 1, ascent: 2, descent: 1 }]])),
    );
    forgetShared('text-metrics');
    expect(measure.textMetrics('kept between builds', 12)).toEqual({ width: width + 1, ascent: 2, descent: 1 });
    // Bold is measured apart, and the new measurement kept beside the old.
    const bold = measure.measuredWidth('kept between builds', 12, true);
    measure.keepTextMetrics();
    forgetShared('text-metrics');
    expect(measure.measuredWidth('kept between builds', 12, true)).toBe(bold);
    expect(measure.measuredWidth('kept between builds', 12)).toBe(width + 1);
  });
});
