/** Progress notes on a task are held to the rules a figure is: a date, and a public source a reader can check. */
import { describe, expect, it } from 'vitest';
import { TaskFrontmatter } from '../../src/lib/content/schema/task';

const task = {
  task: 1,
  title: '任务',
  summary: '摘要',
  group: 'influence',
  units: ['foreign-affairs-office'],
  metrics: [],
};
const source = {
  title: { zh: '报道', en: 'Report' },
  publisher: { zh: '长江日报', en: 'Changjiang Daily' },
  url: 'https://example.org/report',
  publishedOn: '2026-05-02',
};
const note = { date: '2026-05-01', text: '举办友城合作大会。', source };
const problems = (progress: unknown) => {
  const result = TaskFrontmatter.safeParse({ ...task, progress });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('progress notes on a task', () => {
  it('are optional, and a dated note with a public source is accepted', () => {
    expect(TaskFrontmatter.safeParse(task).success).toBe(true);
    expect(problems([note])).toEqual([]);
  });
  it('are refused without a source, a date written as YYYY-MM-DD, or an address (unless the source is print only)', () => {
    expect(problems([{ date: note.date, text: note.text }])).toEqual(['progress.0.source']);
    expect(new Set(problems([{ ...note, date: '2026-5-1' }]))).toEqual(new Set(['progress.0.date']));
    expect(problems([{ ...note, source: { ...source, url: undefined } }])).toEqual(['progress.0.source.url']);
    expect(problems([{ ...note, source: { ...source, url: undefined, printOnly: true } }])).toEqual([]);
    expect(problems([{ ...note, text: '' }])).toEqual(['progress.0.text']);
  });
});
