import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lib/content';
import { readTaskFiles } from '../../src/lib/task-files';
import { normalize, originalText, root } from '../support/plan-text';

const all = [...registry.units, ...registry.bodies, ...registry.terms];

describe('the registry of names', () => {
  it('gives every id once', () => {
    const ids = all.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives each Chinese name exactly one English rendering', () => {
    const english = new Map<string, Set<string>>();
    for (const entry of all) english.set(entry.zh, (english.get(entry.zh) ?? new Set()).add(entry.en));
    for (const [zh, renderings] of english) expect([...renderings], zh).toHaveLength(1);
  });

  it('lists only units the plan names, and every unit is responsible for a task', () => {
    const flat = normalize(originalText);
    const tasks = readTaskFiles(root);
    for (const unit of registry.units) {
      expect(flat, unit.zh).toContain(normalize(unit.zh));
      expect(tasks.some((task) => (task.frontmatter as { units: string[] }).units.includes(unit.id)), unit.id).toBe(true);
    }
  });

  it('names only terms that occur in the plan', () => {
    const flat = normalize(originalText.replace('世界城市 and 地方政府联合组织', '世界城市和地方政府联合组织'));
    for (const term of registry.terms) expect(flat, term.zh).toContain(normalize(term.zh).replace(/^“|”$/g, ''));
  });
});
