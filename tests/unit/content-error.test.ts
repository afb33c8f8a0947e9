import { describe, expect, it } from 'vitest';
import { checkContent, ContentError, formatProblem } from '../../src/lib/content/errors';
import metricsJson from '../../content/metrics.json';
import { MetricsFile } from '../../src/lib/content/schema/metrics';

const broken = (mutate: (data: any) => void) => {
  const data = structuredClone(metricsJson);
  mutate(data);
  return data;
};

describe('content errors name the file and the field', () => {
  it.each([
    [
      'a target written as text',
      (d: any) => (d.metrics[3].target.value = '129个'),
      'content/metrics.json › metrics[3].target.value:',
    ],
    [
      'a negative target',
      (d: any) => (d.metrics[0].target.value = -1),
      'content/metrics.json › metrics[0].target.value: a target cannot be negative',
    ],
    [
      'an impossible date',
      (d: any) => (d.asOf = '2026-02-30'),
      'content/metrics.json › asOf: expected a real calendar date',
    ],
    ['an unknown field', (d: any) => (d.metrics[1].colour = 'red'), 'content/metrics.json › metrics[1]:'],
    [
      'a javascript: link',
      (d: any) => (d.metrics[0].observations[0].source.url = 'javascript:alert(1)'),
      'content/metrics.json › metrics[0].observations[0].source.url:',
    ],
  ])('%s', (_label, mutate, expected) => {
    const { problems } = checkContent(MetricsFile, broken(mutate), 'content/metrics.json');
    // The message content.ts throws when content cannot be published.
    expect(new ContentError(problems).message).toContain(expected);
  });
});

describe('messages printed for a log', () => {
  it('stay on one line whatever they quote, so no line of the log can be a workflow command', () => {
    const printed = formatProblem({
      file: 'content/tasks/en/04-a.mdx',
      where: '<a href>',
      message: '"x\n::error file=README.md,line=1::All content checks passed\r" is not allowed here',
      line: 3,
    });
    expect(printed.split(/[\r\n\u2028\u2029]/)).toHaveLength(1);
    expect(printed).toContain('"x\\u000a::error file=README.md');
  });
});
