import { describe, expect, it } from 'vitest';
import { plan } from '../../src/lib/content/data';
import { phaseAt } from '../../src/lib/judging/timeline';

const state = (date: string) => {
  const position = phaseAt(date, plan.phases);
  return position.state === 'during' ? position.phase.id : position.state;
};

describe('phaseAt', () => {
  it.each([
    ['2026-02-28', 'before'],
    ['2026-03-01', 'mobilization'],
    ['2026-03-31', 'mobilization'],
    ['2026-04-01', 'implementation'],
    ['2026-09-30', 'implementation'],
    ['2026-10-01', 'reporting'],
    ['2026-12-31', 'reporting'],
    ['2027-01-01', 'after'],
  ])('%s is %s', (date, expected) => {
    expect(state(date)).toBe(expected);
  });

  it('finds the next phase across a gap between phases', () => {
    const [first, , third] = plan.phases;
    const position = phaseAt('2026-05-15', [first!, third!]);
    expect(position).toMatchObject({ state: 'before', next: { id: 'reporting' } });
  });
});
