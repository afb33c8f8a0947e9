/**
 * The metric page within 1.3× of its physical floor (issue 24), measured as the
 * benchmark measures it (scripts/metric-floor.ts) on this build, served by nginx:
 * what the page transfers over its HTML without scripts plus the CSS it uses.
 */
import { describe, expect, inject, it } from 'vitest';
import { metricFloor, metricToFloorBudget } from '../../scripts/metric-floor';
import { sharedBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe.each(['/progress/inbound-visitors/', '/en/progress/inbound-visitors/'])('%s', (path) => {
  it(`transfers at most ${metricToFloorBudget}× its floor`, async () => {
    const measured = await metricFloor(browser(), baseUrl + path);
    // A floor that lost its HTML or its CSS would let anything pass.
    expect(measured.html).toBeGreaterThan(3_000);
    expect(measured.usedCss).toBeGreaterThan(1_000);
    expect(measured.transfer / measured.floor, JSON.stringify(measured)).toBeLessThanOrEqual(metricToFloorBudget);
  }, 60_000);
});
