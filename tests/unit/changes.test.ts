import { describe, expect, it } from 'vitest';
import {
  figureChanges,
  historyGap,
  historyReach,
  phaseChanges,
  sortChanges,
  textChanges,
} from '../../src/lib/outputs/feed/changes';
import type { MetricsFile } from '../../src/lib/content/schema/metrics';

const observation = (date: string) => ({
  date,
  value: 1,
  bound: 'exact' as const,
  kind: 'progress' as const,
  source: { title: { zh: '来源', en: 'Source' } },
});
const file = (dates: string[]): MetricsFile =>
  ({ asOf: '2026-09-30', metrics: [{ id: 'm', observations: dates.map(observation) }] }) as unknown as MetricsFile;

describe('changes from the content history', () => {
  it('date each figure by the first committed version that held it, and an uncommitted one by asOf', () => {
    const snapshots = [
      { date: '2026-03-10', metrics: [{ id: 'm', observations: [{ date: '2025-12-31' }] }] },
      { date: '2026-05-02', metrics: [{ id: 'm', observations: [{ date: '2025-12-31' }, { date: '2026-04-30' }] }] },
    ];
    const changes = figureChanges(file(['2025-12-31', '2026-04-30', '2026-08-31']), snapshots);
    expect(changes.map((change) => [change.key, change.date])).toEqual([
      ['figure/m/2025-12-31', '2026-03-10'],
      ['figure/m/2026-04-30', '2026-05-02'],
      ['figure/m/2026-08-31', '2026-09-30'],
    ]);
  });

  it('key two figures of one date apart, so ids stay unique', () => {
    expect(figureChanges(file(['2026-04-30', '2026-04-30']), []).map((change) => change.key)).toEqual([
      'figure/m/2026-04-30',
      'figure/m/2026-04-30-2',
    ]);
  });

  it('report edits of task texts and translations once per file and day, not their creation', () => {
    const changes = textChanges([
      { date: '2026-03-10', files: [{ status: 'A', path: 'content/tasks/zh/01-a.mdx' }] },
      {
        date: '2026-04-01',
        files: [
          { status: 'M', path: 'content/tasks/en/01-a.mdx' },
          { status: 'M', path: 'content/source/plan.json' },
        ],
      },
      {
        date: '2026-04-01',
        files: [
          { status: 'M', path: 'content/tasks/en/01-a.mdx' },
          { status: 'M', path: 'content/metrics.json' },
        ],
      },
    ]);
    expect(changes.map((change) => change.key)).toEqual(['task/01-a/en/2026-04-01', 'text/source/2026-04-01']);
  });

  it('report each phase begun by asOf, and sort newest first', () => {
    const phases = [{ start: '2026-03' }, { start: '2026-04' }, { start: '2026-10' }] as never;
    const changes = sortChanges(phaseChanges(phases, '2026-09-30'));
    expect(changes.map((change) => [change.key, change.date])).toEqual([
      ['phase/2', '2026-04-01'],
      ['phase/1', '2026-03-01'],
    ]);
  });
});

describe('how far back the history reaches', () => {
  it('is complete in a full clone, starts at the latest cut in a shallow one, and is absent without git', () => {
    expect(historyReach({ git: true, shallow: false, cutDates: [] })).toEqual({ kind: 'complete' });
    expect(
      historyReach({ git: true, shallow: true, cutDates: ['2026-11-26', '2026-12-02', '2026-11-30', ''] }),
    ).toEqual({
      kind: 'shallow',
      since: '2026-12-02',
    });
    expect(historyReach({ git: false })).toEqual({ kind: 'none' });
    // Shallow, but git names no cut: nothing is known of the history.
    expect(historyReach({ git: true, shallow: true, cutDates: [''] })).toEqual({ kind: 'none' });
  });

  it('adds one entry where the history is incomplete, dated where it starts, or by asOf without one', () => {
    expect(historyGap({ kind: 'complete' }, '2026-09-30')).toEqual([]);
    expect(historyGap({ kind: 'shallow', since: '2026-12-02' }, '2026-09-30')).toEqual([
      {
        kind: 'history',
        key: 'history/shallow/2026-12-02',
        date: '2026-12-02',
        reach: { kind: 'shallow', since: '2026-12-02' },
      },
    ]);
    expect(historyGap({ kind: 'none' }, '2026-09-30').map((change) => [change.key, change.date])).toEqual([
      ['history/none/2026-09-30', '2026-09-30'],
    ]);
  });
});
