import { describe, expect, it } from 'vitest';
import { registry, sourceText } from '../../src/lib/content/data';
import { unitTiers } from '../../src/lib/content/unit-tiers';

describe("the plan's punctuation as tiers of responsible units", () => {
  it('reads commas as tiers and 、 as units within one (task 1)', () => {
    expect(unitTiers(sourceText.paragraphs, 1, registry.units)).toEqual([
      ['foreign-affairs-office'],
      ['commerce', 'investment-promotion'],
      ['youth-league'],
      ['ccpit'],
    ]);
  });
  it('keeps a unit with a scope note (task 12 names 各区人民政府〈含……〉)', () => {
    const tiers = unitTiers(sourceText.paragraphs, 12, registry.units);
    expect(tiers?.flat()).toContain('all-districts');
  });
  it('gives up, rather than guessing, when a name is not among the units', () => {
    expect(
      unitTiers(
        sourceText.paragraphs,
        1,
        registry.units.filter((unit) => unit.id !== 'youth-league'),
      ),
    ).toBeUndefined();
    expect(unitTiers(sourceText.paragraphs, 99, registry.units)).toBeUndefined();
  });
});

describe('every task', () => {
  it("has tiers that list exactly its units, in the frontmatter's order", async () => {
    const { readTaskFiles } = await import('../../src/lib/content/task-files');
    const { root } = await import('../support/plan-text');
    const files = readTaskFiles(root).filter((file) => file.lang === 'zh');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = file.frontmatter as { task: number; units: string[] };
      expect(unitTiers(sourceText.paragraphs, data.task, registry.units)?.flat(), file.file).toEqual(data.units);
    }
  });
});
