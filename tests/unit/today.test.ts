import { describe, expect, it } from 'vitest';
import { todayInSiteZone } from '../../src/lib/judging/today';

describe('todayInSiteZone', () => {
  it('is the date in Wuhan, not in UTC: 07:30 in Beijing on 26 November is still 25 November in UTC', () => {
    expect(todayInSiteZone(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
    expect(todayInSiteZone(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInSiteZone(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });
});
