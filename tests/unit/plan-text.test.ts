import { describe, expect, it } from 'vitest';
import { normalize, unitsNamedInPlan } from '../support/plan-text';

describe('reading the plan text', () => {
  it('normalizes punctuation width and layout', () => {
    expect(normalize('中欧班列（武汉）， 达到\n 61 条')).toBe('中欧班列(武汉),达到61条');
  });

  it('finds the responsible units of every task', () => {
    const units = unitsNamedInPlan();
    expect(units.size).toBe(12);
    expect(units.get(1)).toEqual(['市委外办', '市商务局', '市投资促进局', '团市委', '市贸促会']);
    expect(units.get(8)).toEqual(['市商务局', '各区人民政府']);
    expect(units.get(12)?.at(-1)).toBe('各区人民政府');
  });
});
