/** Page weight budgets, from the bytes in dist/ (stable, unlike times): every page, both languages, both widths. */
import { describe, expect, inject, it } from 'vitest';
import { budgetOf, pageKind, pagePaths, pageRequests, pageWeight, widths } from '../../scripts/page-weight.mjs';

const distDir = inject('distDir');

describe('page weight', () => {
  const pages = pagePaths(distDir);

  it('finds every page and what it loads', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((path) => pageKind(path) === 'metric')).toHaveLength(38);
    // The stylesheet is counted with the page.
    expect(pageRequests(distDir, '/en/progress/rail-trains/', 390).some((file) => file.endsWith('.css'))).toBe(true);
  });

  it.each(widths)('stays within budget at %i px: 30 KB a page, 20 KB a metric page, 40 KB the dashboard', (width) => {
    const over = pages
      .map((path) => ({ path, bytes: pageWeight(distDir, path, width), budget: budgetOf(path) }))
      .filter((page) => page.bytes > page.budget);
    expect(over).toEqual([]);
  });
});
