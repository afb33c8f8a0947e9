import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lib/content/data';
import { readTaskFiles } from '../../src/lib/content/task-files';
import { normalize, originalText, root } from '../support/plan-text';

describe('the registry of names', () => {
  it('lists only units the plan names, and every unit is responsible for a task', () => {
    const flat = normalize(originalText);
    const tasks = readTaskFiles(root);
    for (const unit of registry.units) {
      expect(flat, unit.zh).toContain(normalize(unit.zh));
      expect(
        tasks.some((task) => (task.frontmatter as { units: string[] }).units.includes(unit.id)),
        unit.id,
      ).toBe(true);
    }
  });

  it('names only terms that occur in the plan', () => {
    const flat = normalize(originalText.replace('世界城市 and 地方政府联合组织', '世界城市和地方政府联合组织'));
    for (const term of registry.terms) expect(flat, term.zh).toContain(normalize(term.zh).replace(/^“|”$/g, ''));
  });
});
