import { describe, expect, it } from 'vitest';
import { countInWords, countInWordsCapitalized } from '../../src/lib/language/count-words';
import { plan } from '../../src/lib/content/data';
import { useTranslations } from '../../src/lib/language/i18n';

describe('counts in words', () => {
  it('writes small counts as prose does, in both languages', () => {
    expect([1, 2, 3, 12, 19, 20].map((count) => countInWords(count, 'en'))).toEqual([
      'one',
      'two',
      'three',
      'twelve',
      'nineteen',
      'twenty',
    ]);
    expect([1, 2, 3, 10, 12, 19, 20, 35].map((count) => countInWords(count, 'zh'))).toEqual([
      '一',
      '两',
      '三',
      '十',
      '十二',
      '十九',
      '二十',
      '三十五',
    ]);
    expect(countInWordsCapitalized(12, 'en')).toBe('Twelve');
    expect(countInWordsCapitalized(12, 'zh')).toBe('十二');
  });

  it('keeps digits past what prose spells out, and for anything not a count', () => {
    expect(countInWords(21, 'en')).toBe('21');
    expect(countInWords(100, 'zh')).toBe('100');
    expect(countInWords(2.5, 'en')).toBe('2.5');
  });

  it('reach the interface strings through the `words` formats, with counts from content', () => {
    const groups = plan.metricGroups.length;
    expect(useTranslations('en')('home.goalsHeading')).toBe(
      `${countInWordsCapitalized(groups, 'en')} groups of targets`,
    );
    expect(useTranslations('zh')('home.goalsHeading')).toBe(`${countInWords(groups, 'zh')}类目标`);
    expect(useTranslations('en')('find.report.tasks', { taskCount: 4 })).toBe('The four tasks and their units');
    expect(useTranslations('en')('reporting.reason.area')).toBe(`not for ${plan.place.en}`);
  });
});
